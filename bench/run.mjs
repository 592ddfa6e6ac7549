// `npm run bench` (after `npm run build`): measures the built drop-in file
// dist/portal-widgets.js in headless Chromium and writes bench/RESULTS.md.
//
// Environment: CHROMIUM_PATH (default: chromium, chromium-browser,
// google-chrome-stable or google-chrome, the first found on PATH), BENCH_RUNS
// (repetitions per measurement, default 7), BENCH_QUICK=1 (fewer and
// smaller runs, to try the harness). Nothing here is part of `npm test`.

import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { launch as launchChromium } from './harness.mjs';
import { startServer } from './server.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BENCH = join(ROOT, 'bench');
const BUILD = join(BENCH, '.build');
const SNAPSHOT = join(BUILD, 'snapshot');
const QUICK = process.env.BENCH_QUICK === '1';
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS) || (QUICK ? 3 : 7));
const SIZES = QUICK ? [100, 1000] : [100, 1000, 10000];
const MEMORY_CYCLES = QUICK ? 100 : 500;
const MEMORY_BATCHES = QUICK ? 2 : 5;
const DATE_COUNT = 10_000;
const DEADLINE_MS = 9 * 60_000;
const GOAL = { ratio1000: 1.3, longTaskMs: 50, requests: 1 };

const log = (...parts) => console.log(...parts);
let browser;
let server;
let userDataDir;

const deadline = setTimeout(() => {
  console.error(`bench: gave up after ${DEADLINE_MS / 60_000} minutes`);
  cleanUp().finally(() => process.exit(1));
}, DEADLINE_MS);

async function main() {
  const started = Date.now();
  const measured = await snapshotBuild();
  const loadBefore = os.loadavg()[0];
  if (loadBefore > os.cpus().length)
    log(
      `bench: warning, load average ${loadBefore.toFixed(1)} on ${os.cpus().length} cores: other work will distort the numbers`,
    );
  const sizes = await bundleDateFns();
  server = await startServer({
    mounts: { dist: join(SNAPSHOT, 'dist'), lib: join(SNAPSHOT, 'lib'), bench: BENCH },
    lifetimeMs: DEADLINE_MS + 60_000,
  });
  browser = await launch();
  const chromium = await browser.version();
  log(`bench: ${chromium}, ${RUNS} runs per measurement, server ${server.origin}`);

  const results = { runs: RUNS, sizes };
  results.render = await measureRender();
  results.coldRender = await measureColdRender();
  results.paging = await measurePaging();
  results.shared = await measureShared();
  results.dates = await measureDates();
  results.memory = await measureMemory();
  results.offHost = offHost;
  results.pageErrors = pageErrors;

  const environment = {
    date: new Date().toISOString(),
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: (os.totalmem() / 2 ** 30).toFixed(1),
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    node: process.version,
    chromium,
    seconds: Math.round((Date.now() - started) / 1000),
    load: [loadBefore, os.loadavg()[0]],
    measured,
  };
  await mkdir(BUILD, { recursive: true });
  await writeFile(join(BUILD, 'results.json'), JSON.stringify({ environment, results }, null, 2));
  await writeFile(join(BENCH, 'RESULTS.md'), report(environment, results));
  log('');
  log(summaryTable(results));
  log(`\nbench: done in ${environment.seconds} s; details in bench/RESULTS.md`);
}

// ---------------------------------------------------------------- setup

/**
 * Copies the build (dist/ and lib/) aside and serves the copy, so a rebuild
 * started meanwhile (`npm test` builds too) cannot change or remove the files
 * under measurement. Waits up to a minute for a build in progress to finish.
 */
async function snapshotBuild() {
  const needed = ['dist/portal-widgets.js', 'lib/format/dates.js', 'lib/index.js'];
  for (let attempt = 0; ; attempt++) {
    try {
      if (!needed.every((file) => existsSync(join(ROOT, file)))) throw new Error('incomplete build');
      await rm(SNAPSHOT, { recursive: true, force: true });
      await cp(join(ROOT, 'dist'), join(SNAPSHOT, 'dist'), { recursive: true });
      await cp(join(ROOT, 'lib'), join(SNAPSHOT, 'lib'), { recursive: true });
      const entry = await readFile(join(SNAPSHOT, 'dist', 'portal-widgets.js'));
      // The chunks the entry loads on demand, named in its code.
      const chunks = [...new Set(entry.toString().match(/portal-widgets-[\w-]+\.js/g) ?? [])];
      if (!chunks.every((name) => existsSync(join(SNAPSHOT, 'dist', name)))) throw new Error('dist/ changed while being copied');
      return {
        bytes: entry.length,
        brotli: brotliCompressSync(entry).length, // quality 11, as size-limit measures it
        sha256: createHash('sha256').update(entry).digest('hex').slice(0, 12),
        chunks,
      };
    } catch (error) {
      if (attempt >= 12)
        throw new Error(
          `no complete build in dist/ and lib/ (${error.message}): run \`npm run build\` first, or \`npm run bench\``,
          { cause: error },
        );
      if (attempt === 0) log('bench: waiting for a complete build in dist/ and lib/…');
      await new Promise((done) => setTimeout(done, 5_000));
    }
  }
}

/** Bundles date-fns `format` + `TZDate` for the page, and sizes both date formatters as a bundle would ship them. */
async function bundleDateFns() {
  await mkdir(BUILD, { recursive: true });
  const common = { bundle: true, format: 'esm', minify: true, target: 'es2022', logLevel: 'silent', absWorkingDir: ROOT };
  await esbuild.build({ ...common, entryPoints: [join(BENCH, 'date-fns-entry.js')], outfile: join(BUILD, 'date-fns.js') });
  const size = async (entry) => {
    const { outputFiles } = await esbuild.build({ ...common, stdin: { contents: entry, resolveDir: ROOT }, write: false });
    const code = outputFiles[0].contents;
    return { min: code.length, gzip: gzipSync(code, { level: 9 }).length, brotli: brotliCompressSync(code).length };
  };
  return {
    library: await size(`export { formatDate } from './lib/format/dates.js';`),
    dateFns: await size(`export { format } from 'date-fns/format'; export { TZDate } from '@date-fns/tz';`),
  };
}

async function launch() {
  userDataDir = await mkdtemp(join(os.tmpdir(), 'portal-widgets-bench-'));
  return launchChromium({
    ignoreDefaultArgs: true,
    pipe: true,
    defaultViewport: { width: 1280, height: 900 },
    protocolTimeout: 180_000,
    args: [
      '--no-default-browser-check',
      '--disable-extensions',
      '--disable-default-apps',
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows',
      '--mute-audio',
      '--js-flags=--expose-gc',
      '--enable-precise-memory-info',
      '--window-size=1280,900',
      `--user-data-dir=${userDataDir}`,
      'about:blank',
    ],
  });
}

async function cleanUp() {
  const closing = browser;
  browser = undefined;
  await closing?.close().catch(() => {});
  const stopping = server;
  server = undefined;
  await stopping?.close().catch(() => {});
  if (userDataDir) await rm(userDataDir, { recursive: true, force: true }).catch(() => {});
  userDataDir = undefined;
}

const offHost = [];
const pageErrors = [];

/** A fresh tab on the bench page, with a DevTools session for garbage collection and heap sizes. */
async function openPage() {
  const page = await browser.newPage();
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(server.origin) && !url.startsWith('data:') && !url.startsWith('about:')) offHost.push(url);
  });
  page.on('pageerror', (error) => pageErrors.push(String(error?.message ?? error)));
  page.on('response', (response) => {
    if (response.status() >= 400) pageErrors.push(`HTTP ${response.status()} for ${response.url().replace(server.origin, '')}`);
  });
  await page.goto(`${server.origin}/bench/index.html`, { waitUntil: 'load' });
  await page.evaluate(() => globalThis.bench.ready());
  const cdp = await page.createCDPSession();
  return {
    page,
    call: (name, args = {}) => page.evaluate((n, a) => globalThis.bench[n](a), name, args),
    gc: async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
    },
    heap: async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const usage = await cdp.send('Runtime.getHeapUsage');
      const dom = await cdp.send('Memory.getDOMCounters');
      return {
        used: usage.usedSize,
        embedder: usage.embedderHeapUsedSize ?? 0,
        nodes: dom.nodes,
        listeners: dom.jsEventListeners,
        documents: dom.documents,
      };
    },
    close: () => page.close(),
  };
}

let serial = 0;
const key = (what) => `${what}-${++serial}`;

// ---------------------------------------------------------------- measurements

/** 1. `<news-list>` vs the vanilla baseline at each size, in one page, alternating which goes first. */
async function measureRender() {
  log('1/5 render: <news-list> vs vanilla baseline');
  const tab = await openPage();
  // Warm-up: compile both paths once, fill the HTTP connection pool.
  for (const n of [100, 1000]) {
    await tab.call('renderLibrary', { n, key: key('warm') });
    await tab.call('renderBaseline', { n, key: key('warm') });
  }
  const out = {};
  for (const n of SIZES) {
    const check = await tab.call('compareMarkup', { n, key: key('check') });
    const library = [];
    const everyRow = [];
    const baseline = [];
    const sides = ['baseline', 'library', 'everyRow'];
    for (let run = 0; run < RUNS; run++) {
      // Rotate the order so that no side always runs first.
      for (let i = 0; i < sides.length; i++) {
        const side = sides[(run + i) % sides.length];
        await tab.gc();
        if (side === 'library') library.push(await tab.call('renderLibrary', { n, key: key('render'), longTasks: true }));
        else if (side === 'everyRow') everyRow.push(await tab.call('renderLibrary', { n, key: key('render'), everyRow: true }));
        else baseline.push(await tab.call('renderBaseline', { n, key: key('render') }));
      }
    }
    out[n] = {
      check,
      library: { event: stats(library.map((r) => r.event)), frame: stats(library.map((r) => r.frame)) },
      everyRow: { event: stats(everyRow.map((r) => r.event)), frame: stats(everyRow.map((r) => r.frame)) },
      baseline: { event: stats(baseline.map((r) => r.event)), frame: stats(baseline.map((r) => r.frame)) },
      pairRatios: stats(library.map((r, i) => r.frame / baseline[i].frame)),
      longTasks: library.map((r) => r.longTasks),
    };
    out[n].ratio = out[n].library.frame.median / out[n].baseline.frame.median;
    out[n].everyRowRatio = out[n].everyRow.frame.median / out[n].baseline.frame.median;
    // Script only: to `portal-load` against to the DOM appended, before either has been laid out.
    out[n].scriptRatio = out[n].library.event.median / out[n].baseline.event.median;
    log(
      `  ${n} items: library ${ms(out[n].library.frame.median)} (every row laid out ${ms(out[n].everyRow.frame.median)}), baseline ${ms(out[n].baseline.frame.median)}, ratio ${out[n].ratio.toFixed(2)}× (${out[n].everyRowRatio.toFixed(2)}×)`,
    );
  }
  await tab.close();
  return out;
}

/** 1b. Long tasks at 100 items as a visitor meets them: the first render in a fresh tab. */
async function measureColdRender() {
  log('1b/5 first render of 100 items in a fresh tab (long tasks)');
  const runs = [];
  for (let run = 0; run < RUNS; run++) {
    const tab = await openPage();
    runs.push(await tab.call('renderLibrary', { n: 100, key: key('cold'), longTasks: true }));
    await tab.close();
  }
  const longest = Math.max(0, ...runs.flatMap((r) => r.longTasks));
  log(`  first render ${ms(stats(runs.map((r) => r.frame)).median)}, longest long task ${longest ? ms(longest) : 'none'}`);
  return {
    frame: stats(runs.map((r) => r.frame)),
    event: stats(runs.map((r) => r.event)),
    longTasks: runs.map((r) => r.longTasks),
  };
}

/** 2. "Xem tiếp": a page of 20 appended to 1,000 items. */
async function measurePaging() {
  log('2/5 "Xem tiếp": 20 more on a list of 1,000');
  const tab = await openPage();
  await tab.call('pageMore', { key: key('warm') });
  await tab.call('pageMoreBaseline', { key: key('warm') });
  const library = [];
  const baseline = [];
  for (let run = 0; run < RUNS; run++) {
    await tab.gc();
    library.push(await tab.call('pageMore', { key: key('more') }));
    await tab.gc();
    baseline.push(await tab.call('pageMoreBaseline', { key: key('more') }));
  }
  await tab.close();
  const last = library.at(-1);
  const out = {
    library: { click: stats(library.map((r) => r.click)), frame: stats(library.map((r) => r.frame)) },
    baseline: { click: stats(baseline.map((r) => r.click)), frame: stats(baseline.map((r) => r.frame)) },
    mutations: {
      liAdded: stats(library.map((r) => r.liAdded)),
      otherElementsAdded: stats(library.map((r) => r.otherElementsAdded)),
      commentsAdded: stats(library.map((r) => r.commentsAdded)),
      textAdded: stats(library.map((r) => r.textAdded)),
      removed: stats(library.map((r) => r.removed)),
      attributes: stats(library.map((r) => r.attributes)),
      characterData: stats(library.map((r) => r.characterData)),
    },
    attributeNames: [...new Set(library.flatMap((r) => r.attributeNames))],
    outside: last.outside,
    sameList: library.every((r) => r.sameList),
    sameItems: library.every((r) => r.sameItems),
    focusOnFirstNew: library.every((r) => r.focusOnFirstNew),
    items: last.items,
  };
  const m = out.mutations;
  out.onlyNewItems =
    m.liAdded.max === 20 &&
    m.liAdded.min === 20 &&
    m.otherElementsAdded.max === 0 &&
    m.textAdded.max === 0 &&
    m.removed.max === 0 &&
    m.attributes.max === 0 &&
    m.characterData.max === 0 &&
    out.sameItems &&
    out.sameList;
  log(
    `  click to frame ${ms(out.library.frame.median)} (baseline ${ms(out.baseline.frame.median)}); li added ${m.liAdded.median}, other changes ${m.otherElementsAdded.max + m.textAdded.max + m.removed.max + m.attributes.max + m.characterData.max}`,
  );
  return out;
}

/** 3. 20 elements with one `src`: requests seen by the server, and time until all have loaded. */
async function measureShared() {
  log('3/5 20 elements sharing one src');
  const tab = await openPage();
  await tab.call('shared', { key: key('warm'), count: 20 });
  const twenty = [];
  const one = [];
  for (let run = 0; run < RUNS; run++) {
    await tab.gc();
    twenty.push(await tab.call('shared', { key: key('shared'), count: 20 }));
    await tab.gc();
    one.push(await tab.call('shared', { key: key('single'), count: 1 }));
  }
  await tab.close();
  const pick = (runs) => ({
    first: stats(runs.map((r) => r.first)),
    last: stats(runs.map((r) => r.last)),
    frame: stats(runs.map((r) => r.frame)),
    requests: stats(runs.map((r) => r.requests)),
  });
  const out = { twenty: pick(twenty), one: pick(one) };
  log(
    `  requests ${out.twenty.requests.min}–${out.twenty.requests.max}, all 20 rendered ${ms(out.twenty.frame.median)} (one alone ${ms(out.one.frame.median)})`,
  );
  return out;
}

/** 4. Formatting 10,000 dates "dd/MM/yyyy" in Asia/Ho_Chi_Minh three ways. */
async function measureDates() {
  log(`4/5 formatting ${DATE_COUNT.toLocaleString('en')} dates`);
  const tab = await openPage();
  const prepared = await tab.call('prepareDates', { n: DATE_COUNT });
  const methods = ['library', 'dateFns', 'intl'];
  for (const method of methods) {
    await tab.call('formatDates', { method });
    await tab.call('formatDates', { method });
  }
  const runs = Object.fromEntries(methods.map((m) => [m, []]));
  for (let run = 0; run < RUNS; run++) {
    // Rotate the order so no method always runs right after a collection.
    for (let i = 0; i < methods.length; i++) {
      const method = methods[(run + i) % methods.length];
      await tab.gc();
      runs[method].push(await tab.call('formatDates', { method }));
    }
  }
  await tab.close();
  const out = { count: prepared.count };
  for (const method of methods) {
    out[method] = {
      ms: stats(runs[method].map((r) => r.ms)),
      mismatches: Math.max(...runs[method].map((r) => r.mismatches)),
      sample: runs[method][0].sample,
    };
  }
  log(`  library ${ms(out.library.ms.median)}, date-fns ${ms(out.dateFns.ms.median)}, Intl ${ms(out.intl.ms.median)}`);
  return out;
}

/** 5. Heap and DOM counters around batches of connect/disconnect cycles of each element. */
async function measureMemory() {
  log(`5/5 memory: ${MEMORY_BATCHES} × ${MEMORY_CYCLES} connect/disconnect cycles per element`);
  const plan = [
    ['news-list', 'fresh'],
    ['news-list', 'reuse'],
    ['news-list', 'abort'],
    ['related-articles', 'fresh'],
    ['related-articles', 'reuse'],
    ['website-links', 'fresh'],
    ['website-links', 'reuse'],
    ['article-card', 'fresh'],
    ['article-card', 'reuse'],
  ];
  const out = [];
  for (const [tag, mode] of plan) {
    const tab = await openPage();
    const began = Date.now();
    await tab.call('cycles', { tag, mode, n: 20 });
    const before = await tab.heap();
    const after = [];
    let requests = 0;
    for (let batch = 0; batch < MEMORY_BATCHES; batch++) {
      requests += (await tab.call('cycles', { tag, mode, n: MEMORY_CYCLES })).requests;
      after.push(await tab.heap());
    }
    let settled;
    if (mode === 'abort') {
      // Each aborted request leaves a 10 s timeout signal behind; measure again once they have fired.
      await new Promise((done) => setTimeout(done, 11_000));
      settled = await tab.heap();
    }
    await tab.close();
    const last = after.at(-1);
    const growth = after.map((m, i) => m.used - (i ? after[i - 1].used : before.used));
    // After the first batch, what is left is what keeps growing: one-off state (compiled code, caches) lands in the first.
    const steady = after.length > 1 ? (last.used - after[0].used) / (MEMORY_CYCLES * (after.length - 1)) : undefined;
    const row = {
      tag,
      mode,
      cycles: MEMORY_CYCLES * MEMORY_BATCHES,
      requests,
      before,
      after: last,
      settled,
      growthPerBatch: stats(growth),
      perCycle: (last.used - before.used) / (MEMORY_CYCLES * MEMORY_BATCHES),
      steady,
      seconds: (Date.now() - began) / 1000,
    };
    out.push(row);
    log(
      `  ${tag} ${mode}: ${requests} requests, heap ${kb(before.used)} → ${kb(last.used)}${settled ? ` (${kb(settled.used)} 11 s later)` : ''}, nodes ${before.nodes} → ${last.nodes}, listeners ${before.listeners} → ${last.listeners}`,
    );
  }
  return out;
}

// ---------------------------------------------------------------- numbers and report

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted.at(-1), n: sorted.length };
}

const ms = (value) => (value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`);
const kb = (bytes) => `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
const signedKb = (bytes) => {
  const size = (Math.abs(bytes) / 1024).toFixed(0);
  return `${size === '0' ? '' : bytes > 0 ? '+' : '−'}${size} KB`;
};
const signedBytes = (bytes) => `${bytes < 0 ? '−' : ''}${Math.abs(bytes).toFixed(0)} B`;
const range = (s, format = ms) => `${format(s.median)} (${format(s.min)} – ${format(s.max)})`;
const count = (s) => (s.min === s.max ? String(s.median) : `${s.median} (${s.min} – ${s.max})`);

function longTaskSummary(runs) {
  const all = runs.flat();
  if (!all.length) return 'none';
  return `${all.length} in ${runs.filter((r) => r.length).length} of ${runs.length} runs, longest ${ms(Math.max(...all))}`;
}

/** Heap growth that is "material": more than 1 MB in all, or more than 256 bytes per cycle after the first batch. */
const materialGrowth = (row) => row.after.used - row.before.used > 1024 * 1024 || (row.steady ?? row.perCycle) > 256;

function summaryRows(r) {
  const rows = [];
  for (const n of Object.keys(r.render)) {
    const x = r.render[n];
    rows.push([
      `render ${Number(n).toLocaleString('en')} items`,
      // Like with like: both sides lay out every row (the library's long lists otherwise skip rows off screen).
      `${ms(x.everyRow.frame.median)} vs ${ms(x.baseline.frame.median)} baseline = ${x.everyRowRatio.toFixed(2)}×, both laying out every row (with off-screen rows skipped ${x.ratio.toFixed(2)}×, script only ${x.scriptRatio.toFixed(2)}×)`,
      n === '1000' ? `≤ ${GOAL.ratio1000}× ${x.everyRowRatio <= GOAL.ratio1000 ? 'met' : 'NOT MET'}` : '',
    ]);
  }
  const warm100 = r.render[100]?.longTasks ?? [];
  const cold = r.coldRender.longTasks;
  const longest = Math.max(0, ...warm100.flat(), ...cold.flat());
  rows.push([
    'long tasks at 100 items',
    `first render: ${longTaskSummary(cold)}; warm: ${longTaskSummary(warm100)}`,
    longest > GOAL.longTaskMs ? 'none > 50 ms NOT MET' : 'none > 50 ms met',
  ]);
  const p = r.paging;
  rows.push([
    '"Xem tiếp" +20 on 1,000',
    `${ms(p.library.frame.median)} vs ${ms(p.baseline.frame.median)} baseline; li added ${count(p.mutations.liAdded)}`,
    p.onlyNewItems ? 'only new items: met' : 'only new items: NOT MET',
  ]);
  const s = r.shared.twenty;
  rows.push([
    '20 elements, one src',
    `${count(s.requests)} request(s); all rendered ${ms(s.frame.median)}`,
    s.requests.max <= GOAL.requests ? '1 request met' : '1 request NOT MET',
  ]);
  const d = r.dates;
  rows.push([
    `format ${d.count.toLocaleString('en')} dates`,
    `library ${ms(d.library.ms.median)}, date-fns ${ms(d.dateFns.ms.median)}, Intl ${ms(d.intl.ms.median)}`,
    '',
  ]);
  const grown = r.memory.filter(materialGrowth);
  const worst = Math.max(...r.memory.map((m) => m.steady ?? m.perCycle));
  rows.push([
    `memory, ${r.memory[0].cycles} × connect/disconnect`,
    QUICK
      ? `largest change ${signedKb(Math.max(...r.memory.map((m) => m.after.used - m.before.used)))} (quick run: too few cycles for a verdict)`
      : grown.length
        ? `grows: ${grown.map((g) => `${g.tag} ${g.mode} ${signedKb(g.after.used - g.before.used)}`).join(', ')}`
        : `no material growth (at most ${worst.toFixed(0)} B per cycle after the first batch)`,
    QUICK ? '' : grown.length ? 'NOT MET' : 'met',
  ]);
  return rows;
}

function summaryTable(r) {
  const rows = [['measurement', `median of ${r.runs}`, 'goal'], ...summaryRows(r)];
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i].length)));
  const line = (row) =>
    row
      .map((cell, i) => cell.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

function report(env, r) {
  const out = [];
  const add = (...lines) => out.push(...lines);
  add(
    '# Benchmark results',
    '',
    `Written by \`bench/run.mjs\` (\`npm run bench\`) on ${env.date.slice(0, 10)} (${env.date.slice(11, 16)} UTC); the run took ${env.seconds} s.`,
    'Every number is the median of ' +
      `${r.runs} runs, with (min – max); times in milliseconds of \`performance.now()\` in the page.`,
    'Rerun with `npm run bench`; see bench/README.md. Numbers from another machine are not comparable.',
    '',
    '## Machine',
    '',
    '| | |',
    '|---|---|',
    `| CPU | ${env.cpu}, ${env.cores} cores |`,
    `| memory | ${env.memoryGiB} GiB |`,
    `| OS | ${env.os} |`,
    `| load average (1 min) | ${env.load[0].toFixed(1)} at the start, ${env.load[1].toFixed(1)} at the end${Math.max(...env.load) > env.cores ? ' — **a busy machine: other work ran alongside; treat absolute times with care**' : ''} |`,
    `| Node | ${env.node} |`,
    `| browser | ${env.chromium}, headless (\`--headless=new\`) |`,
    `| measured file | \`dist/portal-widgets.js\` (the drop-in build: ${env.measured.bytes.toLocaleString('en')} bytes, ${env.measured.brotli?.toLocaleString('en') ?? '?'} brotli, sha256 ${env.measured.sha256}…), \`lib/format/dates.js\` for §4; copied aside at the start of the run |`,
    '',
    '## Summary',
    '',
    `| measurement | median of ${r.runs} | goal |`,
    '|---|---|---|',
    ...summaryRows(r).map((row) => `| ${row.join(' | ')} |`),
    '',
    '## 1. Rendering `<news-list>` against a vanilla baseline',
    '',
    '`<news-list src="…" limit="N">` (layout `list`) against hand-written DOM code (bench/baseline.js) producing the same markup —',
    'heading, `ul > li > a` and `(<time datetime>dd/MM/yyyy</time>)` in Asia/Ho_Chi_Minh — from the same JSON Feed endpoint,',
    'in the same tab, rotating which one runs first, with a garbage collection before each run.',
    '',
    '| items | library: to `portal-load` | library: to next frame | library, every row laid out: to next frame | baseline: to DOM appended | baseline: to next frame | ratio, to next frame | ratio per pair | ratio, every row laid out | ratio, script only |',
    '|---:|---|---|---|---|---|---:|---|---:|---:|',
  );
  for (const [n, x] of Object.entries(r.render)) {
    add(
      `| ${Number(n).toLocaleString('en')} | ${range(x.library.event)} | ${range(x.library.frame)} | ${range(x.everyRow.frame)} | ${range(x.baseline.event)} | ${range(x.baseline.frame)} | ${x.ratio.toFixed(2)}× | ${x.pairRatios.median.toFixed(2)}× (${x.pairRatios.min.toFixed(2)} – ${x.pairRatios.max.toFixed(2)}) | **${x.everyRowRatio.toFixed(2)}×** | ${x.scriptRatio.toFixed(2)}× |`,
    );
  }
  add(
    '',
    'The goal (≤ 1.3× at 1,000 items) is on "ratio, every row laid out": medians of library time over baseline time, both sides laying out every row.',
    '"Ratio, to next frame" lets the library skip its off-screen rows, which the baseline does not: it is not like with like. "Ratio per pair" divides the runs',
    'made back to back. "Script only" compares the time to `portal-load` with the time to the baseline\'s DOM being appended: neither includes',
    'style, layout and paint, which dominate from 1,000 items on and which the baseline, styled to look the same, pays too.',
    '',
    "The library's rows have `content-visibility: auto`: a row off screen skips layout and paint until it is scrolled to (it stays in the DOM,",
    'the accessibility tree and find-in-page). The hand-written baseline lays out every row, as most hand-written code does. So that this',
    'difference does not hide the library\'s own cost, "every row laid out" renders the same element with the page turning that off',
    '(`news-list::part(item) { content-visibility: visible }`), and compares it with the same baseline.',
  );
  add(
    '',
    'Same output: ' +
      Object.entries(r.render)
        .map(
          ([n, x]) =>
            `${Number(n).toLocaleString('en')} items — ${x.check.differing === 0 && x.check.rows === x.check.baselineRows ? `all ${x.check.rows.toLocaleString('en')} rows identical (link, title, datetime, date text)` : `**${x.check.differing} rows differ** (e.g. library \`${x.check.example.library}\` vs baseline \`${x.check.example.baseline}\`)`}`,
        )
        .join('; ') +
      '.',
  );
  add(
    '',
    `Long tasks (PerformanceObserver \`longtask\`, i.e. tasks over 50 ms) while rendering 100 items: first render in a fresh tab — ${longTaskSummary(r.coldRender.longTasks)} (that render took ${range(r.coldRender.frame)} to the next frame); warm, in the runs above — ${longTaskSummary(r.render[100]?.longTasks ?? [])}.`,
  );
  if (r.render[1000]) add('', `At 1,000 items: ${longTaskSummary(r.render[1000].longTasks)}.`);
  if (r.render[10000]) add('', `At 10,000 items: ${longTaskSummary(r.render[10000].longTasks)}.`);

  const p = r.paging;
  const m = p.mutations;
  add(
    '',
    '## 2. "Xem tiếp": a page of 20 appended to 1,000 items',
    '',
    '`<news-list limit="1000">` on a feed of 1,000 items whose `next_url` gives 20 more; one click on "Xem tiếp", once the page is idle after the',
    'first render (`requestIdleCallback`), as when a reader reaches the button; the baseline waits the same way.',
    '',
    '| | library | baseline (fetch + append 20 `<li>`) |',
    '|---|---|---|',
    `| click → 1,020th item in the list | ${range(p.library.click)} | ${range(p.baseline.click)} |`,
    `| click → next frame | ${range(p.library.frame)} | ${range(p.baseline.frame)} |`,
    '',
    'Mutations inside the list (`ul[part=list]`, MutationObserver with `childList`, `subtree`, `attributes`, `characterData`), per click:',
    '',
    '| `<li>` added | other elements added | text nodes added | comments added | nodes removed | attribute changes | text changes |',
    '|---:|---:|---:|---:|---:|---:|---:|',
    `| ${count(m.liAdded)} | ${count(m.otherElementsAdded)} | ${count(m.textAdded)} | ${count(m.commentsAdded)} | ${count(m.removed)} | ${count(m.attributes)} | ${count(m.characterData)} |`,
    '',
    `The list element and the first 1,000 \`<li>\` are the same nodes after the click: ${p.sameList && p.sameItems ? 'yes' : '**no**'}.`,
    `Focus moves to the first new link: ${p.focusOnFirstNew ? 'yes' : 'no'}. The baseline leaves focus on the page, so its next frame has nothing to scroll;`,
    "the library's scrolls to the new rows, which lay out then (they were off screen, see §1).",
    m.commentsAdded.max
      ? `The ${m.commentsAdded.median} comments are Lit's empty part markers, one per new item (not visible, not in the accessibility tree).`
      : '',
    `Outside the list, in the shadow root: ${p.outside.length ? p.outside.map((x) => `\`${x}\``).join(', ') : 'nothing'}${p.outside.length ? " (the button's busy state while the page loads)" : ''}.`,
    p.attributeNames.length ? `Attributes changed inside the list: ${p.attributeNames.map((x) => `\`${x}\``).join(', ')}.` : '',
  );

  const s = r.shared;
  add(
    '',
    '## 3. 20 elements sharing one `src`',
    '',
    '20 `<news-list src="…same URL…" limit="10">` (a feed of 50 items) added at once; the server counts the requests it receives for that URL.',
    '',
    '| | requests | first `portal-load` | last `portal-load` | all rendered (next frame) |',
    '|---|---:|---|---|---|',
    `| 20 elements | ${count(s.twenty.requests)} | ${range(s.twenty.first)} | ${range(s.twenty.last)} | ${range(s.twenty.frame)} |`,
    `| 1 element, for scale | ${count(s.one.requests)} | ${range(s.one.first)} | ${range(s.one.last)} | ${range(s.one.frame)} |`,
  );

  const d = r.dates;
  add(
    '',
    `## 4. Formatting ${d.count.toLocaleString('en')} dates as \`dd/MM/yyyy\` in Asia/Ho_Chi_Minh`,
    '',
    "Instants in the model's form (`2020-12-04T14:40:00.000Z`), 1–4 hours apart over three years, so many fall on another day in UTC+7 than in UTC.",
    '',
    "| formatter | time for all | per date | output differs from the library's | minified | gzip | brotli |",
    '|---|---|---:|---:|---:|---:|---:|',
    `| library \`formatDate(iso, 'dd/MM/yyyy', 'vi', zone)\` (lib/format/dates.js) | ${range(d.library.ms)} | ${((d.library.ms.median * 1000) / d.count).toFixed(2)} µs | — | ${kb(r.sizes.library.min)} | ${kb(r.sizes.library.gzip)} | ${kb(r.sizes.library.brotli)} |`,
    `| date-fns \`format(new TZDate(iso, zone), 'dd/MM/yyyy')\` | ${range(d.dateFns.ms)} | ${((d.dateFns.ms.median * 1000) / d.count).toFixed(2)} µs | ${d.dateFns.mismatches} | ${kb(r.sizes.dateFns.min)} | ${kb(r.sizes.dateFns.gzip)} | ${kb(r.sizes.dateFns.brotli)} |`,
    `| one cached \`Intl.DateTimeFormat('vi-VN', {timeZone, day, month, year})\` | ${range(d.intl.ms)} | ${((d.intl.ms.median * 1000) / d.count).toFixed(2)} µs | ${d.intl.mismatches} | — | — | — |`,
    '',
    `Sizes are of each formatter bundled and minified alone with esbuild. First output: library \`${d.library.sample}\`, date-fns \`${d.dateFns.sample}\`, Intl \`${d.intl.sample}\`.`,
  );

  add(
    '',
    '## 5. Memory after connect/disconnect cycles',
    '',
    `Each element in its own fresh tab: 20 warm-up cycles, then the heap is measured; then ${MEMORY_BATCHES} batches of ${MEMORY_CYCLES} cycles, measuring after each.`,
    'A measurement is two forced collections (`HeapProfiler.collectGarbage`) followed by `Runtime.getHeapUsage` (JS heap in use) and `Memory.getDOMCounters`.',
    'Modes: **fresh** — a new element per cycle, added, loaded (`portal-load`, from the memory cache after the first), removed and dropped;',
    '**reuse** — one element removed and added again; **abort** — a new element per cycle with `cache-ttl="0"`, removed while its request is in flight.',
    '"Requests" is what reached the server during the measured batches: the memory cache serves **fresh** and **reuse**; in **abort** mode a request aborted early may never reach it.',
    '',
    '| element | mode | cycles | requests | JS heap before | after | change | change per batch | per cycle | per cycle after batch 1 | DOM nodes before → after | listeners before → after | material growth |',
    '|---|---|---:|---:|---:|---:|---:|---|---:|---:|---|---|---|',
  );
  for (const row of r.memory) {
    add(
      `| \`<${row.tag}>\` | ${row.mode} | ${row.cycles} | ${row.requests} | ${kb(row.before.used)} | ${kb(row.after.used)} | ${signedKb(row.after.used - row.before.used)} | ${range(row.growthPerBatch, signedKb)} | ${signedBytes(row.perCycle)} | ${row.steady === undefined ? '—' : signedBytes(row.steady)} | ${row.before.nodes} → ${row.after.nodes} | ${row.before.listeners} → ${row.after.listeners} | ${materialGrowth(row) ? '**yes**' : 'no'} |`,
    );
  }
  const aborted = r.memory.find((row) => row.settled);
  if (aborted)
    add(
      '',
      `abort mode, 11 s after the last batch (the requests' 10 s timeout signals have fired): JS heap ${kb(aborted.settled.used)} (${signedKb(aborted.settled.used - aborted.before.used)} against before), DOM nodes ${aborted.settled.nodes}, listeners ${aborted.settled.listeners}.`,
    );
  add(
    '',
    '"Material" here: more than 1 MB in all, or more than 256 bytes per cycle from the end of the first batch to the end of the last (a leaked element with its shadow root and list would be kilobytes).',
  );

  add(
    '',
    '## Method',
    '',
    '- `bench/run.mjs` bundles date-fns for the page with esbuild (into `bench/.build/`, ignored by git), starts `bench/server.mjs` on 127.0.0.1 and a free port,',
    '  and launches Chromium through puppeteer-core with a fresh profile. Chromium cannot resolve any host name (`--host-resolver-rules`), so all traffic stays on loopback.',
    `  Requests to other hosts attempted during this run: ${r.offHost.length}. Page errors: ${
      r.pageErrors.length
        ? r.pageErrors
            .slice(0, 3)
            .map((e) => `\`${e}\``)
            .join('; ')
        : 'none'
    }.`,
    "- The server serves `dist/`, `lib/` and `bench/`, and generates the documents (bench/data.mjs): a JSON Feed 1.1 of N items shaped like a portal's",
    '  (Vietnamese titles, summary, image, `+07:00` dates, `_portal.category`; about 480 bytes per item, 4.8 MB at 10,000). Every run uses a new URL (`&key=…`),',
    "  so the library's memory cache never serves a measured run; the page also clears `sessionStorage` (the loader's last-good copies) before each run.",
    '  API responses are `Cache-Control: no-store`.',
    '- The bench page (bench/index.html) loads `dist/portal-widgets.js` exactly as a CMS theme would; bench/page.js holds the measurements, called one at a time from run.mjs.',
    '- **Time to next frame** is measured with `performance.now()` up to a task posted from the next `requestAnimationFrame` callback, so the frame that shows the',
    '  content has been styled, laid out and painted. Library: from appending the (already configured) element to that point; also to its `portal-load` event.',
    '  Baseline: from the start of `fetch()` (host element and shadow root included) to that point; also to the moment its DOM is appended.',
    '  Frame alignment adds up to one frame (about 16.7 ms) of noise to each run; it matters at 100 items, not at 1,000 or 10,000.',
    `- Section 1 warms both paths up once, then runs library and baseline ${r.runs} times each per size. The "first render" long-task check opens a new tab per run.`,
    "- **Xem tiếp**: the MutationObserver watches the list from just before `click()` until after the next frame and the element's next `updateComplete`.",
    '- **Shared src**: the count is what the server received for that exact URL, read back from `/api/hits` after the run.',
    '- **Dates**: each formatter runs twice to warm up, then in rotating order with a collection before each; the loop writes into a preallocated array.',
    "- **Memory**: see section 5. The JS heap excludes Blink's DOM objects; the DOM node and listener counters cover those.",
    '- `dist/` and `lib/` are copied to `bench/.build/snapshot/` at the start and served from there, so a rebuild during the run changes nothing.',
    '',
    '## Rerun',
    '',
    '```sh',
    'npm run bench                 # build, then every measurement (about 3 minutes on 2 cores)',
    'node bench/run.mjs            # the same without rebuilding',
    'BENCH_RUNS=11 node bench/run.mjs',
    'CHROMIUM_PATH=/path/to/chrome node bench/run.mjs',
    '```',
    '',
  );
  return out.filter((line, i, all) => !(line === '' && all[i - 1] === '')).join('\n');
}

try {
  await main();
} catch (error) {
  console.error('bench failed:', error?.stack ?? error);
  process.exitCode = 1;
} finally {
  clearTimeout(deadline);
  await cleanUp();
}

// `node bench/content-time.mjs` (after `npm run build`): how long the seed
// article page (bench/seed-page.mjs) takes to show all its content under 4×
// CPU slowdown and Fast 3G (Chromium's DevTools presets, through CDP), against
// the same page written as static HTML: the same markup and style sheets, the
// elements' shadow roots captured once the library has rendered them and
// written as declarative shadow DOM, so only the way the content gets there
// differs. Goal: at most 1.3× the static page.
//
// The page is served from one origin and its documents and pictures from
// another (the portal's API), as on a site that embeds the widgets. The
// library's page is measured as the README writes it: the one script tag,
// and the same with the README's hints ("Start the script and the data with
// the page"), built from the README's own code block. With `--server`, also
// the page with every element rendered on the server (`portal-widgets/server`,
// which needs the optional peers) and `dist/ssr/portal-widgets.js`.
//
// "All content shown": no element shows its skeleton, the article's body is
// in, and every picture the browser means to show (all but lazy ones below
// the fold) has loaded; the time is that of the first frame where all of it
// holds, from navigation start. Each run is in a fresh browser context (an
// empty cache); the pages take turns, the order rotating each round, and the
// report gives the median of each round's ratios, with the waterfall of a
// median run of each page. Writes bench/CONTENT-TIME.md.
//
// Options: `--runs N` (rounds, default 5), `--seed N`, `--seed-text FILE`,
// `--server`. The page is served on BENCH_PORT and the API on the port after it
// (free ports without it). Not part of `npm test`.

import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PredefinedNetworkConditions } from 'puppeteer-core';
import { ROOT, launch, machineNote, median, startServer } from './harness.mjs';
import { readmeHints, seedDocuments, seedPage } from './seed-page.mjs';

const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const RUNS = Number(option('--runs', 5));
const SEED = Number(option('--seed', 7));
const WITH_SERVER = process.argv.includes('--server');
const GOAL = 1.3;

/**
 * Watches every frame for the moment all content is shown (`window.marks.all`),
 * noting when each block first shows its skeleton and its content, and the
 * page's long tasks. Cheap per frame: pictures are looked at only once every
 * block's content is in.
 */
const WATCH = `<script>
(() => {
  const marks = (window.marks = {});
  window.longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  customElements.whenDefined('article-card').then(() => (marks.defined ??= performance.now()));
  const roots = (root) => [root, ...[...root.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? roots(el.shadowRoot) : []))];
  const note = (name) => (marks[name] ??= performance.now());
  const check = () => {
    const blocks = [...document.querySelectorAll('[data-block]')];
    let ready = blocks.length > 0;
    for (const el of blocks) {
      const root = el.shadowRoot;
      const loading = !root || !root.firstElementChild || root.querySelector('[part~="skeleton"]');
      if (root?.querySelector('[part~="skeleton"]')) note('skeleton ' + el.dataset.block);
      if (loading) ready = false;
      else note('content ' + el.dataset.block);
    }
    const body = document.querySelector('[data-block="article"]')?.shadowRoot?.querySelector('.body');
    if (body?.firstElementChild) note('body');
    else ready = false;
    const pictures = ready ? roots(document).flatMap((root) => [...root.querySelectorAll('img')]) : [];
    const shown = ready && pictures.every(
      (img) => (img.complete && img.naturalWidth > 0) || (img.loading === 'lazy' && img.getBoundingClientRect().top > innerHeight),
    );
    if (shown) marks.all = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();
</script>`;

const blocks = (seed, api) => ({
  article: `<article-card data-block="article" variant="full" src="${api}/data/article-${seed}.json"></article-card>`,
  newer: `<news-list data-block="newer" limit="5" heading="Các tin mới hơn" src="${api}/data/newer-${seed}.json" more-href="https://portal.example/tin-tuc"><a href="https://portal.example/tin-tuc">Tin tức</a></news-list>`,
  related: `<related-articles data-block="related" article-src="${api}/data/article-${seed}.json"></related-articles>`,
  links: `<website-links data-block="links" src="${api}/data/links-${seed}.json"></website-links>`,
});

/** The library's page rendered once, each block's shadow root written as declarative shadow DOM with its style sheets. */
async function captureStatic(browser, origin) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${origin}/library`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => window.marks.all !== undefined, { timeout: 30_000 });
  const captured = await page.evaluate(() => {
    const out = {};
    for (const el of document.querySelectorAll('[data-block]')) {
      const root = el.shadowRoot;
      const css = [...root.adoptedStyleSheets]
        .map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n'))
        .join('\n');
      const attrs = [...el.attributes].map((a) => ` ${a.name}="${a.value.replace(/"/g, '&quot;')}"`).join('');
      // A <div> host: the page's `:not(:defined)` rules are for the library's tags.
      out[el.dataset.block] =
        `<div${attrs}><template shadowrootmode="open"><style>${css}</style>${root.innerHTML}</template></div>`;
    }
    return out;
  });
  await page.close();
  return captured;
}

/** Each block rendered by `portal-widgets/server`, its data read from the API as the browser would. */
async function serverRendered(api) {
  const { renderElement } = await import('../lib/server/index.js');
  const out = {};
  for (const [name, markup] of Object.entries(blocks(SEED, api))) {
    const [, tag, rest] = markup.match(/^<([\w-]+)([^>]*)>/);
    const attributes = Object.fromEntries([...rest.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, key, value]) => [key, value]));
    const { html } = await renderElement(tag, attributes);
    out[name] = html.replace(`<${tag}`, `<${tag} data-block="${name}"`);
  }
  return out;
}

/** One run in a fresh context: the time all content is shown, with what the waterfall needs. */
async function timeOnce(browser, origin, path) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const warnings = [];
  page.on('console', (message) => {
    if (/preload/i.test(message.text())) warnings.push(message.text());
  });
  await page.setViewport({ width: 1280, height: 900 });
  await page.emulateCPUThrottling(4);
  await page.emulateNetworkConditions(PredefinedNetworkConditions['Fast 3G']);
  await page.goto(`${origin}${path}`, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForFunction(() => window.marks.all !== undefined, { timeout: 120_000, polling: 100 });
  // A preload that is not used is reported a few seconds after the load event.
  if (path === '/hints' || path === '/photo') await new Promise((resolve) => setTimeout(resolve, 3500));
  const run = await page.evaluate(() => ({
    at: window.marks.all,
    marks: window.marks,
    longTasks: window.longTasks,
    html: performance.getEntriesByType('navigation')[0].responseEnd,
    requests: performance
      .getEntriesByType('resource')
      .map(({ name, startTime, responseStart, responseEnd }) => ({ name, startTime, responseStart, responseEnd })),
  }));
  await context.close();
  return { ...run, warnings };
}

const ms = (value) => `${Math.round(value).toLocaleString('en')} ms`;
const shortName = (url) => new URL(url).pathname.replace(/^\/(dist|data)\//, '').replace(/^\/img\/\d+\/\d+\//, 'picture ');

/** The moments that make a page's time, as a row of the summary table. */
function milestones(run, photo) {
  const ends = (test) => run.requests.filter(({ name }) => test(name)).map(({ responseEnd }) => responseEnd);
  const at = (values) => (values.length ? `${Math.round(Math.max(...values))}` : '–');
  const lead = run.requests.find(({ name }) => name === photo);
  return [
    Math.round(run.html),
    at(ends((name) => /\/portal-widgets\.js$/.test(name))),
    at(run.marks.defined === undefined ? [] : [run.marks.defined]),
    at(ends((name) => /\/data\//.test(name))),
    lead ? Math.round(lead.startTime) : '–',
    lead ? Math.round(lead.responseEnd) : '–',
    at(run.marks['content article'] === undefined ? [] : [run.marks['content article']]),
    Math.round(run.at),
  ].join(' | ');
}

/** A run's waterfall as table rows: each request, then each moment of the page, by time. */
function waterfall(run) {
  const rows = [[0, `| HTML | 0 | ${Math.round(run.html)} |`]];
  for (const request of run.requests) {
    if (/favicon/.test(request.name)) continue;
    rows.push([
      request.startTime,
      `| ${shortName(request.name)} | ${Math.round(request.startTime)} | ${Math.round(request.responseEnd)} |`,
    ]);
  }
  for (const [name, at] of Object.entries(run.marks))
    rows.push([at, `| *${name === 'defined' ? 'script ran (elements defined)' : name}* | ${Math.round(at)} | |`]);
  const tasks = run.longTasks.filter(([start]) => start < run.at);
  const total = tasks.reduce((sum, [, duration]) => sum + duration, 0);
  return [
    '| request or moment | starts | ends |',
    '|---|---:|---:|',
    ...rows.sort((a, b) => a[0] - b[0]).map(([, row]) => row),
    '',
    `Long tasks before all content: ${tasks.length}, ${ms(total)} in all${tasks.length ? ` (the longest ${ms(Math.max(...tasks.map(([, d]) => d)))})` : ''}.`,
  ].join('\n');
}

const PAGES = {
  '/library': "library, the README's one script tag (`dist/portal-widgets.js`, data fetched)",
  '/hints':
    "library with the README's hints (`modulepreload` of the script and the full article's files, `preload` of each document)",
  '/photo': "library with the README's hints and the one for the article's photo",
  '/server': 'server-rendered elements (`portal-widgets/server`) and `dist/ssr/portal-widgets.js`',
  '/static': 'static HTML (the same shadow DOM and styles, declarative)',
};

async function main() {
  const documents = await seedDocuments(SEED);
  const requests = new Map();
  // The API on the port after BENCH_PORT (when set), the page on BENCH_PORT: two origins.
  const api = await startServer({ documents, port: process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) + 1 : 0 });
  api.server.on('request', (req) => requests.set(req.url, (requests.get(req.url) ?? 0) + 1));
  const elements = blocks(SEED, api.origin);
  const chunks = (await readdir(join(ROOT, 'dist'))).filter((file) => file.endsWith('.js')).map((file) => `/dist/${file}`);
  const data = Object.keys(documents).map((name) => `${api.origin}/data/${name}`);
  const hints = readmeHints({ script: '/dist/portal-widgets.js', chunks, data });
  const photo = new URL(documents[`article-${SEED}.json`].image, `${api.origin}/data/`).href;
  const pages = {
    '/library': seedPage(SEED, { head: WATCH, elements }),
    '/hints': seedPage(SEED, { head: WATCH + hints, elements }),
    '/photo': seedPage(SEED, { head: WATCH + readmeHints({ script: '/dist/portal-widgets.js', chunks, data, photo }), elements }),
  };
  if (WITH_SERVER)
    pages['/server'] = seedPage(SEED, {
      head: WATCH,
      script: '/dist/ssr/portal-widgets.js',
      elements: await serverRendered(api.origin),
    });
  const { server, origin } = await startServer({ pages });
  const browser = await launch();
  try {
    const note = await machineNote(browser);
    pages['/static'] = seedPage(SEED, { script: '', head: WATCH, elements: await captureStatic(browser, origin) });
    const paths = Object.keys(pages);
    const rounds = [];
    for (let round = 0; round < RUNS; round++) {
      // The order rotates, so a slow moment of the machine falls on every page in turn.
      const order = paths.map((_, i) => paths[(i + round) % paths.length]);
      const runs = {};
      for (const path of order) {
        requests.clear();
        runs[path] = await timeOnce(browser, origin, path);
        runs[path].downloads = Math.max(0, ...requests.values());
      }
      rounds.push(runs);
      console.log(`round ${round + 1}: ${paths.map((path) => `${path.slice(1)} ${ms(runs[path].at)}`).join(', ')}`);
    }
    const times = (path) => rounds.map((runs) => runs[path].at);
    const ratio = (path) => median(rounds.map((runs) => runs[path].at / runs['/static'].at));
    const medianRun = (path) => {
      const sorted = [...rounds].sort((a, b) => a[path].at - b[path].at);
      return sorted[(sorted.length - 1) >> 1][path];
    };
    const hinted = rounds.flatMap((runs) => [runs['/hints'], runs['/photo']]);
    const verdict = (value) => `**${value.toFixed(2)}×** (goal ≤ ${GOAL}×: ${value <= GOAL ? 'met' : '**not met**'})`;
    const report = [
      '# Time to all content: the seed article page against the same page as static HTML',
      '',
      `Written by \`node bench/content-time.mjs${WITH_SERVER ? ' --server' : ''}\` (${new Date().toISOString().slice(0, 10)}). Machine: ${note}`,
      '',
      `Seed ${SEED}; 1280 × 900; 4× CPU slowdown and "Fast 3G" (DevTools presets: 562.5 ms of latency per request, about 180 KB/s down); a fresh browser context per run; ${RUNS} rounds, the order of the pages rotating. The page comes from one origin, its documents and pictures from another (the portal's API), brotli-compressed except the pictures. The pictures are SVG files of the photos' sizes (1600 × 900 for the lead; 1200 × 675, 800 × 600 and 640 × 960 in the body and the lists) padded to the bytes of a well-compressed JPEG of that size (width × height / 24: 60 KB for the lead), the weight of a news portal's resized photos; the static page shows the same files.`,
      '',
      '| page | median | min – max | median ratio to static |',
      '|---|---:|---|---:|',
      ...paths.map(
        (path) =>
          `| ${PAGES[path]} | ${ms(median(times(path)))} | ${ms(Math.min(...times(path)))} – ${ms(Math.max(...times(path)))} | ${path === '/static' ? '' : `${ratio(path).toFixed(2)}×`} |`,
      ),
      '',
      `With the one script tag: ${verdict(ratio('/library'))}. With the README's hints: ${verdict(ratio('/hints'))}; and the photo's: ${verdict(ratio('/photo'))}.${WITH_SERVER ? ` Server-rendered: ${verdict(ratio('/server'))}.` : ''}`,
      '',
      `${hinted.every((run) => run.downloads <= 1 && !run.warnings.length) ? 'The hints are used, not fetched twice' : '**The hints are not all used**'}: each document and picture was downloaded at most ${Math.max(...hinted.map((run) => run.downloads))} time(s) per run of the hinted pages, and Chromium's console gave ${hinted.reduce((sum, run) => sum + run.warnings.length, 0)} warning(s) about preloads in their ${hinted.length} runs${hinted.some((run) => run.warnings.length) ? `: ${[...new Set(hinted.flatMap((run) => run.warnings.map((text) => text.replace(/http:\/\/127\.0\.0\.1:\d+/g, ''))))].join(' ')}` : ''}.`,
      '',
      '## Where the time goes (the median run of each page; ms from navigation start)',
      '',
      '| page | HTML in | script in | script ran | documents in | lead photo asked | lead photo in | article shown | all shown |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
      ...paths.map((path) => `| ${path.slice(1)} | ${milestones(medianRun(path), photo)} |`),
      '',
      '## Waterfalls (the median run of each page; ms from navigation start)',
      '',
      ...paths.flatMap((path) => [`### ${PAGES[path]}`, '', waterfall(medianRun(path)), '']),
    ].join('\n');
    // What follows "## Notes" in the last report is written by hand: it stays.
    const previous = await readFile(join(ROOT, 'bench/CONTENT-TIME.md'), 'utf8').catch(() => '');
    const notes = previous.includes('\n## Notes') ? previous.slice(previous.indexOf('\n## Notes') + 1) : '';
    await writeFile(join(ROOT, 'bench/CONTENT-TIME.md'), notes ? `${report}\n${notes}` : report);
    console.log(report);
  } finally {
    await browser.close();
    server.close();
    api.server.close();
  }
}

await main();

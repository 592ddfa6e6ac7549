// `node bench/long-tasks.mjs` (after `npm run build`): the longest main-thread
// task while `<news-list>` loads and shows a huge document, in headless
// Chromium with the built drop-in file. Cases: 100,000 items as RSS, JSON
// Feed and WordPress, and one entry with a 2 MB title (JSON Feed, WordPress),
// all generated with a seeded generator. Per case: time to `portal-load`, the
// longest task (`longtask`, from the request to 2 s after the event) and the
// longest animation frame (`long-animation-frame`, which also sees style,
// layout and paint). Goal: none over 200 ms, and none over 50 ms where
// practical. Not part of `npm test`. Environment: CHROMIUM_PATH (default: the
// first Chromium or Chrome on PATH), BENCH_PORT (default: a free port), RUNS (default 3: the
// median run of each case is reported), ONLY (run only the cases whose name
// contains it), OUT (a Markdown file to write).

import { writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { launch, openBenchPage, serveFolder } from './harness.mjs';
import { seeded } from './seeded.mjs';

const ITEMS = 100_000;
const RUNS = Number(process.env.RUNS ?? 3);

const WORDS = ['Tin', 'Hội nghị', 'Kinh tế', 'Văn hóa', 'Giáo dục', 'Y tế', 'Nông nghiệp', 'Du lịch'];

const words = (next, count) => Array.from({ length: count }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ');

function rss(items) {
  const next = seeded(1);
  const item = (i) => `<item><title>${words(next, 1)} ${i}</title></item>`;
  const body = Array.from({ length: items }, (_, i) => item(i)).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Tin mới</title><link>https://portal.example/</link>\n${body}\n</channel></rss>`;
}

function jsonFeed(items, title = (next, i) => `${words(next, 1)} ${i}`) {
  const next = seeded(2);
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Tin mới',
    items: Array.from({ length: items }, (_, i) => ({ id: String(i), title: title(next, i) })),
  });
}

function wordPress(items, title = (next, i) => `${words(next, 1)} ${i}`) {
  const next = seeded(3);
  return JSON.stringify(Array.from({ length: items }, (_, i) => ({ id: i + 1, title: { rendered: title(next, i) } })));
}

/** The first entry's title is about 2 MB of UTF-8: a 1 MB word without a break, then words. */
const hugeTitle = (next, i) => (i ? `${words(next, 1)} ${i}` : 'Đ'.repeat(500_000) + words(next, 120_000).slice(0, 1_000_000));

const CASES = {
  'RSS, 100,000 items': ['application/rss+xml; charset=utf-8', () => rss(ITEMS)],
  'JSON Feed, 100,000 items': ['application/feed+json', () => jsonFeed(ITEMS)],
  'WordPress, 100,000 posts': ['application/json', () => wordPress(ITEMS)],
  'JSON Feed, a 2 MB title': ['application/feed+json', () => jsonFeed(3, hugeTitle)],
  'WordPress, a 2 MB title': ['application/json', () => wordPress(3, hugeTitle)],
};

const PAGE = `<!doctype html><meta charset="utf-8"><body><script type="module">
import '/dist/portal-widgets.js';
globalThis.measure = (src) => new Promise((done) => {
  const longest = { task: 0, frame: 0 };
  const observers = ['longtask', 'long-animation-frame'].map((type) => {
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const key = type === 'longtask' ? 'task' : 'frame';
        longest[key] = Math.max(longest[key], entry.duration);
      }
    });
    observer.observe({ type, buffered: false });
    return observer;
  });
  const start = performance.now();
  const el = document.createElement('news-list');
  el.setAttribute('src', src);
  el.setAttribute('limit', '20');
  el.addEventListener('portal-error', (event) => done({ error: event.detail.message }));
  el.addEventListener('portal-load', () => {
    const loaded = performance.now() - start;
    // Two seconds of frames after the event: layout and text rendering of what was shown.
    setTimeout(() => requestAnimationFrame(() => {
      for (const observer of observers) observer.disconnect();
      const shown = el.shadowRoot.querySelectorAll('[part~="item"]').length;
      el.remove();
      done({ loaded, shown, ...longest });
    }), 2000);
  });
  document.body.append(el);
});
globalThis.ready = true;
</script>`;

function serve(bodies) {
  const routes = new Map([['/', ['text/html; charset=utf-8', PAGE]]]);
  for (const [name, body] of bodies) routes.set(`/${name}`, body);
  return serveFolder('dist', routes);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// ONLY (optional): the cases whose name contains it, e.g. ONLY=RSS.
const chosen = Object.entries(CASES).filter(([name]) => name.includes(process.env.ONLY ?? ''));
const bodies = new Map(chosen.map(([name, [type, make]]) => [name, [type, Buffer.from(make())]]));
const server = await serve(bodies);
const browser = await launch();
const rows = [];
const load = loadavg()[0];
try {
  for (const name of bodies.keys()) {
    const runs = [];
    for (let run = 0; run < RUNS; run++) {
      // A fresh tab per run: no model or response kept from the run before.
      const page = await openBenchPage(browser, server);
      const result = await page.evaluate((src) => globalThis.measure(src), `/${encodeURIComponent(name)}`);
      await page.close();
      if (result.error) throw new Error(`${name}: ${result.error}`);
      runs.push(result);
    }
    const size = bodies.get(name)[1].length;
    const row = {
      name,
      mb: (size / 1e6).toFixed(2),
      loaded: median(runs.map((r) => r.loaded)),
      task: median(runs.map((r) => r.task)),
      frame: median(runs.map((r) => r.frame)),
      worst: Math.max(...runs.map((r) => Math.max(r.task, r.frame))),
      shown: runs[0].shown,
    };
    rows.push(row);
    console.log(
      `${name.padEnd(28)} ${row.mb} MB  portal-load ${row.loaded.toFixed(0)} ms  longest task ${row.task.toFixed(0)} ms  longest frame ${row.frame.toFixed(0)} ms  (worst of ${RUNS}: ${row.worst.toFixed(0)} ms, ${row.shown} rows shown)`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`Median of ${RUNS} runs per case; load average ${load.toFixed(2)} on ${cpus().length} cores at the start.`);
if (process.env.OUT) {
  const table = rows.map(
    (r) =>
      `| ${r.name} | ${r.mb} MB | ${r.loaded.toFixed(0)} ms | ${r.task.toFixed(0)} ms | ${r.frame.toFixed(0)} ms | ${r.worst.toFixed(0)} ms |`,
  );
  const text = [
    '| Case | Size | `portal-load` after | Longest task | Longest frame | Worst run |',
    '| --- | --- | --- | --- | --- | --- |',
    ...table,
    '',
    `Median of ${RUNS} runs per case, a fresh tab each; load average ${load.toFixed(2)} on ${cpus().length} cores at the start.`,
    '',
  ].join('\n');
  await writeFile(process.env.OUT, text);
}

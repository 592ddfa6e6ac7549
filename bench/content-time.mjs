// `node bench/content-time.mjs` (after `npm run build`): how long the seed
// article page (bench/seed-page.mjs) takes to show all its content under 4×
// CPU slowdown and Fast 3G (Chromium's DevTools presets, through CDP), against
// the same page written as static HTML: the same markup and style sheets, the
// elements' shadow roots captured once the library has rendered them and
// written as declarative shadow DOM, so only the way the content gets there
// differs. Goal: at most 1.3× the static page.
//
// "All content shown": no element shows its skeleton, the article's body is
// in, and every picture the browser means to show (all but lazy ones below
// the fold) has loaded; the time is that of the first frame where all of it
// holds, from navigation start. Each run is in a fresh browser context (an
// empty cache); library and static runs alternate, and the report gives the
// median of the pairs' ratios. Writes bench/CONTENT-TIME.md.
//
// Options: `--runs N` (pairs, default 5), `--seed N`, `--seed-text FILE`. Not part of `npm test`.

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PredefinedNetworkConditions } from 'puppeteer-core';
import { ROOT, launch, machineNote, median, startServer } from './harness.mjs';
import { seedDocuments, seedPage } from './seed-page.mjs';

const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const RUNS = Number(option('--runs', 5));
const SEED = Number(option('--seed', 7));
const GOAL = 1.3;

/** Watches every frame for the moment all content is shown: `window.contentAt`. */
const WATCH = `<script>
(() => {
  const roots = (root) => [root, ...[...root.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? roots(el.shadowRoot) : []))];
  const shown = () => {
    const blocks = [...document.querySelectorAll('[data-block]')];
    if (!blocks.length || blocks.some((el) => !el.shadowRoot || el.shadowRoot.querySelector('[part~="skeleton"]'))) return false;
    const body = document.querySelector('[data-block="article"]').shadowRoot.querySelector('.body');
    if (!body || !body.firstElementChild) return false;
    return roots(document).every((root) =>
      [...root.querySelectorAll('img')].every(
        (img) => (img.complete && img.naturalWidth > 0) || (img.loading === 'lazy' && img.getBoundingClientRect().top > innerHeight),
      ),
    );
  };
  const check = () => (shown() ? (window.contentAt = performance.now()) : requestAnimationFrame(check));
  requestAnimationFrame(check);
})();
</script>`;

const blocks = (seed) => ({
  article: `<article-card data-block="article" variant="full" src="/data/article-${seed}.json"></article-card>`,
  newer: `<news-list data-block="newer" limit="5" heading="Các tin mới hơn" src="/data/newer-${seed}.json" more-href="https://portal.example/tin-tuc"><a href="https://portal.example/tin-tuc">Tin tức</a></news-list>`,
  related: `<related-articles data-block="related" article-src="/data/article-${seed}.json"></related-articles>`,
  links: `<website-links data-block="links" src="/data/links-${seed}.json"></website-links>`,
});

/** The library's page rendered once, each block's shadow root written as declarative shadow DOM with its style sheets. */
async function captureStatic(browser, origin) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${origin}/library`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => window.contentAt !== undefined, { timeout: 30_000 });
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

async function timeOnce(browser, origin, path) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.emulateCPUThrottling(4);
  await page.emulateNetworkConditions(PredefinedNetworkConditions['Fast 3G']);
  await page.goto(`${origin}${path}`, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForFunction(() => window.contentAt !== undefined, { timeout: 120_000, polling: 100 });
  const at = await page.evaluate(() => window.contentAt);
  await context.close();
  return at;
}

async function main() {
  const documents = await seedDocuments(SEED);
  const pages = { '/library': seedPage(SEED, { head: WATCH, elements: blocks(SEED) }) };
  const { server, origin } = await startServer({ pages, documents });
  const browser = await launch();
  try {
    const note = await machineNote(browser);
    pages['/static'] = seedPage(SEED, { script: '', head: WATCH, elements: await captureStatic(browser, origin) });
    const pairs = [];
    for (let run = 0; run < RUNS; run++) {
      // Alternate which goes first, so a slow moment of the machine falls on both sides.
      const order = run % 2 ? ['/static', '/library'] : ['/library', '/static'];
      const times = {};
      for (const path of order) times[path] = await timeOnce(browser, origin, path);
      pairs.push({ library: times['/library'], static: times['/static'] });
      console.log(`run ${run + 1}: library ${Math.round(times['/library'])} ms, static ${Math.round(times['/static'])} ms`);
    }
    const ratio = median(pairs.map((pair) => pair.library / pair.static));
    const ms = (value) => `${Math.round(value).toLocaleString('en')} ms`;
    const report = [
      '# Time to all content: the seed article page against the same page as static HTML',
      '',
      `Written by \`node bench/content-time.mjs\` (${new Date().toISOString().slice(0, 10)}). Machine: ${note}`,
      '',
      `Seed ${SEED}; 1280 × 900; 4× CPU slowdown and "Fast 3G" (DevTools presets); a fresh browser context per run; ${RUNS} pairs, alternating which runs first.`,
      '',
      '| page | median | min – max |',
      '|---|---:|---|',
      `| library (\`dist/portal-widgets.js\`, data fetched) | ${ms(median(pairs.map((p) => p.library)))} | ${ms(Math.min(...pairs.map((p) => p.library)))} – ${ms(Math.max(...pairs.map((p) => p.library)))} |`,
      `| static HTML (the same shadow DOM and styles, declarative) | ${ms(median(pairs.map((p) => p.static)))} | ${ms(Math.min(...pairs.map((p) => p.static)))} – ${ms(Math.max(...pairs.map((p) => p.static)))} |`,
      '',
      `Median ratio of the pairs: **${ratio.toFixed(2)}×** (goal ≤ ${GOAL}×: ${ratio <= GOAL ? 'met' : '**not met**'}).`,
      '',
      "Where the time goes: the static page needs two round trips in a row (the HTML, then its pictures); the library's page four (the HTML, `portal-widgets.js`, then the documents with the full article's chunk and the sanitiser side by side, then the pictures, whose URLs are in the documents), plus the script's work under the 4× slowdown. The round trip a page can take out is its own: inline the article in the HTML (the `portal-widgets snapshot` fallback) or render it on the server.",
      '',
    ].join('\n');
    await writeFile(join(ROOT, 'bench/CONTENT-TIME.md'), report);
    console.log(report);
  } finally {
    await browser.close();
    server.close();
  }
}

await main();

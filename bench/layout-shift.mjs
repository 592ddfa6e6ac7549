// `node bench/layout-shift.mjs` (after `npm run build`): the layout shift the
// built drop-in file causes, measured with a PerformanceObserver for
// `layout-shift` entries in headless Chromium, and written to
// bench/LAYOUT-SHIFT.md.
//
// 1. Each element and variant alone in a 400 px column with text above and
//    below it (viewport 432 × 900), its data answered after 300 ms and its
//    images after 600 ms: the shift when the element first appears (upgrade
//    to skeleton), and its own shift after that first frame (skeleton →
//    content → images), which is the part the library answers for.
// 2. The demo page (demo/index.html with its embedded API) on load, at
//    1280 × 900 and 380 × 800: every shift until the network is idle and
//    a second more.
//
// With `--shots DIR`, also saves full-page captures of the demo at both
// widths. Environment: CHROMIUM_PATH, as for run.mjs. Not part of `npm test`.

import { createServer } from 'node:http';
import { access, constants, readFile, writeFile } from 'node:fs/promises';
import { delimiter, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { handleApi, route } from '../demo/api.mjs';
import { feed } from './data.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATA_DELAY = 300;
const IMAGE_DELAY = 600;
const GOAL = { own: 0.01, demo: 0.02 };

const VARIANTS = [
  ['<news-list> list, limit 5', 'news-list', 'limit="5"', 'feed'],
  ['<news-list> compact, limit 5', 'news-list', 'layout="compact" limit="5"', 'feed'],
  ['<news-list> cards, limit 3', 'news-list', 'layout="cards" limit="3"', 'feed'],
  ['<related-articles>', 'related-articles', '', 'related'],
  ['<website-links> select', 'website-links', '', 'links'],
  ['<website-links> list', 'website-links', 'variant="list"', 'links'],
  ['<website-links> logos', 'website-links', 'variant="logos"', 'links'],
  ['<article-card> card', 'article-card', '', 'article'],
  ['<article-card> horizontal', 'article-card', 'variant="horizontal"', 'article'],
  // The same lists with the synthetic feed of bench/data.mjs, whose first titles are long (88 characters on average).
  ['<news-list> list, limit 5, synthetic feed', 'news-list', 'limit="5"', 'synthetic'],
  ['<news-list> compact, limit 5, synthetic feed', 'news-list', 'layout="compact" limit="5"', 'synthetic'],
];

const delayedImage = (url) => url && `/cls/img${new URL(url, 'http://x').pathname}`;
const demoDocument = (path) => JSON.parse(route('GET', path).body);
const slowImages = (document) => ({
  ...document,
  items: document.items.map((item) => ({ ...item, image: delayedImage(item.image) })),
});

/**
 * What each variant loads: the demo portal's documents (titles and dates of
 * the reference page's lists), every image slow.
 */
const DOCUMENTS = {
  feed: slowImages(demoDocument('/api/feed.json')),
  related: slowImages(demoDocument('/api/articles/6241/newer.json')),
  links: (({ links, ...rest }) => ({ ...rest, links: links.map((link) => ({ ...link, logo: delayedImage(link.logo) })) }))(
    demoDocument('/api/links.json'),
  ),
  // An article of the feed: the reference page's own article has its photo in the body.
  article: slowImages(demoDocument('/api/feed.json')).items[0],
  synthetic: slowImages(feed({ count: 20 })),
};

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The `:not(:defined)` rules of the README's "Avoid layout shift" section. */
const README_RULES = (await readFile(join(ROOT, 'README.md'), 'utf8')).match(/```css\n(\/\* Heights for a column[^]*?)```/)[1];

function variantPage(tag, attrs, kind, reserve) {
  const paragraph =
    '<p>Đoạn văn của trang chủ, phía dưới khối: nội dung này không được dịch chuyển khi khối tải xong dữ liệu và ảnh.</p>';
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<script>
  window.shifts = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) shifts.push({ at: e.startTime, value: e.value }); })
    .observe({ type: 'layout-shift', buffered: true });
</script>
<style>body { margin: 0; font: 16px/1.5 sans-serif } .column { width: 400px; padding: 16px } ${reserve ? README_RULES : ''}</style>
<script type="module" src="/dist/portal-widgets.js"></script>
</head><body><div class="column"><h1>Trang của cơ quan</h1>${paragraph}
<${tag} ${attrs} src="/cls/data/${kind}.json"></${tag}>
${paragraph.repeat(8)}</div>
<script type="module">
  const el = document.querySelector('${tag}');
  await customElements.whenDefined('${tag}');
  await new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame)));
  window.skeletonAt = performance.now();
  await new Promise((loaded) => el.addEventListener('portal-load', loaded, { once: true }));
  window.loaded = true;
</script></body></html>`;
}

async function serveFile(res, pathname) {
  const file = normalize(join(ROOT, decodeURIComponent(pathname)));
  if (!file.startsWith(ROOT) || file.includes('node_modules')) return res.writeHead(404).end();
  try {
    const body = await readFile(file);
    res
      .writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' })
      .end(body);
  } catch {
    res.writeHead(404).end();
  }
}

function startServer() {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const [, area, what, ...rest] = url.pathname.split('/');
    if (area === 'api') return handleApi(req, res, url);
    if (area === 'cls' && what === 'page') {
      const [, tag, attrs, kind] = VARIANTS[Number(rest[0])];
      const page = variantPage(tag, attrs, kind, url.searchParams.has('reserve'));
      return res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page);
    }
    if (area === 'cls' && what === 'data') {
      await wait(DATA_DELAY);
      const body = JSON.stringify(DOCUMENTS[rest[0].replace('.json', '')]);
      return res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end(body);
    }
    if (area === 'cls' && what === 'img') {
      await wait(IMAGE_DELAY);
      // Any picture will do: the point is when it arrives, not what it shows.
      return serveFile(res, rest[0] === 'demo' ? `/${rest.join('/')}` : '/demo/img/chinh-tri.svg');
    }
    return serveFile(res, url.pathname === '/' ? '/demo/index.html' : url.pathname);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function findChromium() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome']) {
      const candidate = join(dir, name);
      if (
        await access(candidate, constants.X_OK).then(
          () => true,
          () => false,
        )
      )
        return candidate;
    }
  }
  throw new Error('no Chromium found: set CHROMIUM_PATH');
}

const sum = (shifts) => shifts.reduce((total, shift) => total + shift.value, 0);
const fixed = (value) => value.toFixed(3);

async function measureVariant(browser, origin, index, reserve) {
  const page = await browser.newPage();
  await page.setViewport({ width: 432, height: 900 });
  await page.goto(`${origin}/cls/page/${index}${reserve ? '?reserve' : ''}`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.loaded === true, { timeout: 10_000 });
  await wait(IMAGE_DELAY + 1000);
  const { shifts, skeletonAt } = await page.evaluate(() => ({ shifts: window.shifts, skeletonAt: window.skeletonAt }));
  await page.close();
  return { appear: sum(shifts.filter((s) => s.at <= skeletonAt)), own: sum(shifts.filter((s) => s.at > skeletonAt)) };
}

async function measureDemo(browser, origin, width, height, shots) {
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  await page.evaluateOnNewDocument(() => {
    window.shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.shifts.push({ at: e.startTime, value: e.value });
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${origin}/`, { waitUntil: 'networkidle0' });
  await wait(1000);
  const shifts = await page.evaluate(() => window.shifts);
  if (shots) await page.screenshot({ path: join(shots, `demo-${width}.png`), fullPage: true });
  await page.close();
  return sum(shifts);
}

async function main() {
  const shotsAt = process.argv.indexOf('--shots');
  const shots = shotsAt > 0 ? process.argv[shotsAt + 1] : undefined;
  await access(join(ROOT, 'dist/portal-widgets.js')).catch(() => {
    throw new Error('dist/portal-widgets.js is missing: run `npm run build` first');
  });
  const server = await startServer();
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({
    executablePath: await findChromium(),
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--hide-scrollbars',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
  try {
    const rows = [];
    for (const [index, [name]] of VARIANTS.entries()) {
      const reserved = await measureVariant(browser, origin, index, true);
      rows.push({
        name,
        ...(await measureVariant(browser, origin, index, false)),
        reservedAppear: reserved.appear,
        reservedOwn: reserved.own,
      });
    }
    const demo = [];
    for (const [width, height] of [
      [1280, 900],
      [380, 800],
    ])
      demo.push({ width, cls: await measureDemo(browser, origin, width, height, shots) });
    const ok = (value, goal) => (value <= goal ? 'yes' : '**no**');
    const report = [
      '# Layout shift',
      '',
      `Written by \`node bench/layout-shift.mjs\` (${new Date().toISOString().slice(0, 10)}, ${await browser.version()}).`,
      '',
      `Each element alone in a 400 px column, text above and below, data after ${DATA_DELAY} ms, images after ${IMAGE_DELAY} ms.`,
      `"Own shift" is every \`layout-shift\` entry after the element's first frame (the skeleton); goal ≤ ${GOAL.own}.`,
      '',
      "The first appearance is the page's to reserve: the last columns add the README's `:not(:defined)` rules to the page.",
      '',
      '| element, variant | own shift after the skeleton | shift when it first appears | goal met | with the README rules: first appearance | own |',
      '|---|---:|---:|---|---:|---:|',
      ...rows.map(
        (r) =>
          `| \`${r.name}\` | ${fixed(r.own)} | ${fixed(r.appear)} | ${ok(r.own, GOAL.own)} | ${fixed(r.reservedAppear)} | ${fixed(r.reservedOwn)} |`,
      ),
      '',
      `The demo page on load (its \`:not(:defined)\` reservations from the README), sum of all shifts; goal ≤ ${GOAL.demo}:`,
      '',
      '| viewport width | CLS | goal met |',
      '|---:|---:|---|',
      ...demo.map((d) => `| ${d.width} px | ${fixed(d.cls)} | ${ok(d.cls, GOAL.demo)} |`),
      '',
    ].join('\n');
    await writeFile(join(ROOT, 'bench/LAYOUT-SHIFT.md'), report);
    console.log(report);
  } finally {
    await browser.close();
    server.close();
  }
}

await main();

// `node bench/layout-shift.mjs` (after `npm run build`): the layout shift the
// built drop-in file causes, on documents it has never seen (bench/generate.mjs),
// measured with a PerformanceObserver for `layout-shift` entries in headless
// Chromium, and written to bench/LAYOUT-SHIFT.md.
//
// 1. The seed article page (bench/seed-page.mjs: the README's markup and its
//    "Avoid layout shift" CSS) at 1280 × 900 and 380 × 800, its documents
//    answered after 300 ms and its pictures after 600 ms: every shift until
//    everything has loaded and a second more (the sum, which is at least the
//    page's CLS), for several seeds.
// 2. Each element and variant alone in a 400 px column with text above and
//    below it, the page with the README's rules: the shift when it first
//    appears, and its own shift after its first frame (skeleton → content →
//    images), which is the part the library answers for; for several
//    generated documents each (titles of 20–160 characters, 3–20 links).
//
// Options: `--seeds N` (default 5), `--shots DIR` (full-page captures of the
// seed page), `--seed-text FILE` (see seed-page.mjs). Not part of `npm test`.

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { feed, links, article } from './generate.mjs';
import { README_RULES, ROOT, SHIFT_OBSERVER, launch, machineNote, median, startServer, sum, wait } from './harness.mjs';
import { seedDocuments, seedPage } from './seed-page.mjs';

const DATA_DELAY = 300;
const IMAGE_DELAY = 600;
const GOAL = { own: 0.01, page: 0.02 };
const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const SEEDS = Array.from({ length: Number(option('--seeds', 5)) }, (_, i) => 101 + i);

const VARIANTS = [
  ['<news-list> list, limit 5', 'news-list', 'limit="5"', 'feed'],
  ['<news-list> compact, limit 5', 'news-list', 'layout="compact" limit="5"', 'feed'],
  ['<news-list> cards, limit 3', 'news-list', 'layout="cards" limit="3"', 'feed'],
  ['<news-list> featured, limit 5', 'news-list', 'layout="featured" limit="5"', 'feed'],
  ['<related-articles> (article-src)', 'related-articles', 'article-src', 'article'],
  ['<website-links> select', 'website-links', '', 'links'],
  ['<website-links> list', 'website-links', 'variant="list"', 'links'],
  ['<website-links> logos', 'website-links', 'variant="logos"', 'links'],
  ['<article-card> card', 'article-card', '', 'article'],
  ['<article-card> horizontal', 'article-card', 'variant="horizontal"', 'article'],
];

const DOCUMENTS = {
  feed: (seed) => feed(seed, 12),
  links: (seed) => links(seed),
  article: (seed) => {
    const { content_html: _body, ...card } = article(seed);
    return card;
  },
};

function variantPage(url) {
  const [, tag, attrs, kind] = VARIANTS[Number(url.searchParams.get('variant'))];
  const seed = url.searchParams.get('seed');
  const paragraph =
    '<p>Đoạn văn của trang chủ, phía dưới khối: nội dung này không được dịch chuyển khi khối tải xong dữ liệu và ảnh.</p>';
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
${SHIFT_OBSERVER}
<style>body { margin: 0; font: 16px/1.5 sans-serif } .column { width: 400px; padding: 16px } ${README_RULES}</style>
<script type="module" src="/dist/portal-widgets.js"></script>
</head><body><div class="column"><h1>Trang của cơ quan</h1>${paragraph}
<${tag} ${attrs === 'article-src' ? '' : attrs} ${attrs === 'article-src' ? 'article-src' : 'src'}="/data/${kind}-${seed}.json"></${tag}>
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

/** The first view of the element, then a second one in the same tab (its sessionStorage remembers the element's height). */
async function measureVariant(browser, origin, index, seed) {
  const page = await browser.newPage();
  await page.setViewport({ width: 432, height: 900 });
  const views = [];
  for (let view = 0; view < 2; view++) {
    await page.goto(`${origin}/variant?variant=${index}&seed=${seed}`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.loaded === true, { timeout: 20_000 });
    await wait(IMAGE_DELAY + 1000);
    // The element remembers its height once the page is idle: the second view comes after that.
    await page.waitForFunction(() => Object.keys(sessionStorage).some((key) => key.includes(':height:')), { timeout: 10_000 });
    const { shifts, skeletonAt } = await page.evaluate(() => ({ shifts: window.shifts, skeletonAt: window.skeletonAt }));
    views.push({ appear: sum(shifts.filter((s) => s.at <= skeletonAt)), own: sum(shifts.filter((s) => s.at > skeletonAt)) });
  }
  await page.close();
  return { ...views[0], again: views[1].own };
}

async function measureSeedPage(browser, origin, seed, [width, height], shots) {
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  await page.goto(`${origin}/seed?seed=${seed}`, { waitUntil: 'networkidle0', timeout: 30_000 });
  await wait(1000);
  const shifts = await page.evaluate(() => window.shifts);
  if (shots) await page.screenshot({ path: join(shots, `seed-${seed}-${width}.png`), fullPage: true });
  await page.close();
  return { cls: sum(shifts), shifts };
}

async function main() {
  const shots = option('--shots');
  const documents = {};
  for (const seed of SEEDS) {
    Object.assign(documents, await seedDocuments(seed));
    for (const [kind, make] of Object.entries(DOCUMENTS)) documents[`${kind}-${seed}.json`] = make(seed);
  }
  const { server, origin } = await startServer({
    pages: {
      '/variant': variantPage,
      '/seed': (url) => seedPage(Number(url.searchParams.get('seed')), { head: SHIFT_OBSERVER }),
    },
    documents,
    delays: { data: DATA_DELAY, image: IMAGE_DELAY },
  });
  const browser = await launch();
  try {
    const note = await machineNote(browser);
    const seedRows = [];
    for (const viewport of [
      [1280, 900],
      [380, 800],
    ]) {
      const runs = [];
      for (const seed of SEEDS) runs.push(await measureSeedPage(browser, origin, seed, viewport, shots));
      seedRows.push({ width: viewport[0], runs });
      if (process.env.BENCH_VERBOSE) console.log(viewport[0], JSON.stringify(runs.map((r) => r.shifts)));
    }
    const rows = [];
    for (const [index, [name]] of VARIANTS.entries()) {
      const runs = [];
      for (const seed of SEEDS) runs.push(await measureVariant(browser, origin, index, seed));
      rows.push({ name, runs });
    }
    const fixed = (value) => value.toFixed(3);
    const ok = (value, goal) => (value <= goal ? 'yes' : '**no**');
    const worst = (runs, key) => Math.max(...runs.map((run) => run[key]));
    const report = [
      '# Layout shift',
      '',
      `Written by \`node bench/layout-shift.mjs\` (${new Date().toISOString().slice(0, 10)}). Machine: ${note}`,
      '',
      `Documents generated from seeds ${SEEDS[0]}–${SEEDS.at(-1)} (bench/generate.mjs): titles of 20–160 characters, summaries of 0–320, images or none, 3–20 links, a part of the text in decomposed Unicode. Data after ${DATA_DELAY} ms, pictures after ${IMAGE_DELAY} ms.`,
      '',
      `## The seed article page (bench/seed-page.mjs), README CSS copied in; goal ≤ ${GOAL.page}`,
      '',
      "Sum of every `layout-shift` entry until the network is idle and a second more (at least the page's CLS).",
      '',
      '| viewport width | median | worst | goal met (worst) |',
      '|---:|---:|---:|---|',
      ...seedRows.map((row) => {
        const values = row.runs.map((run) => run.cls);
        return `| ${row.width} px | ${fixed(median(values))} | ${fixed(Math.max(...values))} | ${ok(Math.max(...values), GOAL.page)} |`;
      }),
      '',
      `## Each element alone in a 400 px column, README CSS; goal ≤ ${GOAL.own} after its first frame`,
      '',
      '"Own shift" is every `layout-shift` entry after the element\'s first frame (its skeleton): skeleton → content → images. "First appearance" is the shift up to that frame (the page\'s reservation against the skeleton).',
      '',
      '"Second view" loads the same page again in the same tab, whose sessionStorage remembers the height the element had with its content.',
      '',
      '| element, variant | own shift: median | own shift: worst | goal met (worst) | first appearance: worst | second view: own shift, worst |',
      '|---|---:|---:|---|---:|---:|',
      ...rows.map(
        (r) =>
          `| \`${r.name}\` | ${fixed(median(r.runs.map((run) => run.own)))} | ${fixed(worst(r.runs, 'own'))} | ${ok(worst(r.runs, 'own'), GOAL.own)} | ${fixed(worst(r.runs, 'appear'))} | ${fixed(worst(r.runs, 'again'))} |`,
      ),
      '',
      "A links document's count of links and its groups are unknown until it arrives: the list and logo variants are boxes of a fixed height (`--portal-link-rows`, `--portal-logo-rows`) whose links scroll inside them, so neither the count nor the length of the names moves them, on a first view as on a second.",
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

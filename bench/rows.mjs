// `node bench/rows.mjs` (after `npm run build`): 1,000 rows given as `.data`
// to the first frame that shows them, `<news-list>` against hand-written DOM
// code with the same markup (heading, `ul > li > a` and
// `(<time datetime>dd/MM/yyyy</time>)`) in a shadow root with the element's
// own style sheets. Both lay out every row: the page turns the library's
// `content-visibility` off (`::part(item)`) on both sides, so neither skips
// rows off screen. The feed is generated (bench/generate.mjs: titles of 20–160
// characters) and in the page before the timer starts; each run starts on an
// empty stage, after two idle frames. Library and hand-written runs alternate,
// the first of each pair swapping; the report gives the median of the pairs'
// ratios. Goal: at most 1.2×. Writes bench/ROWS.md.
//
// Options: `--pairs N` (default 15), `--rows N` (default 1000). Not part of `npm test`.

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { feed } from './generate.mjs';
import { ROOT, launch, machineNote, median, startServer } from './harness.mjs';

const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const PAIRS = option('--pairs', 15);
const ROWS = option('--rows', 1000);
const GOAL = 1.2;

const PAGE = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<style>
  body { margin: 0; font: 16px/1.5 sans-serif } #stage { width: 600px; padding: 16px }
  news-list::part(item), .hand::part(item) { content-visibility: visible }
</style>
<script type="module" src="/dist/portal-widgets.js"></script>
</head><body><div id="stage"></div>
<script type="module">
  const stage = document.getElementById('stage');
  const feed = await (await fetch('/data/rows.json')).json();
  await customElements.whenDefined('news-list');
  const sheets = customElements.get('news-list').elementStyles.map((style) => style.styleSheet);
  const dates = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' });
  const frame = () => new Promise((done) => requestAnimationFrame(() => { const channel = new MessageChannel(); channel.port1.onmessage = () => done(performance.now()); channel.port2.postMessage(0); }));

  const row = (item) => {
    const li = document.createElement('li');
    li.setAttribute('part', 'item');
    const a = document.createElement('a');
    a.setAttribute('part', 'link');
    a.href = new URL(item.url, document.baseURI).href;
    a.textContent = item.title;
    const time = document.createElement('time');
    time.setAttribute('part', 'date');
    time.setAttribute('datetime', item.date_published);
    time.textContent = dates.format(Date.parse(item.date_published));
    const date = document.createElement('span');
    date.className = 'date';
    date.append('(', time, ')');
    li.append(a, ' ', date);
    return li;
  };

  const sides = {
    library() {
      const el = document.createElement('news-list');
      el.limit = feed.items.length;
      el.data = feed;
      stage.append(el);
      return () => el.shadowRoot.querySelectorAll('[part~="item"]').length;
    },
    hand() {
      const host = document.createElement('div');
      host.className = 'hand';
      const root = host.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = sheets;
      const heading = document.createElement('h2');
      heading.className = 'heading';
      heading.setAttribute('part', 'heading');
      heading.textContent = 'Tin mới nhất';
      const list = document.createElement('ul');
      list.className = 'items list long';
      list.setAttribute('part', 'list');
      list.append(...feed.items.map(row));
      root.append(heading, list);
      stage.append(host);
      return () => root.querySelectorAll('[part~="item"]').length;
    },
  };

  window.measure = async (side) => {
    stage.replaceChildren();
    await frame();
    await frame();
    const start = performance.now();
    const count = sides[side]();
    const end = await frame();
    if (count() !== feed.items.length) throw new Error(side + ' rendered ' + count() + ' rows');
    return end - start;
  };
  window.ready = true;
</script></body></html>`;

async function main() {
  const { server, origin } = await startServer({ pages: { '/rows': PAGE }, documents: { 'rows.json': feed(3, ROWS) } });
  const browser = await launch();
  try {
    const note = await machineNote(browser);
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`${origin}/rows`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.ready === true);
    const measure = (side) => page.evaluate((name) => window.measure(name), side);
    for (const side of ['library', 'hand', 'library', 'hand']) await measure(side);
    const pairs = [];
    for (let run = 0; run < PAIRS; run++) {
      const order = run % 2 ? ['hand', 'library'] : ['library', 'hand'];
      const times = {};
      for (const side of order) times[side] = await measure(side);
      pairs.push(times);
    }
    await page.close();
    const ratio = median(pairs.map((pair) => pair.library / pair.hand));
    const ms = (values) =>
      `${median(values).toFixed(1)} ms (${Math.min(...values).toFixed(1)} – ${Math.max(...values).toFixed(1)})`;
    const report = [
      `# ${ROWS.toLocaleString('en')} rows from \`.data\` to the first frame`,
      '',
      `Written by \`node bench/rows.mjs\` (${new Date().toISOString().slice(0, 10)}). Machine: ${note}`,
      '',
      `\`<news-list>\` given a generated JSON Feed of ${ROWS.toLocaleString('en')} items as \`.data\` (layout \`list\`, \`limit\` as many), against hand-written DOM code building the same markup in a shadow root with the element's own style sheets; both lay out every row (\`::part(item) { content-visibility: visible }\` on both). From the first line of each side's code to the first frame after it; ${PAIRS} pairs, alternating which runs first.`,
      '',
      '| side | median (min – max) |',
      '|---|---|',
      `| \`<news-list>\` \`.data\` | ${ms(pairs.map((p) => p.library))} |`,
      `| hand-written DOM | ${ms(pairs.map((p) => p.hand))} |`,
      '',
      `Median ratio of the pairs: **${ratio.toFixed(2)}×** (goal ≤ ${GOAL}×: ${ratio <= GOAL ? 'met' : '**not met**'}).`,
      '',
    ].join('\n');
    await writeFile(join(ROOT, 'bench/ROWS.md'), report);
    console.log(report);
  } finally {
    await browser.close();
    server.close();
  }
}

await main();

// `node bench/heights.mjs` (after `npm run build`): the loading height of each
// element and variant, in `em` of a 16 px font, in columns of 360 and 700 px,
// as the README's "Avoid layout shift" table gives them. Each element is
// shown in a column of that width with its data held back (it never comes),
// so what is measured is the skeleton, heading included. Prints a Markdown table.

import { launch, startServer } from './harness.mjs';

const ROWS = [
  ['`<news-list>` list, limit 5', 'news-list', 'limit="5"'],
  ['`<news-list>` compact, limit 5', 'news-list', 'layout="compact" limit="5"'],
  ['`<news-list>` cards, limit 3', 'news-list', 'layout="cards" limit="3"'],
  ['`<news-list>` featured, limit 5', 'news-list', 'layout="featured" limit="5"'],
  ['`<related-articles>`, limit 5', 'related-articles', ''],
  ['`<website-links>` select', 'website-links', ''],
  ['`<website-links>` list (any number of links)', 'website-links', 'variant="list"'],
  ['`<website-links>` logos (any number of links)', 'website-links', 'variant="logos"'],
  ['`<article-card>` card', 'article-card', ''],
  ['`<article-card>` horizontal', 'article-card', 'variant="horizontal"'],
];

const page = (width) => `<!doctype html><html lang="vi"><head><meta charset="utf-8">
<style>body { margin: 0; font: 16px/1.5 sans-serif } .column { width: ${width}px }</style>
<script type="module" src="/dist/portal-widgets.js"></script></head><body>
${ROWS.map(([, tag, attrs], i) => `<div class="column"><${tag} id="e${i}" ${attrs} src="/never"></${tag}></div>`).join('\n')}
</body></html>`;

const { server, origin } = await startServer({ pages: { '/360': page(360), '/700': page(700) } });
const browser = await launch();
try {
  const heights = {};
  for (const width of [360, 700]) {
    const tab = await browser.newPage();
    await tab.setViewport({ width: 1280, height: 900 });
    await tab.setRequestInterception(true);
    // The data is never answered: the elements stay in their loading state.
    tab.on('request', (request) => (request.url().endsWith('/never') ? undefined : request.continue()));
    await tab.goto(`${origin}/${width}`, { waitUntil: 'load' });
    heights[width] = await tab.evaluate(async (count) => {
      await Promise.all(
        ['news-list', 'related-articles', 'website-links', 'article-card'].map((tag) => customElements.whenDefined(tag)),
      );
      await new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame)));
      return Array.from({ length: count }, (_, i) => document.getElementById(`e${i}`).getBoundingClientRect().height / 16);
    }, ROWS.length);
    await tab.close();
  }
  const em = (value) => `${(Math.ceil(value * 2) / 2).toString()}em`;
  console.log('| element, variant | column of ~360 px | column of ~700 px |\n|---|---:|---:|');
  ROWS.forEach(([name], i) => console.log(`| ${name} | ${em(heights[360][i])} | ${em(heights[700][i])} |`));
} finally {
  await browser.close();
  server.close();
}

// The article page of a provincial portal, as a site builds it from the
// README: a header; in the main column the article (`<article-card
// variant="full">`), "Các tin mới hơn" (`<news-list limit="5">`) and "Các bài
// liên quan" (`<related-articles>`); "Liên kết website" (`<website-links>`)
// in a 300 px sidebar; a footer. The page copies the README's "Avoid layout
// shift" CSS. Its documents come from bench/generate.mjs, or the article's
// paragraphs from a text file (`--seed-text FILE`, paragraphs split at blank
// lines), so the page can carry a real article.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { article, feed, links } from './generate.mjs';
import { README_RULES, ROOT } from './harness.mjs';

/** The README's code block of hints ("Start the script and the data with the page"), as a page copies it. */
const README_HINTS = (await readFile(join(ROOT, 'README.md'), 'utf8')).match(
  /### Start the script and the data with the page\n[^]*?```html\n([^]*?)```/,
)[1];

/**
 * The README's hints written for a page: each `<link>` of its block as it is,
 * its `href` made the page's own. The script's `modulepreload` takes
 * `script`; one whose file name the README writes with "…" (a hash) takes each
 * file of `chunks` whose name starts the same; the data's `preload` is
 * repeated for each URL of `data`; the photo's, `photo` (none without it). Comments and the script tag are left to the page.
 */
export function readmeHints({ script, chunks, data, photo }) {
  const hrefs = (href, tag) => {
    const name = href.split('/').pop();
    if (/as="image"/.test(tag)) return photo ? [photo] : [];
    if (/^https?:/.test(href)) return data;
    if (!name.includes('…')) return [script];
    const prefix = name.slice(0, name.indexOf('…'));
    return chunks.filter((chunk) => chunk.split('/').pop().startsWith(prefix));
  };
  return [...README_HINTS.matchAll(/<link [^>]*>/g)]
    .flatMap(([tag]) => hrefs(tag.match(/href="([^"]*)"/)[1], tag).map((href) => tag.replace(/href="[^"]*"/, `href="${href}"`)))
    .join('\n');
}

/** The documents of the page for `seed`, under /data/. */
export async function seedDocuments(seed) {
  const at = process.argv.indexOf('--seed-text');
  const body =
    at > 0
      ? (await readFile(process.argv[at + 1], 'utf8'))
          .split(/\n\s*\n/)
          .map((paragraph) => paragraph.trim())
          .filter((paragraph) => paragraph.length > 40)
      : undefined;
  return {
    [`article-${seed}.json`]: article(seed, { body }),
    [`newer-${seed}.json`]: feed(seed + 1, 8),
    [`links-${seed}.json`]: links(seed + 2),
  };
}

const STYLE = `
  body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: #1f1f1f }
  header { background: #0b4f8a; color: #fff; padding: 24px 16px } header h1 { margin: 0; font-size: 1.5rem }
  nav.site { background: #083b67; padding: 8px 16px } nav.site a { color: #fff; margin-right: 16px }
  .layout { display: grid; grid-template-columns: minmax(0, 1fr) 300px; gap: 24px; max-width: 1200px; margin: 0 auto; padding: 16px }
  main > * + * { margin-top: 24px }
  @media (max-width: 700px) { .layout { grid-template-columns: minmax(0, 1fr) } }
  footer { background: #eee; padding: 32px 16px; margin-top: 32px }
`;

/**
 * The page's HTML. `script` is the library's file (none: the static copy
 * writes its own), `head` what goes before it (an observer of shifts), and
 * `elements` replaces the four elements' markup (the static copy).
 */
export function seedPage(seed, { script = '/dist/portal-widgets.js', head = '', elements } = {}) {
  const markup = elements ?? {
    article: `<article-card variant="full" src="/data/article-${seed}.json"></article-card>`,
    newer: `<news-list limit="5" heading="Các tin mới hơn" src="/data/newer-${seed}.json" more-href="https://portal.example/tin-tuc">
        <a href="https://portal.example/tin-tuc">Tin tức</a>
      </news-list>`,
    related: `<related-articles article-src="/data/article-${seed}.json"></related-articles>`,
    links: `<website-links src="/data/links-${seed}.json"></website-links>`,
  };
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Bài viết</title>${head}
<style>${STYLE}${README_RULES}</style>
${script ? `<script type="module" src="${script}"></script>` : ''}
</head><body>
<header><h1>Cổng thông tin điện tử tỉnh Hải Dương</h1></header>
<nav class="site"><a href="https://portal.example/">Trang chủ</a><a href="https://portal.example/tin-tuc">Tin tức</a><a href="https://portal.example/lien-he">Liên hệ</a></nav>
<div class="layout">
  <main>
    ${markup.article}
    ${markup.newer}
    ${markup.related}
  </main>
  <aside>
    ${markup.links}
    <p>Đường dây nóng: 0220 3 123 456</p>
  </aside>
</div>
<footer><p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Hải Dương</p><p>Địa chỉ: 45 Quang Trung, thành phố Hải Dương</p></footer>
</body></html>`;
}

// The design measured against per-element files in bench/sizes.mjs (and not
// shipped): one entry that loads an element's code the first time its tag is
// in the document, and starts each element's data request at once, beside it.
import { loadBytes } from '../../src/load/load.js';

const ELEMENTS: Record<string, () => Promise<unknown>> = {
  'news-list': () => import('../../src/news-list/news-list.js'),
  'related-articles': () => import('../../src/related-articles/related-articles.js'),
  'website-links': () => import('../../src/website-links/website-links.js'),
  'article-card': () => import('../../src/article-card/article-card.js'),
};

const seen = new Set<string>();

function upgrade(root: ParentNode) {
  for (const [tag, load] of Object.entries(ELEMENTS)) {
    const found = root.querySelectorAll(tag);
    for (const element of found) {
      const src = element.getAttribute('src');
      if (src) void loadBytes(new URL(src, document.baseURI).href).catch(() => undefined);
    }
    if (found.length && !seen.has(tag)) {
      seen.add(tag);
      void load();
    }
  }
}

upgrade(document);
new MutationObserver(() => upgrade(document)).observe(document.documentElement, { childList: true, subtree: true });

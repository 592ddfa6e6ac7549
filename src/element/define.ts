import { measureBeforeUpgrade } from './reserve.js';

/** The library's tags: a script usually defines them one after another, in one task. */
const TAGS = ['news-list', 'related-articles', 'website-links', 'article-card'];

/** Whether `define` is upgrading the elements the document holds (see `upgrading`). */
let inUpgrade = false;

/**
 * Whether the element being connected is one the page holds, upgraded as its
 * tag is defined (not one a script adds later, which may be removed in the
 * same go).
 */
export const upgrading = () => inUpgrade;

/** The tags whose elements were measured in this task. */
let measured: Set<string> | undefined;

/**
 * The heights before upgrade, read once for the library's tags not yet
 * defined (and `tag`) rather than once per tag: each upgrade changes the
 * page, and reading a height after it costs a layout of the page. The
 * upgrade of one tag leaves the height of another's elements as it was.
 * Read again in a later task, when the page may have changed.
 */
function measure(tag: string) {
  if (measured?.has(tag)) return;
  const tags = [...new Set([tag, ...TAGS])].filter((name) => !customElements.get(name) && !measured?.has(name));
  if (!measured) {
    measured = new Set();
    queueMicrotask(() => {
      measured = undefined;
    });
  }
  for (const name of tags) measured.add(name);
  measureBeforeUpgrade(tags);
}

/**
 * Registers `element` under `tag` unless the tag is taken (a second copy of
 * the library, or a site that owns the name). A fresh subclass is registered
 * so the exported class itself stays free for
 * `customElements.define('my-name', NewsList)`. The heights of the tag's
 * elements are read first, while the page's `:not(:defined)` rules still hold.
 */
export function define(tag: string, element: CustomElementConstructor) {
  if (!customElements.get(tag)) {
    measure(tag);
    inUpgrade = true;
    try {
      customElements.define(tag, class extends element {});
    } finally {
      inUpgrade = false;
    }
  }
}

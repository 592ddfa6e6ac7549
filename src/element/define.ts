import { measureBeforeUpgrade } from './reserve.js';

/**
 * Registers `element` under `tag` unless the tag is taken (a second copy of
 * the library, or a site that owns the name). A fresh subclass is registered
 * so the exported class itself stays free for
 * `customElements.define('my-name', NewsList)`. The heights of the tag's
 * elements are read first, while the page's `:not(:defined)` rules still hold.
 */
export function define(tag: string, element: CustomElementConstructor) {
  if (!customElements.get(tag)) {
    measureBeforeUpgrade(tag);
    customElements.define(tag, class extends element {});
  }
}

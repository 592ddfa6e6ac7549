// The browser's reader of character references, plugged into `decodeEntities`
// (core/text.ts): every name HTML has, read by the browser's own HTML parser,
// so no table of names is shipped. A reference goes into a `<textarea>` of an
// inert document, whose content the parser reads as text with references
// (RCDATA): no tag is parsed, nothing runs or loads. Each name is read once
// (`decodeEntities` keeps what it read).

import type { EntityDecoder } from '../core/text.js';
import { parseMarkup } from './trusted-types.js';

interface SafeHtml {
  /** The Sanitizer API's safe method: not a Trusted Types sink. */
  setHTML?(html: string): void;
}

/** `undefined` until first used; `null` when this browser cannot read references without a refused sink. */
let field: (HTMLTextAreaElement & SafeHtml) | null | undefined;

/** A `<textarea>` in a document of its own, when `setHTML` can fill it. */
function inertField(): (HTMLTextAreaElement & SafeHtml) | null {
  if (field === undefined) {
    const area = document.implementation.createHTMLDocument('').createElement('textarea') as HTMLTextAreaElement & SafeHtml;
    field = typeof area.setHTML === 'function' ? area : null;
  }
  return field;
}

/** False once the page refused the parser (Trusted Types without the "portal-widgets" policy): asked once only. */
let parserAllowed = true;

/** `text` (without `<`) read by `DOMParser` as the content of a `<textarea>`; `undefined` when the page refuses the sink. */
function parsedAsTextarea(text: string): string | undefined {
  if (!parserAllowed) return undefined;
  try {
    // The parser drops one line feed right after `<textarea>`: this one.
    const doc = parseMarkup(`<textarea>\n${text}</textarea>`, 'text/html');
    return doc.querySelector('textarea')?.value;
  } catch {
    parserAllowed = false;
    return undefined;
  }
}

/**
 * Reads one reference (`&ocirc;`, `&copy2024`, `&#147;`) as the HTML parser
 * does; `undefined` where neither the Sanitizer API's `setHTML` nor the
 * "portal-widgets" policy is available.
 */
export const decodeInBrowser: EntityDecoder = (reference) => {
  if (!/^&(?:[A-Za-z][A-Za-z\d]*|#\d+|#[xX][\da-fA-F]+);?$/.test(reference)) return undefined;
  const area = inertField();
  if (area) {
    area.setHTML!(reference);
    return area.value;
  }
  return parsedAsTextarea(reference);
};

/** The browser's decoder where there is a DOM (`undefined` in Node, which plugs in its own). */
export const browserEntityDecoder = (): EntityDecoder | undefined =>
  typeof document === 'undefined' ? undefined : decodeInBrowser;

// The browser's reader of character references, plugged into `decodeEntities`
// (core/text.ts): every name HTML has, read by the browser's own HTML parser,
// so no table of names is shipped. A reference goes into a `<textarea>` of an
// inert document, whose content the parser reads as text with references
// (RCDATA): no tag is parsed, nothing runs or loads. Each name is read once
// (`decodeEntities` keeps what it read).

import type { EntityDecoder } from '../core/text.js';
import { trustedHtml } from './trusted-types.js';

interface SafeHtml {
  /** The Sanitizer API's safe method: not a Trusted Types sink. */
  setHTML?(html: string): void;
}

/** A `<textarea>` of a document of its own; `null` once the page refused to fill it (no Sanitizer API, Trusted Types without the "portal-widgets" policy). */
let field: (HTMLTextAreaElement & SafeHtml) | null | undefined;

function inertField(): (HTMLTextAreaElement & SafeHtml) | null {
  if (field === undefined) field = document.implementation.createHTMLDocument('').createElement('textarea');
  return field;
}

/** Fills the field with `html`: by the Sanitizer API's `setHTML` where there is one (not a sink), else `innerHTML` through the policy. */
function fill(area: HTMLTextAreaElement & SafeHtml, html: string): boolean {
  if (typeof area.setHTML === 'function') {
    area.setHTML(html);
    return true;
  }
  try {
    area.innerHTML = trustedHtml(html);
    return true;
  } catch {
    field = null;
    return false;
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
  return area && fill(area, reference) ? area.value : undefined;
};

/** The browser's decoder where there is a DOM (`undefined` in Node, which plugs in its own). */
export const browserEntityDecoder = (): EntityDecoder | undefined =>
  typeof document === 'undefined' ? undefined : decodeInBrowser;

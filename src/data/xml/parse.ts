// The one parse of a feed's repaired text, in an inert document.

import { PortalError } from '../../core/portal-error.js';
import { cleanText } from '../../core/text.js';
import { trustedHtml } from '../trusted-types.js';

/** Tags and CDATA sections, so that only `xmlns` values in tags are rewritten. */
const TAG_OR_CDATA = /<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<[^>]*/g;
const QUOTED_VALUE = /(\sxmlns(?::[\w.-]+)?\s*=\s*)?("[^"]*"|'[^']*')/g;
const HTML_NAMESPACES = /w3\.org(?=\/(1999\/x|2000\/s|1998\/M))/;

/**
 * Chromium checks the page's Content-Security-Policy on `style` and `on…`
 * attributes of (X)HTML, SVG and MathML elements even in an inert XML
 * document, so a strict host would see violations for Atom `xhtml` content.
 * In another namespace they are plain XML; `innerHTML` still serialises
 * them, and the body is sanitised as HTML later, as before. Only in the
 * values of `xmlns` attributes: CDATA sections and text (a title may quote
 * a namespace) are left as they are.
 */
function outOfHtmlNamespaces(text: string): string {
  if (!HTML_NAMESPACES.test(text)) return text;
  const inTag = (tag: string) =>
    tag.replace(QUOTED_VALUE, (value, declaration?: string) => (declaration ? value.replace(HTML_NAMESPACES, '') : value));
  return text.replace(TAG_OR_CDATA, (tag) => (tag[1] === '!' ? tag : inTag(tag)));
}

/**
 * The document of `text`, already repaired. It is inert: no script runs in
 * it and nothing from it is inserted into the page (bodies are sanitised
 * separately when rendered).
 */
export function parseXml(text: string, url: string): Document {
  try {
    // `DOMParser#parseFromString` is a Trusted Types sink: under `require-trusted-types-for 'script'`
    // the text goes through the "portal-widgets" policy, and a page that refuses it makes this throw.
    return new DOMParser().parseFromString(trustedHtml(outOfHtmlNamespaces(text)), 'application/xml');
  } catch {
    throw new PortalError('parse', 'Trusted Types on this page do not allow the "portal-widgets" policy needed to read XML', url);
  }
}

/** The parser's message when it gave up on the document. */
export function parseError(doc: Document): string | undefined {
  const error = doc.getElementsByTagName('parsererror')[0];
  // Chromium puts the message in a <div>, Firefox in the element itself.
  return error && cleanText((error.querySelector('div') ?? error).textContent ?? '');
}

import DOMPurify, { type Config } from 'dompurify';
import { safeUrl } from '../core/safe-url.js';
import type { Lang } from '../format/labels.js';
import { replaceFrames } from './embeds.js';

export { articleBodyStyles } from './article-body.styles.js';

// Loaded on demand (only `<article-card variant="full">` with a body needs it),
// so DOMPurify lands in its own chunk.

// DOMPurify parses the body into an inert document (its own `DOMParser`), and
// every decision is taken on that parsed tree; the clean nodes then move into
// the shadow root. But Chromium checks the page's Content-Security-Policy while
// it parses markup, into an inert document too (`DOMParser`,
// `Document.parseHTMLUnsafe`, a template, `createHTMLDocument` alike): under
// `script-src 'self'` and `style-src 'self'` every `on…=`, `style="…"` and
// <style> it meets is reported (to the host's report-uri too), though none
// would survive sanitising. Reading the markup to rename them beforehand would
// mean reading it as the parser does (quotes, comments, CDATA, raw text,
// foreign content), and any difference lets one through. So nothing reads it:
// a mark (a noncharacter, never meaningful text) goes before every `on` and
// `style` that follows a character after which the tokenizer can start an
// attribute name (white space, `/`, a quote), wherever it is, and into every
// tag named `style`. The parser then cannot create such an attribute or
// element in any state; where the mark landed in text or a value, it is taken
// out again after sanitising, so the text reads as it was written.
const MARK = '\uFDD0';
const STYLE_TAG = /(<\/?)style(?=[\t\n\f\r />]|$)/gi;
const ATTRIBUTE_START = /(?<!<)([\t\n\f\r /"'])(?=on|style)/gi;
/** The name a `<style>` tag gets: an unknown element whose content is dropped. */
const MARKED_STYLE = `x${MARK}style`;

const marked = (html: string) =>
  html.replaceAll(MARK, '').replace(STYLE_TAG, `$1${MARKED_STYLE}`).replace(ATTRIBUTE_START, `$1${MARK}`);

/** Article HTML only: text structure, links, images, figures and tables. */
const CONFIG: Config & { RETURN_DOM_FRAGMENT: true } = {
  ALLOWED_TAGS: [
    'p',
    'br',
    'hr',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'ul',
    'ol',
    'li',
    'dl',
    'dt',
    'dd',
    'a',
    'img',
    'picture',
    'source',
    'figure',
    'figcaption',
    'blockquote',
    'q',
    'pre',
    'code',
    'table',
    'caption',
    'thead',
    'tbody',
    'tfoot',
    'tr',
    'th',
    'td',
    'strong',
    'em',
    'b',
    'i',
    'u',
    's',
    'sub',
    'sup',
    'small',
    'mark',
    'abbr',
    'time',
    'span',
    'div',
    // Kept only to be replaced: by the embed, or by a link to it (embeds.ts).
    'iframe',
  ],
  // No `style`, `class`, `id` or `name` (DOM clobbering), no `on*`, no `data-*`
  // or `aria-*` (they would point at ids that are gone).
  ALLOWED_ATTR: [
    'href',
    'target',
    'src',
    'srcset',
    'sizes',
    'media',
    'type',
    'alt',
    'title',
    'width',
    'height',
    'colspan',
    'rowspan',
    'scope',
    'start',
    'reversed',
    'datetime',
    'lang',
    'dir',
  ],
  // The content of a <style> (renamed, see `marked`) is CSS, not text.
  ADD_FORBID_CONTENTS: [MARKED_STYLE],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  RETURN_DOM_FRAGMENT: true,
};

// A private instance: a host's `DOMPurify.setConfig()` or hooks on the global
// one must not loosen ours, and ours must not change theirs. One per module,
// because each instance creates its own `dompurify` Trusted Types policy.
// On a server, one per window it is given (a jsdom window, whose nodes the
// checks below test by `nodeType`, not by the browser's classes).
const purifiers = new WeakMap<Window & typeof globalThis, typeof DOMPurify>();

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Takes the marks out of the text and attribute values that survived. */
function unmark(parent: Node) {
  for (const node of parent.childNodes) {
    if (node.nodeType === ELEMENT_NODE) {
      for (const attribute of (node as Element).attributes) {
        if (attribute.value.includes(MARK)) attribute.value = attribute.value.replaceAll(MARK, '');
      }
      unmark(node);
    } else if (node.nodeType === TEXT_NODE && node.nodeValue!.includes(MARK)) {
      node.nodeValue = node.nodeValue!.replaceAll(MARK, '');
    }
  }
}

/** How the body is shown: where its links open, and which embeds it keeps. */
export interface BodyOptions {
  /** The element's `target`: `_blank` opens every link in a new window. */
  target?: string;
  /** The screen-reader note a link that opens a new window gets. */
  newWindowNote?: string;
  /** The element's `embed-origins`: the origins (or origin and path) whose `<iframe>` stays. */
  embedOrigins?: string;
  /** The language of the link that stands for an embed. */
  lang?: Lang;
}

/**
 * Sanitises an article body from another site into a fragment that can be
 * inserted without any HTML sink (so it works under
 * `require-trusted-types-for 'script'`). Links and images resolve against
 * `baseUrl` and keep only safe URLs; links that open a new window (because
 * `target` is `_blank`, or the body said so) get `rel="noopener noreferrer"`
 * and `newWindowNote` for screen readers; images load lazily; an `<iframe>`
 * from one of `embedOrigins` stays (see embeds.ts), any other becomes a link.
 * A server passes the `window` (jsdom's) whose document the fragment belongs to.
 */
export async function sanitizeBody(
  html: string,
  baseUrl: string,
  options: BodyOptions = {},
  view: Window & typeof globalThis = window,
): Promise<DocumentFragment> {
  const { target = '_self', newWindowNote = '' } = options;
  let purifier = purifiers.get(view);
  if (!purifier) {
    purifier = DOMPurify(view);
    purifiers.set(view, purifier);
  }
  // Null when the input cannot be parsed at all.
  const fragment = purifier.sanitize(marked(html), CONFIG) ?? view.document.createDocumentFragment();
  unmark(fragment);
  replaceFrames(fragment, baseUrl, options.embedOrigins ?? '', options.lang ?? 'vi');

  secureLinks(fragment, baseUrl, target, newWindowNote);
  secureImages(fragment, baseUrl);
  return fragment;
}

/** Links keep safe URLs only; those that open a new window say so. */
function secureLinks(fragment: DocumentFragment, baseUrl: string, target: string, newWindowNote: string) {
  for (const link of fragment.querySelectorAll('a')) {
    const href = safeUrl(link.getAttribute('href'), baseUrl);
    const blank = target === '_blank' || link.getAttribute('target') === '_blank';
    link.removeAttribute('target');
    if (!href) {
      link.removeAttribute('href');
      continue;
    }
    link.setAttribute('href', href);
    if (blank) {
      link.setAttribute('target', '_blank');
      link.setAttribute('rel', 'noopener noreferrer');
      if (newWindowNote) {
        const note = link.ownerDocument.createElement('span');
        note.className = 'visually-hidden';
        note.textContent = ` ${newWindowNote}`;
        link.append(note);
      }
    }
  }
}

/** Images keep safe URLs only (or go), and load lazily. */
function secureImages(fragment: DocumentFragment, baseUrl: string) {
  for (const image of fragment.querySelectorAll('img, source')) {
    const src = safeUrl(image.getAttribute('src'), baseUrl);
    const srcset = safeSrcset(image.getAttribute('srcset') ?? '', baseUrl);
    if (!src && !srcset) {
      image.remove();
      continue;
    }
    setOrRemove(image, 'src', src);
    setOrRemove(image, 'srcset', srcset);
    if (image.localName === 'img') {
      image.setAttribute('loading', 'lazy');
      image.setAttribute('decoding', 'async');
      // A missing alt makes screen readers spell out the file name; the
      // caption or the text around a body photo says what it shows.
      if (!image.hasAttribute('alt')) image.setAttribute('alt', '');
    }
  }
}

function setOrRemove(element: Element, name: string, value: string | undefined) {
  if (value) element.setAttribute(name, value);
  else element.removeAttribute(name);
}

/**
 * Keeps the `srcset` candidates whose URL is safe, resolved against the
 * document. A candidate is a URL (a run without white space; trailing commas
 * end it) and optional descriptors up to the next comma.
 */
function safeSrcset(srcset: string, baseUrl: string): string {
  const kept: string[] = [];
  const urlPattern = /[\s,]*(\S+)/y;
  const descriptorPattern = /[^,]*/y;
  let match: RegExpExecArray | null;
  while ((match = urlPattern.exec(srcset))) {
    let raw = match[1];
    let descriptors = '';
    if (raw.endsWith(',')) {
      raw = raw.replace(/,+$/, '');
    } else {
      descriptorPattern.lastIndex = urlPattern.lastIndex;
      descriptors = descriptorPattern.exec(srcset)![0].trim();
      urlPattern.lastIndex = descriptorPattern.lastIndex;
    }
    const url = safeUrl(raw, baseUrl);
    if (url) kept.push(descriptors ? `${url} ${descriptors}` : url);
  }
  return kept.join(', ');
}

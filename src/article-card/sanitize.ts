import DOMPurify, { type Config } from 'dompurify';
import { safeUrl } from '../core/safe-url.js';

export { articleBodyStyles } from './article-body.styles.js';

// Loaded on demand (only `<article-card variant="full">` with a body needs it),
// so DOMPurify lands in its own chunk.

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
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  RETURN_DOM_FRAGMENT: true,
};

// A private instance: a host's `DOMPurify.setConfig()` or hooks on the global
// one must not loosen ours, and ours must not change theirs. One per module,
// because each instance creates its own `dompurify` Trusted Types policy.
let purifier: typeof DOMPurify | undefined;

// Chromium checks the page's Content-Security-Policy while it parses markup,
// even into the inert document DOMPurify uses: under `style-src 'self'` and
// `script-src 'self'` every `style="…"` of a Word-pasted article, every
// `on…=` and every <style> is reported as a violation (to the host's
// report-uri too), though none of them would survive sanitising. So they are
// renamed out of the way first: attributes to `data-dropped-…` (no data-*
// is allowed) and <style> to <xmp>, raw text whose content DOMPurify drops.
// Best effort on the text, in linear time; DOMPurify still decides what stays.
const TAG = /<(\/?)([a-z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)/gi;
// A quoted value or a separator, then perhaps an attribute name to set aside.
const REPORTED_ATTRIBUTE = /("[^"]*"|'[^']*'|[\s/])((?:style|on[a-z-]*)(?=[\s/>=]|$))?/gi;

const unreported = (html: string) =>
  html.replace(
    TAG,
    (_, slash: string, name: string, rest: string) =>
      `<${slash}${/^style$/i.test(name) ? 'xmp' : name}${rest.replace(
        REPORTED_ATTRIBUTE,
        (m, before: string, attribute?: string) => (attribute ? `${before}data-dropped-${attribute}` : m),
      )}`,
  );

/**
 * Sanitises an article body from another site into a fragment that can be
 * inserted without any HTML sink (so it works under
 * `require-trusted-types-for 'script'`). Links and images resolve against
 * `baseUrl` and keep only safe URLs; links that open a new window (because
 * `target` is `_blank`, or the body said so) get `rel="noopener noreferrer"`
 * and `newWindowNote` for screen readers; images load lazily.
 */
export async function sanitizeBody(html: string, baseUrl: string, target: string, newWindowNote = ''): Promise<DocumentFragment> {
  purifier ??= DOMPurify(window);
  // Null when the input cannot be parsed at all.
  const fragment = purifier.sanitize(unreported(html), CONFIG) ?? new DocumentFragment();

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
  return fragment;
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

// RSS 2.0 (and RSS 1.0 / RDF) and Atom 1.0, read with the browser's XML
// parser. Real feeds are messy, so this adapter is lenient: a date it cannot
// read is left out, and only an entry with nothing to show or identify it is skipped.

import { PortalError } from '../core/portal-error.js';
import { safeUrl } from '../core/safe-url.js';
import { cleanText } from '../core/text.js';
import { DEFAULT_TIME_ZONE } from '../core/time-zone.js';
import { parseDate } from './dates.js';
import { dateOrder } from './date-reader.js';
import type { Article, Feed } from './model.js';
import {
  adapt,
  at,
  fail,
  firstImageSrc,
  hash,
  plain,
  plainTitle,
  required,
  shorten,
  textOfHtml,
  textToHtml,
  type Context,
} from './validate.js';
import { parseMarkup } from './trusted-types.js';
import { repairXml } from './xml-repair.js';

// The loader decodes XML bytes with this chunk's decoder (see `load.ts`).
export { decodeXml } from './xml-repair.js';

const MRSS = 'http://search.yahoo.com/mrss'; // with or without the trailing slash
const DC = 'http://purl.org/dc/elements/1.1/';
const CONTENT = 'http://purl.org/rss/1.0/modules/content/';
const XML = 'http://www.w3.org/XML/1998/namespace';
const ATOM = 'http://www.w3.org/2005/Atom';
// A comment cannot contain "-->", so each ends in one place: no backtracking over where comments end.
const HTML_PAGE = /^(?:<\?xml[^>]*>\s*)?(?:<!--(?:[^-]|-(?!->))*-->\s*)*<(?:!doctype\s+html|html[\s>])/i;
const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|svg|bmp)(?:[?#]|$)/i;

/**
 * The document of `text`, already repaired. It is inert: no script runs in
 * it and nothing from it is inserted into the page (bodies are sanitised
 * separately when rendered).
 */
function parseXml(text: string, url: string): Document {
  // Chromium checks the page's Content-Security-Policy on `style` and `on…`
  // attributes of (X)HTML, SVG and MathML elements even in an inert XML
  // document, so a strict host would see violations for Atom `xhtml` content.
  // In another namespace they are plain XML; `innerHTML` still serialises
  // them, and the body is sanitised as HTML later, as before. Only in the
  // values of `xmlns` attributes: CDATA sections and text (a title may quote
  // a namespace) are left as they are.
  text = text.replace(/<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<[^>]*/g, (tag) =>
    tag[1] === '!'
      ? tag
      : tag.replace(/(\sxmlns(?::[\w.-]+)?\s*=\s*)?("[^"]*"|'[^']*')/g, (value, declaration?: string) =>
          declaration ? value.replace(/w3\.org(?=\/(1999\/x|2000\/s|1998\/M))/, '') : value,
        ),
  );
  try {
    return parseMarkup(text, 'application/xml');
  } catch {
    throw new PortalError('parse', 'Trusted Types on this page do not allow the "portal-widgets" policy needed to read XML', url);
  }
}

function parseError(doc: Document): string | undefined {
  const error = doc.getElementsByTagName('parsererror')[0];
  // Chromium puts the message in a <div>, Firefox in the element itself.
  return error && cleanText((error.querySelector('div') ?? error).textContent ?? '');
}

/**
 * An RSS or Atom document as a `Feed`; an HTML page is a `parse` error. `expected` makes any other kind a
 * `format` error. Ill-formed XML is repaired first (see `xml-repair.ts`), and
 * what was repaired leads `problems`; a document that needed its markup
 * repaired and still has no usable entry is a `parse` error.
 */
export function parseXmlFeed(text: string, url: string, timeZone = DEFAULT_TIME_ZONE, expected?: 'rss' | 'atom'): Feed {
  if (HTML_PAGE.test(text)) throw new PortalError('parse', 'Expected a feed but got an HTML page', url);
  const repaired = repairXml(text);
  const notWellFormed = (reason: string) => new PortalError('parse', `The response is not well-formed XML: ${reason}`, url);
  // The parser is only given text without a root element when it cannot be helped: its error document is CSP noise.
  if (!repaired.text) throw notWellFormed(repaired.broken!);
  const doc = parseXml(repaired.text, url);
  const error = parseError(doc);
  if (error) throw notWellFormed(error);
  const root = doc.documentElement;
  const rootName = root.localName.toLowerCase();
  const kind = rootName === 'feed' ? 'atom' : rootName === 'rss' || rootName === 'rdf' ? 'rss' : undefined;
  if (!kind || (expected && kind !== expected)) {
    if (repaired.broken) throw notWellFormed(repaired.broken);
    const wanted = expected === 'atom' ? 'an Atom' : expected === 'rss' ? 'an RSS' : 'an RSS or Atom';
    throw new PortalError('format', `The document is not ${wanted} feed`, url);
  }
  // Numeric dates (`04/12/2020`) are read in one order per document, decided from all of its dates.
  const dates = Array.from(root.getElementsByTagName('*'))
    .filter((el) => /^(pubdate|date|published|updated|issued|modified)$/i.test(el.localName))
    .map((el) => el.textContent);
  const read = (ctx: Context) => (
    (ctx.dateOrder = dateOrder(dates, timeZone)),
    kind === 'atom' ? atom(ctx, root) : rss(ctx, root)
  );
  let feed: Feed;
  try {
    feed = adapt(url, read, timeZone);
  } catch (error) {
    throw repaired.broken && error instanceof PortalError ? notWellFormed(repaired.broken) : error;
  }
  if (repaired.broken && !feed.items.length) throw notWellFormed(repaired.broken);
  feed.problems.unshift(...repaired.problems.map((problem) => `xml: ${problem}`));
  return feed;
}

/**
 * Child elements named `name` in `ns` (by default the parent's own namespace, so `media:title` is not `title`).
 * Hand-written feeds get the case wrong (`<pubdate>`, `<Title>`): names are compared as a lenient reader does, in any case.
 */
const children = (parent: Element | undefined, name: string, ns = parent?.namespaceURI): Element[] =>
  parent
    ? Array.from(parent.children).filter((el) => el.localName.toLowerCase() === name.toLowerCase() && el.namespaceURI === ns)
    : [];

const textOf = (el: Element | undefined): string | undefined => el?.textContent?.trim() || undefined;

/** An RSS body: escaped or CDATA HTML is text; markup written raw (`<p>`, `<br/>`) is kept as markup. */
const htmlOf = (el: Element | undefined): string | undefined => (el?.firstElementChild ? el.innerHTML.trim() : textOf(el));

const childText = (parent: Element | undefined, name: string, ns?: string | null) => textOf(children(parent, name, ns)[0]);

/** `media:content`, `media:thumbnail` anywhere below `el` (also inside `media:group`). */
const media = (el: Element, name: string): Element[] =>
  Array.from(el.getElementsByTagNameNS('*', name)).filter((m) => m.namespaceURI?.startsWith(MRSS));

/** The URL of an enclosure-like element if it is a picture. Types lie, so a picture's file name counts too. */
function imageOf(el: Element, base: string): string | undefined {
  const src = el.getAttribute('url') ?? el.getAttribute('href') ?? '';
  const isImage =
    el.localName === 'thumbnail' ||
    el.getAttribute('medium') === 'image' ||
    /^image\//i.test(el.getAttribute('type') ?? '') ||
    IMAGE_FILE.test(src);
  return isImage ? safeUrl(src, base) : undefined;
}

function rss(ctx: Context, root: Element): Feed {
  const channel = Array.from(root.children).find((el) => /^channel$/i.test(el.localName));
  // RSS 2.0 nests items in <channel>; RSS 1.0 (RDF) puts them beside it.
  const items = [...children(channel, 'item'), ...children(root, 'item', channel?.namespaceURI)];
  const nextLink =
    channel && Array.from(channel.children).find((el) => el.localName === 'link' && el.getAttribute('rel') === 'next');
  return {
    title: plainTitle(childText(channel, 'title')),
    homePageUrl: safeUrl(childText(channel, 'link'), ctx.url),
    nextUrl: safeUrl(nextLink?.getAttribute('href'), ctx.url),
    language: childText(channel, 'language'),
    items: required(ctx, items, 'item', (item, path) => rssItem(ctx, item as Element, path)),
    problems: ctx.problems,
  };
}

/**
 * The title of an entry: its own, else one taken from its text. An entry
 * with neither is still a real entry the portal published while it has a
 * date or an id (RSS `guid`, Atom `id`), as a lenient reader lists it: it
 * gets an empty title, marked `untitled`, and the elements show
 * "(Không có tiêu đề)". An entry without either is skipped.
 */
const titled = (title: string | undefined, path: string, mark: string | undefined): Pick<Article, 'title' | 'untitled'> =>
  title ? { title } : mark ? { title: '', untitled: true } : fail(at(path, 'title'), 'missing');

function rssItem(ctx: Context, item: Element, path: string): Article {
  const get = (name: string, ns?: string) => childText(item, name, ns);
  const description = htmlOf(children(item, 'description')[0]);
  const content = htmlOf(children(item, 'encoded', CONTENT)[0]);
  const summary = textOfHtml(description);
  // Titles are text, but some portals put character references (`v&#224;`) or
  // markup (`93m<sup>2</sup>`) inside CDATA, or escape it: read as a title.
  const title = plainTitle(get('title'));
  const guidEl = children(item, 'guid')[0];
  const guid = textOf(guidEl);
  const permalink = guidEl?.getAttribute('isPermaLink') !== 'false' && /^https?:/i.test(guid ?? '') ? guid : undefined;
  const url = safeUrl(get('link') ?? permalink, ctx.url);
  // .NET's SyndicationFeed writes only `<a10:updated>` (Atom) in RSS items.
  const date = get('pubDate') ?? get('date', DC) ?? get('updated', ATOM);
  const categories = children(item, 'category').flatMap((el) => plain(el.textContent) ?? []);
  const pictures = [...children(item, 'enclosure'), ...media(item, 'content'), ...media(item, 'thumbnail')];
  return {
    id: guid ?? url ?? hash(`${title}${date}`),
    ...titled(title ?? shorten(summary), path, date ?? guid),
    url,
    summary,
    contentHtml: content,
    image:
      pictures.map((el) => imageOf(el, ctx.url)).find(Boolean) ??
      safeUrl(firstImageSrc(description) ?? firstImageSrc(content), ctx.url),
    datePublished: parseDate(date, ctx.timeZone, ctx.dateOrder),
    authors: [...children(item, 'creator', DC), ...children(item, 'author')].flatMap((el) => plain(el.textContent) ?? []),
    tags: categories,
    category: categories[0] ? { name: categories[0] } : undefined,
    baseUrl: ctx.url,
  };
}

/** The base URL in effect at `el`: each `xml:base` up the tree resolves against the one above it. */
function baseOf(el: Element | null, documentUrl: string): string {
  const bases: string[] = [];
  for (let node = el; node; node = node.parentElement) {
    const base = node.getAttributeNS(XML, 'base');
    if (base) bases.unshift(base);
  }
  return bases.reduce((resolved, base) => {
    try {
      return new URL(base, resolved).href;
    } catch {
      return resolved;
    }
  }, documentUrl);
}

/** An Atom text construct (`type` text, html or xhtml) as plain text. */
const atomText = (el: Element | undefined): string | undefined =>
  el?.getAttribute('type') === 'html' ? textOfHtml(el.textContent) : cleanText(el?.textContent ?? '') || undefined;

/** An Atom `<content>` as an HTML body. Out-of-line (`src`) and binary content is not shown. */
function atomHtml(el: Element | undefined): string | undefined {
  if (!el || el.hasAttribute('src')) return undefined;
  const type = el.getAttribute('type') ?? 'text';
  if (type === 'html' || type === 'text/html') return textOf(el);
  if (type === 'xhtml') return el.firstElementChild?.innerHTML;
  const text = textOf(el);
  return text && /^text(\/plain)?$/.test(type) ? textToHtml(text) : undefined;
}

/** The `href` of the first `<link>` with this `rel` (no `rel` means `alternate`), preferring an HTML page. */
function atomLink(parent: Element, rel: string, documentUrl: string): string | undefined {
  const links = children(parent, 'link').filter((el) => (el.getAttribute('rel') ?? 'alternate') === rel);
  const link = links.find((el) => /html/.test(el.getAttribute('type') ?? 'html')) ?? links[0];
  return link && safeUrl(link.getAttribute('href'), baseOf(link, documentUrl));
}

const atomAuthors = (parent: Element): string[] =>
  children(parent, 'author').flatMap((author) => plain(childText(author, 'name', author.namespaceURI)) ?? []);

function atom(ctx: Context, root: Element): Feed {
  const feedAuthors = atomAuthors(root);
  return {
    title: atomText(children(root, 'title')[0]),
    homePageUrl: atomLink(root, 'alternate', ctx.url),
    nextUrl: atomLink(root, 'next', ctx.url),
    language: root.getAttributeNS(XML, 'lang') || undefined,
    items: required(ctx, children(root, 'entry'), 'entry', (entry, path) => atomEntry(ctx, entry as Element, path, feedAuthors)),
    problems: ctx.problems,
  };
}

function atomEntry(ctx: Context, entry: Element, path: string, feedAuthors: string[]): Article {
  const get = (name: string) => children(entry, name)[0];
  const contentEl = get('content');
  // Relative URLs in the body resolve against the xml:base in effect there.
  const base = contentEl ? baseOf(contentEl, ctx.url) : ctx.url;
  const contentHtml = atomHtml(contentEl);
  const summaryEl = get('summary');
  const summary = atomText(summaryEl);
  const title = atomText(get('title'));
  const url = atomLink(entry, 'alternate', ctx.url);
  // Atom 0.3 says `issued` and `modified`.
  const published = textOf(get('published') ?? get('issued'));
  const updated = textOf(get('updated') ?? get('modified'));
  const categories = children(entry, 'category').flatMap(
    (el) => plain(el.getAttribute('label') || el.getAttribute('term')) ?? [],
  );
  const authors = atomAuthors(entry);
  const pictures = [
    ...children(entry, 'link').filter((el) => el.getAttribute('rel') === 'enclosure'),
    ...media(entry, 'content'),
    ...media(entry, 'thumbnail'),
  ];
  const summaryHtml = summaryEl?.getAttribute('type') === 'html' ? textOf(summaryEl) : undefined;
  const id = textOf(get('id'));
  return {
    id: id ?? url ?? hash(`${title}${published ?? updated}`),
    ...titled(title ?? shorten(summary ?? textOfHtml(contentHtml)), path, published ?? updated ?? id),
    url,
    summary,
    contentHtml,
    image:
      pictures.map((el) => imageOf(el, baseOf(el, ctx.url))).find(Boolean) ??
      safeUrl(firstImageSrc(summaryHtml), summaryEl ? baseOf(summaryEl, ctx.url) : ctx.url) ??
      safeUrl(firstImageSrc(contentHtml), base),
    datePublished: parseDate(published ?? updated, ctx.timeZone, ctx.dateOrder),
    dateModified: parseDate(updated, ctx.timeZone, ctx.dateOrder),
    authors: authors.length ? authors : feedAuthors,
    tags: categories,
    category: categories[0] ? { name: categories[0] } : undefined,
    baseUrl: base,
  };
}

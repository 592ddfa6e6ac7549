// The walk over an Atom 1.0 (or 0.3) document.

import { safeUrl } from '../../core/safe-url.js';
import { cleanText } from '../../core/text.js';
import { parseDate } from '../dates.js';
import type { Article, Feed } from '../model.js';
import type { Steps } from '../steps.js';
import { firstImageSrc, hash, plain, requiredSteps, shorten, textOfHtml, textToHtml, type Context } from '../validate.js';
import { baseOf, child, childText, children, imageOf, languageOf, media, textOf } from './elements.js';
import { titled } from './entry.js';
import type { XmlElement } from './tree.js';

/** An Atom text construct (`type` text, html or xhtml) as plain text. */
const atomText = (el: XmlElement | undefined): string | undefined =>
  el?.getAttribute('type') === 'html' ? textOfHtml(el.textContent) : cleanText(el?.textContent ?? '') || undefined;

/** An Atom `<content>` as an HTML body. Out-of-line (`src`) and binary content is not shown. */
function atomHtml(el: XmlElement | undefined): string | undefined {
  if (!el || el.hasAttribute('src')) return undefined;
  const type = el.getAttribute('type') ?? 'text';
  if (type === 'html' || type === 'text/html') return textOf(el);
  if (type === 'xhtml') return el.firstElementChild?.innerHTML;
  const text = textOf(el);
  return text && /^text(\/plain)?$/.test(type) ? textToHtml(text) : undefined;
}

/** The `href` of the first `<link>` with this `rel` (no `rel` means `alternate`), preferring an HTML page. */
function atomLink(parent: XmlElement, rel: string, documentUrl: string): string | undefined {
  const links = children(parent, 'link').filter((el) => (el.getAttribute('rel') ?? 'alternate') === rel);
  const link = links.find((el) => /html/.test(el.getAttribute('type') ?? 'html')) ?? links[0];
  return link && safeUrl(link.getAttribute('href'), baseOf(link, documentUrl));
}

const atomAuthors = (parent: XmlElement): string[] =>
  children(parent, 'author').flatMap((author) => plain(childText(author, 'name', author.namespaceURI)) ?? []);

export function* atom(ctx: Context, root: XmlElement): Steps<Feed> {
  const feedAuthors = atomAuthors(root);
  return {
    title: atomText(child(root, 'title')),
    homePageUrl: atomLink(root, 'alternate', ctx.url),
    nextUrl: atomLink(root, 'next', ctx.url),
    language: languageOf(root),
    items: yield* requiredSteps(ctx, children(root, 'entry'), 'entry', (entry, path) =>
      atomEntry(ctx, entry as XmlElement, path, feedAuthors),
    ),
    problems: ctx.problems,
  };
}

/** The picture of an entry: an enclosure or Media RSS element, else the first `<img>` of its summary, then of its body. */
function atomImage(ctx: Context, entry: XmlElement, contentHtml: string | undefined): string | undefined {
  const pictures = [
    ...children(entry, 'link').filter((el) => el.getAttribute('rel') === 'enclosure'),
    ...media(entry, 'content'),
    ...media(entry, 'thumbnail'),
  ];
  const summaryEl = child(entry, 'summary');
  const contentEl = child(entry, 'content');
  const summaryHtml = summaryEl?.getAttribute('type') === 'html' ? textOf(summaryEl) : undefined;
  return (
    pictures.map((el) => imageOf(el, baseOf(el, ctx.url))).find(Boolean) ??
    safeUrl(firstImageSrc(summaryHtml), summaryEl ? baseOf(summaryEl, ctx.url) : ctx.url) ??
    safeUrl(firstImageSrc(contentHtml), contentEl ? baseOf(contentEl, ctx.url) : ctx.url)
  );
}

function atomEntry(ctx: Context, entry: XmlElement, path: string, feedAuthors: string[]): Article {
  const get = (name: string) => child(entry, name);
  const contentEl = get('content');
  // Relative URLs in the body resolve against the xml:base in effect there.
  const base = contentEl ? baseOf(contentEl, ctx.url) : ctx.url;
  const contentHtml = atomHtml(contentEl);
  const summary = atomText(get('summary'));
  const title = atomText(get('title'));
  const url = atomLink(entry, 'alternate', ctx.url);
  // Atom 0.3 says `issued` and `modified`.
  const published = textOf(get('published') ?? get('issued'));
  const updated = textOf(get('updated') ?? get('modified'));
  const categories = children(entry, 'category').flatMap(
    (el) => plain(el.getAttribute('label') || el.getAttribute('term')) ?? [],
  );
  const authors = atomAuthors(entry);
  const id = textOf(get('id'));
  return {
    id: id ?? url ?? hash(`${title}${published ?? updated}`),
    ...titled(title ?? shorten(summary ?? textOfHtml(contentHtml)), path, published ?? updated ?? id),
    url,
    summary,
    contentHtml,
    image: atomImage(ctx, entry, contentHtml),
    datePublished: parseDate(published ?? updated, ctx.timeZone, ctx.dateOrder),
    dateModified: parseDate(updated, ctx.timeZone, ctx.dateOrder),
    authors: authors.length ? authors : feedAuthors,
    tags: categories,
    category: categories[0] ? { name: categories[0] } : undefined,
    baseUrl: base,
  };
}

// The walk over an RSS 2.0 or RSS 1.0 (RDF) document.

import { safeUrl } from '../../core/safe-url.js';
import { parseDate } from '../dates.js';
import type { Article, Feed } from '../model.js';
import type { Steps } from '../steps.js';
import { firstImageSrc, hash, plain, plainTitle, requiredSteps, shorten, textOfHtml, type Context } from '../validate.js';
import { child, childText, children, htmlOf, imageOf, media, textOf } from './elements.js';
import { titled } from './entry.js';
import type { XmlElement } from './tree.js';

const DC = 'http://purl.org/dc/elements/1.1/';
const CONTENT = 'http://purl.org/rss/1.0/modules/content/';
const ATOM = 'http://www.w3.org/2005/Atom';

/** The first child element of `parent` that `test` accepts. */
function findChild(parent: XmlElement | undefined, test: (el: XmlElement) => boolean): XmlElement | undefined {
  for (const node of parent?.nodes ?? []) if (typeof node !== 'string' && test(node)) return node;
  return undefined;
}

export function* rss(ctx: Context, root: XmlElement): Steps<Feed> {
  const channel = findChild(root, (el) => el.key === 'channel');
  // RSS 2.0 nests items in <channel>; RSS 1.0 (RDF) puts them beside it.
  const nested = children(channel, 'item');
  const beside = children(root, 'item', channel?.namespaceURI);
  const items = beside.length ? [...nested, ...beside] : nested;
  const nextLink = findChild(channel, (el) => el.localName === 'link' && el.getAttribute('rel') === 'next');
  return {
    title: plainTitle(childText(channel, 'title')),
    homePageUrl: safeUrl(childText(channel, 'link'), ctx.url),
    nextUrl: safeUrl(nextLink?.getAttribute('href'), ctx.url),
    language: childText(channel, 'language'),
    items: yield* requiredSteps(ctx, items, 'item', (item, path) => rssItem(ctx, item as XmlElement, path)),
    problems: ctx.problems,
  };
}

function rssItem(ctx: Context, item: XmlElement, path: string): Article {
  const get = (name: string, ns?: string) => childText(item, name, ns);
  const description = htmlOf(child(item, 'description'));
  const content = htmlOf(child(item, 'encoded', CONTENT));
  const summary = textOfHtml(description);
  // Titles are text, but some portals put character references (`v&#224;`) or
  // markup (`93m<sup>2</sup>`) inside CDATA, or escape it: read as a title.
  const title = plainTitle(get('title'));
  const guidEl = child(item, 'guid');
  const guid = textOf(guidEl);
  const permalink = guidEl?.getAttribute('isPermaLink') !== 'false' && /^https?:/i.test(guid ?? '') ? guid : undefined;
  const url = safeUrl(get('link') ?? permalink, ctx.url);
  // .NET's SyndicationFeed writes only `<a10:updated>` (Atom) in RSS items.
  const date = get('pubdate') ?? get('date', DC) ?? get('updated', ATOM);
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

// JSON Feed 1.0 / 1.1 (https://jsonfeed.org/version/1.1), and Portal JSON:
// the same with a `_portal` extension object on items (CONTRACT §4.1).
//
// Read leniently: a field of the wrong type or an unreadable value is left
// out and recorded in `problems`; an item stays while it has something to
// show, and the document fails only when no item does.

import { safeUrl } from '../core/safe-url.js';
import { DEFAULT_TIME_ZONE } from '../core/time-zone.js';
import { dateOrderOf } from './dates.js';
import type { Article, ArticleRef, Category, Feed, ImageSize } from './model.js';
import { finish, type Steps } from './steps.js';
import {
  adapt,
  adaptSteps,
  at,
  dateField,
  each,
  fail,
  fields,
  hash,
  identifier,
  isFields,
  list,
  optional,
  optionalList,
  optionalStr,
  plain,
  plainList,
  plainTitle,
  requiredSteps,
  shorten,
  str,
  textOfHtml,
  textToHtml,
  valuesOf,
  type Context,
  type Fields,
} from './validate.js';

/**
 * A JSON Feed document (`{version, items: […]}`) as a `Feed`.
 *
 * Dates without a zone: JSON Feed requires RFC 3339, whose times are UTC
 * based, and generators that drop the zone write UTC; so in a plain JSON
 * Feed they are read as UTC. In Portal JSON (a document with `_portal`
 * extensions) they are wall-clock time in `timeZone`, as in every other format.
 */
export const parseJsonFeed = (doc: unknown, url: string, timeZone = DEFAULT_TIME_ZONE): Feed =>
  finish(jsonFeedSteps(doc, url, timeZone));

/** `parseJsonFeed` as steps that may pause between items (`steps.ts`). */
export function jsonFeedSteps(doc: unknown, url: string, timeZone = DEFAULT_TIME_ZONE): Steps<Feed> {
  const items = isFields(doc) && Array.isArray(doc.items) ? doc.items : [];
  return adaptSteps(
    url,
    function* (ctx) {
      const feed = fields(doc, '');
      if (!Array.isArray(feed.items)) fail('items', 'expected an array');
      const text = (key: string) => optional(ctx, () => str(feed, key, ''));
      ctx.dateOrder = dateOrderOf(() => valuesOf(items, ['date_published', 'date_modified']), ctx.timeZone);
      return {
        title: plainTitle(text('title')),
        homePageUrl: safeUrl(text('home_page_url'), url),
        nextUrl: safeUrl(text('next_url'), url),
        language: text('language') || undefined,
        items: yield* requiredSteps(ctx, items, 'items', (item, path) => article(ctx, item, path)),
        problems: ctx.problems,
      };
    },
    items.some(isPortal) ? timeZone : 'UTC',
  );
}

/** A single-article document: one JSON Feed item on its own (zone-less dates as in `parseJsonFeed`). */
export function parseJsonArticle(doc: unknown, url: string, timeZone = DEFAULT_TIME_ZONE): Article {
  return adapt(url, (ctx) => article(ctx, doc, ''), isPortal(doc) ? timeZone : 'UTC');
}

const isPortal = (item: unknown): boolean => isFields(item) && item._portal != null;

/** A URL field, resolved against the document and kept when safe. */
const link = (ctx: Context, source: Fields, key: string, path: string) => safeUrl(optionalStr(ctx, source, key, path), ctx.url);

const date = (ctx: Context, source: Fields, key: string, path: string) =>
  dateField(ctx, optionalStr(ctx, source, key, path), path, key);

/** What an item without `_portal` reads its extensions from. */
const NO_EXTENSION: Fields = Object.freeze({});

function article(ctx: Context, value: unknown, path: string): Article {
  const item = fields(value, path);
  // Without `_portal`, nothing below reads the extension's path.
  const extPath = item._portal != null ? at(path, '_portal') : '';
  const ext = (item._portal != null && optional(ctx, () => fields(item._portal, extPath))) || NO_EXTENSION;

  const url = link(ctx, item, 'url', path) ?? link(ctx, item, 'external_url', path);
  const summary = plain(optionalStr(ctx, item, 'summary', path));
  const body = optionalStr(ctx, item, 'content_text', path);
  const html = optionalStr(ctx, item, 'content_html', path) ?? (body?.trim() ? textToHtml(body) : undefined);
  const authors = item.authors != null ? optionalList(ctx, item, 'authors', path) : item.author != null ? [item.author] : [];
  return {
    id: optional(ctx, () => identifier(item, 'id', path)) ?? url ?? hash(JSON.stringify(item)),
    // JSON Feed titles are plain text: `<i>` stays the text `<i>`. Editors and
    // WordPress plugins still write `&#8216;`, `&ocirc;` or `<sup>2</sup>` in
    // them: references are decoded and markup that looks like HTML reduced to
    // its text, which is only ever bound as text.
    title:
      plainTitle(optionalStr(ctx, item, 'title', path)) ??
      shorten(summary ?? textOfHtml(html)) ??
      shorten(url) ??
      fail(at(path, 'title'), 'missing'),
    url,
    summary,
    contentHtml: html,
    image: link(ctx, item, 'image', path) ?? link(ctx, item, 'banner_image', path),
    imageSizes: imageSizes(ctx, ext, extPath),
    imageAlt: plain(optionalStr(ctx, ext, 'image_alt', extPath)),
    imageCaption: plain(optionalStr(ctx, ext, 'image_caption', extPath)),
    datePublished: date(ctx, item, 'date_published', path),
    dateModified: date(ctx, item, 'date_modified', path),
    authors: names(authors),
    tags: plainList(optionalList(ctx, item, 'tags', path)),
    category: ext.category == null ? undefined : optional(ctx, () => category(ctx, ext.category, at(extPath, 'category'))),
    related: refs(ctx, ext, 'related', extPath),
    newer: refs(ctx, ext, 'newer', extPath),
    backUrl: link(ctx, ext, 'back_url', extPath),
    nextUrl: link(ctx, ext, 'next_url', extPath),
    baseUrl: ctx.url,
  };
}

/** The names of the people of a list (JSON Feed's `authors`), without those that have none. */
function names(people: unknown[]): string[] {
  const texts: string[] = [];
  for (const person of people) {
    const name = isFields(person) ? plain(person.name) : undefined;
    if (name !== undefined) texts.push(name);
  }
  return texts;
}

function category(ctx: Context, value: unknown, path: string): Category | undefined {
  if (value == null) return undefined;
  const source = fields(value, path);
  return {
    id: identifier(source, 'id', path),
    name: plain(str(source, 'name', path)) ?? fail(at(path, 'name'), 'missing'),
    url: safeUrl(str(source, 'url', path), ctx.url),
  };
}

/** `image_sizes`: `[{ url, width }]`; an entry without a safe URL or a positive whole width is dropped on its own. */
function imageSizes(ctx: Context, ext: Fields, path: string): ImageSize[] | undefined {
  if (ext.image_sizes == null) return undefined;
  const sizes = each(
    ctx,
    optional(ctx, () => list(ext, 'image_sizes', path)) ?? [],
    at(path, 'image_sizes'),
    (value, sizePath) => {
      const size = fields(value, sizePath);
      const url = safeUrl(str(size, 'url', sizePath), ctx.url) ?? fail(at(sizePath, 'url'), 'missing');
      const { width } = size;
      if (typeof width !== 'number' || !Number.isInteger(width) || width <= 0)
        fail(at(sizePath, 'width'), 'expected a positive integer');
      return { url, width: width as number };
    },
  );
  return sizes.length ? sizes.sort((a, b) => a.width - b.width) : undefined;
}

/** `related` / `newer`: a bad reference is dropped on its own, the article stays. */
function refs(ctx: Context, ext: Fields, key: string, path: string): ArticleRef[] | undefined {
  if (ext[key] == null) return undefined;
  return each(ctx, optional(ctx, () => list(ext, key, path)) ?? [], at(path, key), (value, refPath) => {
    const ref = fields(value, refPath);
    const url = safeUrl(str(ref, 'url', refPath), ctx.url);
    const published = optional(ctx, () => str(ref, 'date_published', refPath));
    return {
      id: identifier(ref, 'id', refPath) ?? url ?? fail(at(refPath, 'id'), 'missing'),
      title: plainTitle(str(ref, 'title', refPath)) ?? fail(at(refPath, 'title'), 'missing'),
      url,
      datePublished: dateField(ctx, published, refPath, 'date_published'),
    };
  });
}

// JSON Feed 1.0 / 1.1 (https://jsonfeed.org/version/1.1), and Portal JSON:
// the same with a `_portal` extension object on items (CONTRACT §4.1).

import { safeUrl } from '../core/safe-url.js';
import { parseRfc3339 } from './dates.js';
import type { Article, ArticleRef, Category, Feed } from './model.js';
import {
  adapt, at, each, fail, fields, identifier, isFields, list, plain, required, shorten, str, textOfHtml, textToHtml,
  type Context, type Fields,
} from './validate.js';

/** A JSON Feed document (`{version, items: […]}`) as a `Feed`. */
export function parseJsonFeed(doc: unknown, url: string): Feed {
  return adapt(url, (ctx) => {
    const feed = fields(doc, '');
    if (!Array.isArray(feed.items)) fail('items', 'expected an array');
    return {
      title: plain(str(feed, 'title', '')),
      homePageUrl: safeUrl(str(feed, 'home_page_url', ''), url),
      nextUrl: safeUrl(str(feed, 'next_url', ''), url),
      language: str(feed, 'language', '') || undefined,
      items: required(ctx, feed.items as unknown[], 'items', (item, path) => article(ctx, item, path)),
      problems: ctx.problems,
    };
  });
}

/** A single-article document: one JSON Feed item on its own. */
export function parseJsonArticle(doc: unknown, url: string): Article {
  return adapt(url, (ctx) => article(ctx, doc, ''));
}

function article(ctx: Context, value: unknown, path: string): Article {
  const item = fields(value, path);
  const extPath = at(path, '_portal');
  const ext = item._portal == null ? {} : fields(item._portal, extPath);
  const link = (source: Fields, key: string, inPath: string) => safeUrl(str(source, key, inPath), ctx.url);

  const url = link(item, 'url', path) ?? link(item, 'external_url', path);
  const summary = plain(str(item, 'summary', path));
  const text = str(item, 'content_text', path);
  const html = str(item, 'content_html', path) ?? (text?.trim() ? textToHtml(text) : undefined);
  const authors = item.authors != null ? list(item, 'authors', path) : item.author != null ? [item.author] : [];
  return {
    id: identifier(item, 'id', path) ?? url ?? fail(at(path, 'id'), 'missing'),
    // JSON Feed titles are plain text: `<i>` stays the text `<i>`. Some
    // WordPress plugins still write `&#8216;` in them; decoding is safe as the
    // result is only ever bound as text.
    title:
      plain(str(item, 'title', path)) ??
      shorten(summary ?? textOfHtml(html)) ??
      fail(at(path, 'title'), 'missing'),
    url,
    summary,
    contentHtml: html,
    image: link(item, 'image', path) ?? link(item, 'banner_image', path),
    imageAlt: plain(str(ext, 'image_alt', extPath)),
    imageCaption: plain(str(ext, 'image_caption', extPath)),
    datePublished: date(item, 'date_published', path),
    dateModified: date(item, 'date_modified', path),
    authors: names(authors),
    tags: list(item, 'tags', path).flatMap((tag) => plain(tag) ?? []),
    category: category(ctx, ext.category, at(extPath, 'category')),
    related: refs(ctx, ext, 'related', extPath),
    newer: refs(ctx, ext, 'newer', extPath),
    backUrl: link(ext, 'back_url', extPath),
    nextUrl: link(ext, 'next_url', extPath),
    baseUrl: ctx.url,
  };
}

function date(source: Fields, key: string, path: string): string | undefined {
  const raw = str(source, key, path);
  if (raw === undefined) return undefined;
  return parseRfc3339(raw) ?? fail(at(path, key), 'not an RFC 3339 date');
}

const names = (people: unknown[]): string[] =>
  people.flatMap((person) => (isFields(person) && plain(person.name)) || []);

function category(ctx: Context, value: unknown, path: string): Category | undefined {
  if (value == null) return undefined;
  const source = fields(value, path);
  return {
    id: identifier(source, 'id', path),
    name: plain(str(source, 'name', path)) ?? fail(at(path, 'name'), 'missing'),
    url: safeUrl(str(source, 'url', path), ctx.url),
  };
}

/** `related` / `newer`: a bad reference is dropped on its own, the article stays. */
function refs(ctx: Context, ext: Fields, key: string, path: string): ArticleRef[] | undefined {
  if (ext[key] == null) return undefined;
  return each(ctx, list(ext, key, path), at(path, key), (value, refPath) => {
    const ref = fields(value, refPath);
    const url = safeUrl(str(ref, 'url', refPath), ctx.url);
    return {
      id: identifier(ref, 'id', refPath) ?? url ?? fail(at(refPath, 'id'), 'missing'),
      title: plain(str(ref, 'title', refPath)) ?? fail(at(refPath, 'title'), 'missing'),
      url,
      datePublished: date(ref, 'date_published', refPath),
    };
  });
}

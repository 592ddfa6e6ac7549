// What a page may set as `.data`, `.article` or `.links` instead of `src`:
// the model written by hand with only what shows something, or a document as
// the element could fetch it (read by the same adapters, dates included).

import { parseDate } from './dates.js';
import type { Article, Feed, Link, LinkList, PortalDocument } from './model.js';
import { isFields } from './validate.js';

/** An article as a page writes it: an `id` and a `title`; everything else optional. */
export type ArticleInput = Pick<Article, 'id' | 'title'> & Partial<Omit<Article, 'id' | 'title'>>;

/** A feed as a page writes it: its items; everything else optional. */
export interface FeedInput extends Partial<Omit<Feed, 'items'>> {
  items: ArticleInput[];
}

/** A links document (`{ title, links: [{ name, url, logo, group }] }`), as fetched or written by hand. */
export interface LinksDocument extends Partial<Omit<LinkList, 'links'>> {
  links: Link[];
}

/** @deprecated Renamed {@link LinksDocument}: the `{ links: [...] }` document, not a list. This name goes in the next minor version. */
export type LinkListInput = LinksDocument;

/** One item of a JSON Feed (or Portal JSON) document, with its snake_case keys (`date_published`, `content_html`, `_portal`…). */
export interface JsonFeedItem {
  id: string | number;
  [key: string]: unknown;
}

/** A JSON Feed 1.0/1.1 or Portal JSON document, as the element could fetch it. */
export interface JsonFeedDocument {
  version: string;
  items: JsonFeedItem[];
  [key: string]: unknown;
}

/** One post of a WordPress REST API `wp/v2/posts` answer. */
export interface WordPressPost {
  id: number | string;
  title: { rendered: string };
  [key: string]: unknown;
}

/** What `.data` takes on `<news-list>` and `<related-articles>`. */
export type FeedData = FeedInput | ArticleInput[] | JsonFeedDocument | WordPressPost[];

/** What `.article` takes on `<article-card>`. */
export type ArticleData = ArticleInput | JsonFeedItem | JsonFeedDocument | WordPressPost;

/** What `.links` takes on `<website-links>`. */
export type LinksData = LinksDocument | Link[];

/**
 * Whether a value is a document rather than the model: the model's keys are
 * camelCase, while JSON Feed (`date_published`, `_portal`) and WordPress
 * (`date_gmt`, `_links`, `title.rendered`) always have a key with `_`, a
 * `version` or a title that is not text.
 */
export const isDocument = (value: unknown): boolean =>
  Array.isArray(value)
    ? value.some(isDocument)
    : isFields(value) &&
      ('version' in value ||
        isFields(value.title) ||
        Object.keys(value).some((key) => key.includes('_')) ||
        isDocument(value.items));

/**
 * The model a page wrote by hand (`kind` is what the element shows), as if
 * it had come from `url`: the optional lists filled in, the dates read in
 * `timeZone`. A links document has the model's shape already. (A document
 * given as a value is read by `readDocument`, as fetched text is.)
 */
export function readModel(value: unknown, kind: PortalDocument['kind'], url: string, timeZone: string): PortalDocument {
  // Its names are shown as written, its URLs checked when rendered.
  if (kind === 'links') {
    return { kind, links: Array.isArray(value) ? { links: value, problems: [] } : { problems: [], ...(value as LinksDocument) } };
  }
  const article = (item: ArticleInput): Article => ({
    authors: [],
    tags: [],
    baseUrl: url,
    ...item,
    datePublished: parseDate(item.datePublished, timeZone),
    dateModified: parseDate(item.dateModified, timeZone),
  });
  if (kind === 'article') return { kind, article: article(value as ArticleInput) };
  const feed: FeedInput = Array.isArray(value) ? { items: value } : (value as FeedInput);
  return { kind, feed: { problems: [], ...feed, items: feed.items.map(article) } };
}

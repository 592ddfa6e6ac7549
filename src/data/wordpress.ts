// WordPress REST API `wp/v2/posts`, with or without `_embed`.
// Rendered fields are HTML with character references; they become plain text
// here, except `content.rendered`, which is the (untrusted) body.

import { safeUrl } from '../core/safe-url.js';
import { DEFAULT_TIME_ZONE } from '../core/time-zone.js';
import { dateOrderOf } from './dates.js';
import type { Article, Feed, ImageSize } from './model.js';
import { finish, type Steps } from './steps.js';
import {
  adapt,
  adaptSteps,
  at,
  dateField,
  fail,
  fields,
  hash,
  identifier,
  isFields,
  optional,
  optionalStr,
  plain,
  requiredSteps,
  shorten,
  str,
  textOfHtml,
  valuesOf,
  type Context,
  type Fields,
} from './validate.js';

/**
 * A `wp/v2/posts` response (an array of posts) as a `Feed`; with the
 * response's headers, its `nextUrl` is the next page WordPress names there.
 */
export const parseWordPress = (doc: unknown, url: string, timeZone = DEFAULT_TIME_ZONE, headers?: PageHeaders): Feed =>
  finish(wordPressSteps(doc, url, timeZone, headers));

/** `parseWordPress` as steps that may pause between posts (`steps.ts`). */
export function wordPressSteps(doc: unknown, url: string, timeZone = DEFAULT_TIME_ZONE, headers?: PageHeaders): Steps<Feed> {
  return adaptSteps(
    url,
    function* (ctx) {
      if (!Array.isArray(doc)) fail('document', 'expected an array of posts');
      ctx.dateOrder = dateOrderOf(() => valuesOf(doc as unknown[], ['date', 'modified']), timeZone);
      const items = yield* requiredSteps(ctx, doc as unknown[], '', (post, path) => article(ctx, post, path));
      const nextUrl = headers && nextPageOf(url, headers);
      return nextUrl ? { items, nextUrl, problems: ctx.problems } : { items, problems: ctx.problems };
    },
    timeZone,
  );
}

/**
 * `{ items: [posts], nextUrl, title }`, a page of posts a page fetched itself
 * with the next page WordPress named in its headers, as a `Feed`.
 */
export function parseWordPressPage(doc: unknown, url: string, timeZone = DEFAULT_TIME_ZONE): Feed {
  const page = fields(doc, '');
  const feed = parseWordPress(page.items, url, timeZone);
  const nextUrl = safeUrl(page.nextUrl, url);
  const title = textOfHtml(page.title);
  return { ...feed, ...(nextUrl && { nextUrl }), ...(title && { title }) };
}

/** A single post (`wp/v2/posts/<id>`) as an `Article`. */
export function parseWordPressPost(doc: unknown, url: string, timeZone = DEFAULT_TIME_ZONE): Article {
  return adapt(url, (ctx) => article(ctx, doc, ''), timeZone);
}

function article(ctx: Context, value: unknown, path: string): Article {
  const post = fields(value, path);
  const text = (key: string) => optional(ctx, () => str(post, key, path));
  const embedded = isFields(post._embedded) ? post._embedded : {};
  const media = firstOf(embedded['wp:featuredmedia']);
  const mediaUrl = safeUrl(media?.source_url, ctx.url);
  // `wp:term` is one array per taxonomy: categories, tags, custom ones.
  const terms = (Array.isArray(embedded['wp:term']) ? embedded['wp:term'].flat() : []).filter(isFields);
  const termNames = (taxonomy: string) => terms.flatMap((term) => (term.taxonomy === taxonomy && textOfHtml(term.name)) || []);
  const firstCategory = terms.find((term) => term.taxonomy === 'category' && textOfHtml(term.name));

  const excerpt = rendered(ctx, post, 'excerpt', path);
  const content = rendered(ctx, post, 'content', path);
  const summary = cutMarkAsEllipsis(textOfHtml(excerpt?.replace(MORE_LINK, '')));
  const url = safeUrl(text('link'), ctx.url);
  return {
    id: optional(ctx, () => identifier(post, 'id', path)) ?? url ?? hash(JSON.stringify(post)),
    title:
      textOfHtml(rendered(ctx, post, 'title', path)) ??
      shorten(summary ?? textOfHtml(content)) ??
      shorten(url) ??
      fail(at(path, 'title'), 'missing'),
    url,
    summary,
    contentHtml: content || undefined,
    image: mediaUrl ?? safeUrl(text('jetpack_featured_media_url'), ctx.url),
    imageSizes: mediaUrl ? imageSizesOf(media, ctx.url) : undefined,
    imageAlt: mediaUrl && plain(media?.alt_text),
    imageCaption: mediaUrl && isFields(media?.caption) ? textOfHtml(media.caption.rendered) : undefined,
    datePublished: date(ctx, post, 'date', path),
    dateModified: date(ctx, post, 'modified', path),
    authors: (Array.isArray(embedded.author) ? embedded.author : []).flatMap(
      (author) => (isFields(author) && plain(author.name)) || [],
    ),
    tags: termNames('post_tag'),
    category: firstCategory && {
      id: firstCategory.id == null ? undefined : String(firstCategory.id),
      name: textOfHtml(firstCategory.name)!,
      url: safeUrl(firstCategory.link, ctx.url),
    },
    baseUrl: ctx.url,
  };
}

/** The response headers a page of posts is read with: WordPress says there where the next page is. */
export interface PageHeaders {
  get(name: string): string | null;
}

/**
 * The next page of a `wp/v2/posts` answer at `url`: the `Link` header's
 * `rel="next"`, else, when a proxy dropped `Link`, the same URL with `page=`
 * one higher while it is below `X-WP-TotalPages`. None on the last page.
 */
export function nextPageOf(url: string, headers: PageHeaders): string | undefined {
  // Bounded: a header is short; a hostile one is not parsed for long.
  const links = (headers.get('Link') ?? '').slice(0, 8192);
  for (const [, target, params] of links.matchAll(/<([^<>]*)>((?:\s*;\s*[^;,<>]*)*)/g)) {
    const rel = /(?:^|;)\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,"]+))/i.exec(params);
    if (rel && (rel[1] ?? rel[2]).toLowerCase().split(/\s+/).includes('next')) return safeUrl(target, url);
  }
  const total = Number(headers.get('X-WP-TotalPages'));
  const page = Number(new URL(url).searchParams.get('page') ?? 1);
  if (!Number.isInteger(total) || !Number.isInteger(page) || page >= total) return undefined;
  // Only `page` changes: the rest of the query is kept as written (`_embed`, not `_embed=`).
  const [path, query = ''] = url.split('#')[0].split(/\?(.*)/s);
  const others = query.split('&').filter((pair) => pair && !/^page(?:=|$)/.test(pair));
  return `${path}?${[...others, `page=${page + 1}`].join('&')}`;
}

/**
 * The widths WordPress made of a featured image (`media_details.sizes`, the
 * original among them), narrowest first: only those in the original's
 * proportions (not the square `thumbnail` crop), one per width. None when
 * fewer than two are left: nothing to choose from.
 */
export function imageSizesOf(media: Fields | undefined, documentUrl: string): ImageSize[] | undefined {
  const details = isFields(media?.media_details) ? media.media_details : undefined;
  if (!details || !isFields(details.sizes)) return undefined;
  const shape = Number(details.width) / Number(details.height);
  const candidates = new Map<number, string>();
  const original = { width: details.width, height: details.height, source_url: media?.source_url };
  for (const size of [...Object.values(details.sizes), original]) {
    if (!isFields(size)) continue;
    const width = Number(size.width);
    const url = safeUrl(size.source_url, documentUrl);
    // A `srcset` cuts a candidate at white space and drops a URL's trailing commas.
    const listable = url && !/[\s,]$/.test(url);
    const sameShape = Math.abs(width / Number(size.height) / shape - 1) < 0.02;
    if (listable && Number.isInteger(width) && width > 0 && sameShape && !candidates.has(width)) candidates.set(width, url);
  }
  if (candidates.size < 2) return undefined;
  return [...candidates].map(([width, url]) => ({ url, width })).sort((a, b) => a.width - b.width);
}

const firstOf = (value: unknown): Fields | undefined => (Array.isArray(value) && isFields(value[0]) ? value[0] : undefined);

/** `{rendered: "…"}`, or a bare string as some plugins and `_fields` filters return; any other shape is dropped and recorded. */
function rendered(ctx: Context, post: Fields, key: string, path: string): string | undefined {
  const value = post[key];
  if (value == null || typeof value === 'string') return value ?? undefined;
  return optional(ctx, () => str(fields(value, at(path, key)), 'rendered', at(path, key)));
}

// Themes append a link after the excerpt: `<a class="more-link">Read More</a>`,
// "Continue reading <span>Title</span>"…; it is not part of the lead.
// Bounded, so a hostile excerpt full of unclosed links cannot make it backtrack for seconds.
const MORE_LINK =
  /<a\b(?=[^<>]*\bmore-link\b)[\s\S]{0,500}?<\/a>|<a\b[^<>]*>\s*(?:read more|continue reading|đọc tiếp|xem tiếp)\b[\s\S]{0,500}?<\/a>/gi;

/** The excerpt's own `[…]` (or `[...]`) at its end, with the white space before it, marks a cut; an ellipsis says the same. */
function cutMarkAsEllipsis(text: string | undefined): string | undefined {
  const mark = text?.endsWith('[…]') ? '[…]' : text?.endsWith('[...]') ? '[...]' : '';
  return (mark ? `${text!.slice(0, -mark.length).trimEnd()}…` : text) || undefined;
}

/**
 * `date_gmt` is UTC written without a zone; `date` is the site's wall-clock
 * time, read in the document's zone. Drafts have no `date_gmt`; an unreadable
 * `date_gmt` is recorded and `date` read instead.
 */
function date(ctx: Context, post: Fields, key: string, path: string): string | undefined {
  const read = (name: string, timeZone?: string) => dateField(ctx, optionalStr(ctx, post, name, path), path, name, timeZone);
  return read(`${key}_gmt`, 'UTC') ?? read(key);
}

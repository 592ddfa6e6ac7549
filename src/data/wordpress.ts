// WordPress REST API `wp/v2/posts`, with or without `_embed`.
// Rendered fields are HTML with character references; they become plain text
// here, except `content.rendered`, which is the (untrusted) body.

import { safeUrl } from '../core/safe-url.js';
import { DEFAULT_TIME_ZONE } from '../core/time-zone.js';
import { dateOrderOf } from './dates.js';
import type { Article, Feed } from './model.js';
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
  plain,
  requiredSteps,
  shorten,
  str,
  textOfHtml,
  type Context,
  type Fields,
} from './validate.js';

/** A `wp/v2/posts` response (an array of posts) as a `Feed`. */
export const parseWordPress = (doc: unknown, url: string, timeZone = DEFAULT_TIME_ZONE): Feed =>
  finish(wordPressSteps(doc, url, timeZone));

/** `parseWordPress` as steps that may pause between posts (`steps.ts`). */
export function wordPressSteps(doc: unknown, url: string, timeZone = DEFAULT_TIME_ZONE): Steps<Feed> {
  return adaptSteps(
    url,
    function* (ctx) {
      if (!Array.isArray(doc)) fail('document', 'expected an array of posts');
      ctx.dateOrder = dateOrderOf(
        (doc as unknown[]).flatMap((post) => (isFields(post) ? [post.date, post.modified] : [])),
        timeZone,
      );
      const items = yield* requiredSteps(ctx, doc as unknown[], '', (post, path) => article(ctx, post, path));
      return { items, problems: ctx.problems };
    },
    timeZone,
  );
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

/** The excerpt's own `[…]` marks a cut; an ellipsis says the same. */
const cutMarkAsEllipsis = (text: string | undefined): string | undefined =>
  text?.replace(/\s*\[(?:…|\.\.\.)\]$/, '…') || undefined;

/**
 * `date_gmt` is UTC written without a zone; `date` is the site's wall-clock
 * time, read in the document's zone. Drafts have no `date_gmt`; an unreadable
 * `date_gmt` is recorded and `date` read instead.
 */
function date(ctx: Context, post: Fields, key: string, path: string): string | undefined {
  const read = (name: string, timeZone?: string) =>
    dateField(
      ctx,
      optional(ctx, () => str(post, name, path)),
      at(path, name),
      timeZone,
    );
  return read(`${key}_gmt`, 'UTC') ?? read(key);
}

// Embed code that works before and without JavaScript: an element's tag with
// its current items inside as plain HTML (links, dates), which the element
// hides once it renders. Used by the demo's embed builder in the browser and
// by `portal-widgets snapshot` in Node; neither is part of the drop-in file.
import { PortalError } from '../core/portal-error.js';
import { safeUrl } from '../core/safe-url.js';
import { usableTimeZone } from '../core/time-zone.js';
import type { Article, ArticleRef, FormatName } from '../data/model.js';
import { pickRelated } from '../data/related.js';
import { formatDate } from '../format/dates.js';
import { labelsFor, type Lang } from '../format/labels.js';
import { readDocument } from '../data/read.js';
import { loadBytes, resolveSource } from '../load/load.js';

/** The elements a snapshot can be taken of. */
export const SNAPSHOT_TAGS = ['news-list', 'related-articles', 'website-links', 'article-card'] as const;
export type SnapshotTag = (typeof SNAPSHOT_TAGS)[number];

/**
 * The `:not(:defined)` rules of the README's "Avoid layout shift" section,
 * word for word (a test compares them).
 */
export const RESERVATION_CSS = `/* Heights for a column of about 360 px (a sidebar, a phone); see the table. */
news-list:not(:defined),
related-articles:not(:defined),
website-links:not(:defined),
article-card:not(:defined) { display: flow-root; }

news-list:not(:defined) { min-height: 25em; }                       /* list or compact, limit 5 */
news-list[layout="cards"]:not(:defined) { min-height: 79em; }       /* limit 3 */
news-list[layout="featured"]:not(:defined) { min-height: 47.5em; }  /* limit 5 */
related-articles:not(:defined) { min-height: 21.5em; }              /* limit 5 */
website-links:not(:defined) { min-height: 4.5em; }                  /* select */
website-links[variant="list"]:not(:defined) { min-height: 27.5em; }
website-links[variant="logos"]:not(:defined) { min-height: 23em; }
article-card:not(:defined) { min-height: 24em; }                    /* card, horizontal */
article-card[variant="full"]:not(:defined) { min-height: 100vh; }
`;

export interface SnapshotOptions {
  /** What relative URLs in the attributes resolve against. */
  base: string;
  signal?: AbortSignal;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or an attribute value as HTML that shows it as written. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => ESCAPES[char]);

const isTag = (tag: string): tag is SnapshotTag => (SNAPSHOT_TAGS as readonly string[]).includes(tag);

/** The rules of `RESERVATION_CSS` for one element. */
export function reservationCss(tag: SnapshotTag): string {
  const own = RESERVATION_CSS.split('\n').filter(
    (line) => line.startsWith(`${tag}[`) || line.startsWith(`${tag}:not(:defined) {`),
  );
  return [`${tag}:not(:defined) { display: flow-root; }`, ...own].join('\n');
}

/**
 * `<tag attributes>` with the items of its source inside as plain HTML: a
 * heading and a list of links with their dates (`dd/MM/yyyy` in the element's
 * `time-zone`), or a card's title link, date and summary. Every text is
 * escaped and every URL passes `safeUrl`. Throws a `PortalError` when the
 * source cannot be loaded or read, and an `Error` for an unknown tag.
 */
export async function elementSnapshot(tag: string, attributes: [string, string][], options: SnapshotOptions): Promise<string> {
  if (!isTag(tag)) throw new Error(`Unknown element <${tag}>: expected one of ${SNAPSHOT_TAGS.join(', ')}`);
  const attrs = new Map(attributes);
  const { base, signal = new AbortController().signal } = options;
  const lang: Lang = attrs.get('lang') === 'en' ? 'en' : 'vi';
  const timeZone = usableTimeZone(attrs.get('time-zone'));
  const format = attrs.get('format') as FormatName | undefined;
  const load = async (src: string) => {
    const body = await loadBytes(resolveSource(src, base), { signal, fresh: true });
    return { document: await readDocument(body, { format, timeZone }), url: body.url };
  };
  const main = attrs.get('src') ?? (tag === 'related-articles' ? attrs.get('article-src') : undefined);
  if (!main) throw new PortalError('network', `<${tag}> needs a src attribute`, '');
  const { document, url } = await load(main);
  const labels = labelsFor(lang);
  const level = Math.min(6, Math.max(2, Math.trunc(Number(attrs.get('heading-level'))) || 2));
  const target = attrs.get('target') === '_blank' ? ' target="_blank" rel="noopener"' : '';
  const link = (text: string, href: string | undefined) => {
    const safe = href && safeUrl(href, url);
    return safe ? `<a href="${escapeHtml(safe)}"${target}>${escapeHtml(text)}</a>` : escapeHtml(text);
  };
  const time = (iso: string | undefined) => {
    const text = iso && formatDate(iso, 'dd/MM/yyyy', lang, timeZone);
    return text ? `<time datetime="${escapeHtml(iso)}">${text}</time>` : '';
  };
  const date = (iso: string | undefined) => (time(iso) ? ` (${time(iso)})` : '');
  const heading = (fallback: 'websiteLinks' | 'related' | 'latest') => {
    const text = attrs.get('heading') ?? labels[fallback];
    return text ? `  <h${level}>${escapeHtml(text)}</h${level}>\n` : '';
  };
  const list = (rows: string[]) => `  <ul>\n${rows.map((row) => `    <li>${row}</li>\n`).join('')}  </ul>\n`;
  const limit = (fallback: number) => {
    const wanted = Math.trunc(Number(attrs.get('limit')));
    return wanted > 0 ? wanted : fallback;
  };
  const articles = (items: (Article | ArticleRef)[], count: number) =>
    list(items.slice(0, count).map((item) => `${link(item.title, item.url)}${date(item.datePublished)}`));

  let inner: string;
  if (tag === 'website-links') {
    if (document.kind !== 'links') throw new PortalError('format', 'website-links: expected a links document', url);
    const count = limit(Infinity);
    inner = heading('websiteLinks') + list(document.links.links.slice(0, count).map((item) => link(item.name, item.url)));
  } else if (document.kind === 'links') {
    throw new PortalError('format', `${tag}: expected a feed or an article, got a links document`, url);
  } else if (tag === 'article-card') {
    const itemId = attrs.get('item-id');
    const items = document.kind === 'feed' ? document.feed.items : [document.article];
    const article = itemId ? items.find((item) => item.id === itemId) : items[0];
    if (!article)
      throw new PortalError('format', itemId ? `items: no article with id "${itemId}"` : 'items: the feed is empty', url);
    const summary = article.summary ? `  <p>${escapeHtml(article.summary)}</p>\n` : '';
    const published = time(article.datePublished);
    inner = `  <h${level}>${link(article.title, article.url)}</h${level}>\n${published ? `  <p>${published}</p>\n` : ''}${summary}`;
  } else if (tag === 'related-articles' && !attrs.has('src')) {
    const article = document.kind === 'article' ? document.article : document.feed.items[0];
    if (!article) throw new PortalError('format', 'related: expected an article document', url);
    const feedSrc = attrs.get('feed-src');
    const items = article.related?.length || !feedSrc ? (article.related ?? []) : await pool(feedSrc, article);
    inner = heading('related') + articles(items, limit(5));
  } else {
    const items = document.kind === 'feed' ? document.feed.items : [document.article];
    const excluded = new Set((attrs.get('exclude') ?? '').split(/\s+/).filter(Boolean));
    const shown = items.filter((item) => !excluded.has(item.id));
    inner = heading(tag === 'news-list' ? 'latest' : 'related') + articles(shown, limit(tag === 'news-list' ? 10 : 5));
  }
  const open = attributes.map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('');
  return `<${tag}${open}>\n${inner}</${tag}>`;

  async function pool(feedSrc: string, article: Article) {
    const loaded = await load(feedSrc);
    return loaded.document.kind === 'feed' ? pickRelated(article, loaded.document.feed.items) : [];
  }
}

/**
 * The whole snippet for a page: the element's reservation rule, the script,
 * and the element with its items inside (`elementSnapshot`).
 */
export async function snapshot(
  tag: string,
  attributes: [string, string][],
  script: string,
  options: SnapshotOptions,
): Promise<string> {
  const element = await elementSnapshot(tag, attributes, options);
  return `<style>\n${reservationCss(tag as SnapshotTag)}\n</style>\n<script type="module" src="${escapeHtml(script)}"></script>\n${element}\n`;
}

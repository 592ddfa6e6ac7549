import { property } from 'lit/decorators.js';
import type { Article, ArticleRef, Feed } from '../data/model.js';
import { ArticleListElement } from '../internal/article-list.js';
import { define } from '../internal/define.js';
import type { Loaded } from '../internal/portal-element.js';
import { PortalError } from '../internal/portal-error.js';
import { relatedArticlesStyles } from './related-articles.styles.js';

/**
 * "Các bài liên quan" for one article: from a feed of related items at `src`,
 * or from the `related` list of the article at `article-src` — and, when
 * that article has none, picked from the feed at `feed-src` by shared
 * category and tags, newest first.
 *
 * @summary Related articles for one article.
 * @tag related-articles
 *
 * @fires portal-load - The related items arrived and rendered. `detail: { url, items, stale, problems }`
 * @fires portal-error - Loading failed. `detail: { url, kind, status?, message }`
 *
 * @slot - Fallback content: shown before the element upgrades and on error.
 *
 * @csspart heading - The block heading.
 * @csspart list - The list of articles.
 * @csspart item - One article's list item.
 * @csspart link - An article's title link.
 * @csspart date - An article's date (a `<time>`).
 * @csspart button - The "Xem tiếp" and "Thử lại" buttons.
 * @csspart more - The "Xem tiếp" button.
 * @csspart more-link - The "Xem thêm" link.
 * @csspart image - A card's image (layout `cards`).
 * @csspart category - A card's category (layout `cards`).
 * @csspart title - A card's title (layout `cards`).
 * @csspart summary - A card's summary (layout `cards`).
 * @csspart skeleton - The loading placeholder.
 * @csspart empty - The "no data" message.
 * @csspart error - The error message with its retry button.
 * @csspart stale - The "may be out of date" note.
 *
 * @cssprop [--portal-color-primary=#0b4f8a] - Links, buttons, bullets and the heading.
 * @cssprop [--portal-color-text=#1f1f1f] - Body text.
 * @cssprop [--portal-color-muted=#575757] - Dates.
 * @cssprop [--portal-color-border=#c7c7c7] - Separators.
 * @cssprop [--portal-color-focus=#b35c00] - The focus outline.
 * @cssprop [--portal-font-family=inherit] - The font.
 * @cssprop [--portal-heading-size=1.125em] - The heading's font size.
 * @cssprop [--portal-gap=0.75rem] - Space between cards and blocks.
 * @cssprop [--portal-card-min-width=15rem] - Narrowest card (layout `cards`).
 */
export class RelatedArticles extends ArticleListElement {
  static override styles = relatedArticlesStyles;

  /** A single-article document whose `related` list is shown. */
  @property({ attribute: 'article-src' }) articleSrc?: string;

  /** A feed to pick related articles from when the article has no `related` list. */
  @property({ attribute: 'feed-src' }) feedSrc?: string;

  override limit = 5;

  // A related list is short: most articles have fewer related ones than `limit`.
  protected override reservesPager = false;

  protected get defaultHeading() {
    return this.labels.related;
  }

  protected override hasSource() {
    return !!(this.src || this.articleSrc);
  }

  protected override sources() {
    return [...super.sources(), this.articleSrc, this.feedSrc];
  }

  protected override sourceArgs() {
    return [...super.sourceArgs(), this.articleSrc, this.feedSrc];
  }

  protected override async load(signal: AbortSignal, fresh: boolean): Promise<Loaded<Feed>> {
    if (this.src) return super.load(signal, fresh);
    const { document, url, stale } = await this.fetchDocument(this.articleSrc!, signal, fresh);
    const article =
      document.kind === 'article' ? document.article : document.kind === 'feed' ? document.feed.items[0] : undefined;
    if (!article) throw new PortalError('format', 'related: expected an article document', url);
    if (article.related?.length || !this.feedSrc) {
      return { value: { items: (article.related ?? []).map(fromRef(url)), problems: [] }, url, stale };
    }
    const pool = await this.fetchDocument(this.feedSrc, signal, fresh);
    const feed = this.adapt(pool.document, pool.url);
    return { value: { items: pickRelated(article, feed.items), problems: feed.problems }, url: pool.url, stale: pool.stale || stale };
  }
}

const fromRef =
  (baseUrl: string) =>
  (ref: ArticleRef): Article => ({ ...ref, authors: [], tags: [], baseUrl });

/** Articles sharing the category or a tag of `article`, newest first; never the article itself. */
export function pickRelated(article: Article, pool: Article[]): Article[] {
  const tags = new Set(article.tags.map((tag) => tag.toLowerCase()));
  const categoryOf = (item: Article) => item.category?.id ?? item.category?.name;
  const category = categoryOf(article);
  const time = (item: Article) => Date.parse(item.datePublished ?? '') || 0;
  return pool
    .filter(
      (item) =>
        item.id !== article.id &&
        (!article.url || item.url !== article.url) &&
        ((!!category && categoryOf(item) === category) || item.tags.some((tag) => tags.has(tag.toLowerCase())))
    )
    .sort((a, b) => time(b) - time(a));
}

define('related-articles', RelatedArticles);

declare global {
  interface HTMLElementTagNameMap {
    'related-articles': RelatedArticles;
  }
}

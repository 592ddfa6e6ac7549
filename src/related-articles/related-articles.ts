import { property } from 'lit/decorators.js';
import type { Article, ArticleRef, Feed } from '../data/model.js';
import { ArticleListElement } from '../article-list/article-list.js';
import { define } from '../element/define.js';
import type { Loaded } from '../element/source.js';
import { PortalError } from '../core/portal-error.js';
import { pickRelated } from '../data/related.js';
import { relatedArticlesStyles } from './related-articles.styles.js';

/**
 * "Các bài liên quan" for one article: from a feed of related items at `src`,
 * or from the `related` list of the article at `article-src` — and, when
 * that article has none, picked from the feed at `feed-src` by shared
 * category and tags, newest first.
 *
 * @summary Related articles for one article.
 * @tag related-articles
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

  protected override sources() {
    return this.src || this.articleSrc ? [this.src, this.articleSrc, this.feedSrc] : undefined;
  }

  protected override async load(signal: AbortSignal, fresh: boolean): Promise<Loaded<Feed>> {
    if (this.src) return super.load(signal, fresh);
    const { document, url, stale } = await this.source.fetch(this.articleSrc!, signal, fresh);
    const article =
      document.kind === 'article' ? document.article : document.kind === 'feed' ? document.feed.items[0] : undefined;
    if (!article) throw new PortalError('format', 'related: expected an article document', url);
    if (article.related?.length || !this.feedSrc) {
      return { value: { items: (article.related ?? []).map(fromRef(url)), problems: [] }, url, stale };
    }
    const pool = await this.source.fetch(this.feedSrc, signal, fresh);
    const feed = this.adapt(pool.document, pool.url);
    return {
      value: { items: pickRelated(article, feed.items), problems: feed.problems },
      url: pool.url,
      stale: pool.stale || stale,
    };
  }
}

const fromRef =
  (baseUrl: string) =>
  (ref: ArticleRef): Article => ({ ...ref, authors: [], tags: [], baseUrl });

export { pickRelated };

define('related-articles', RelatedArticles);

declare global {
  interface HTMLElementTagNameMap {
    'related-articles': RelatedArticles;
  }
}

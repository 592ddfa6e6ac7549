import { define } from '../element/define.js';
import { ArticleListElement } from '../article-list/article-list.js';
import { newsListStyles } from './news-list.styles.js';

/**
 * The latest articles of a feed, as on a portal's "Tin mới nhất" or
 * "Các tin mới hơn" block: title links with "(dd/MM/yyyy)", titles only,
 * or cards. Pages through the feed's `next_url` with "Xem tiếp".
 *
 * @summary The latest articles of a feed: `list`, `compact` or `cards`.
 * @tag news-list
 */
export class NewsList extends ArticleListElement {
  static override styles = newsListStyles;

  protected get defaultHeading() {
    return this.labels.latest;
  }
}

define('news-list', NewsList);

declare global {
  interface HTMLElementTagNameMap {
    'news-list': NewsList;
  }
}

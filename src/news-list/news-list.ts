import { define } from '../internal/define.js';
import { ArticleListElement } from '../internal/article-list.js';
import { newsListStyles } from './news-list.styles.js';

/**
 * The latest articles of a feed, as on a portal's "Tin mới nhất" or
 * "Các tin mới hơn" block: title links with "(dd/MM/yyyy)", titles only,
 * or cards. Pages through the feed's `next_url` with "Xem tiếp".
 *
 * @summary The latest articles of a feed: `list`, `compact` or `cards`.
 * @tag news-list
 *
 * @fires {PortalLoadDetail} portal-load - The feed arrived and rendered. `detail: { url, items, stale, problems }`
 * @fires {PortalErrorDetail} portal-error - Loading the feed (or its next page) failed. `detail: { url, kind, status?, message }`
 *
 * @slot - Fallback content (e.g. a plain link to the portal's news page): shown before the element upgrades and on error.
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
 * @cssprop [--portal-color-error=#a4262c] - Error messages.
 * @cssprop [--portal-font-family=inherit] - The font.
 * @cssprop [--portal-font-size=max(1rem, 15px)] - The base font size; the other sizes are relative to it.
 * @cssprop [--portal-heading-size=1.125em] - The heading's font size.
 * @cssprop [--portal-heading-transform=none] - e.g. `uppercase`.
 * @cssprop [--portal-gap=0.75rem] - Space between cards and blocks.
 * @cssprop [--portal-radius=4px] - Corner radius.
 * @cssprop [--portal-card-min-width=15rem] - Narrowest card (layout `cards`).
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

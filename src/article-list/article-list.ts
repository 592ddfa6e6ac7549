import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { FeedData } from '../data/given.js';
import type { Article, Feed, PortalDocument } from '../data/model.js';
import { cardSkeleton, renderDate } from '../article-card/card-parts.js';
import { formatDate } from '../format/dates.js';
import { PortalElement, bone } from '../element/portal-element.js';
import { errorEvent } from '../events.js';
import { PortalError, isAbort } from '../core/portal-error.js';
import { safeUrl } from '../core/safe-url.js';
import { LAZY_SIZES, srcsetOf } from '../element/image.js';

export type ArticleLayout = 'list' | 'compact' | 'cards' | 'featured';

/**
 * Rows beyond which off-screen rows skip layout and paint
 * (`content-visibility`). Below it the saving is not measurable (bench/),
 * and skipped rows would only be guessed heights and blank in a capture.
 */
const LONG_LIST = 50;

/**
 * `<article-card>`, which layout `cards` renders: its module, loaded the first time a list
 * shows cards (in the drop-in file it is there already; a file of one element loads it).
 * Should it not load, the rows stay, without their cards' content, and a later list tries again.
 */
let cardsLoading: Promise<unknown> | undefined;
const loadCards = () =>
  (cardsLoading ??= import('../article-card/article-card-element.js').catch(() => {
    cardsLoading = undefined;
  }));

interface Paging {
  /** The feed the extra pages belong to; a new feed drops them. */
  base: Feed;
  items: Article[];
  nextUrl?: string;
}

/** What the list shows of the live-update controller (`live.ts`, loaded once `refresh` is set). */
export interface LiveView {
  /** The items to show in place of `feed`'s own: changed ones updated, revealed new ones first. */
  items(feed: Feed): Article[];
  /** How many new articles wait behind the button. */
  readonly waiting: number;
  /** Whether the last check failed. */
  readonly stale: boolean;
  /** Shows the waiting articles and moves focus to the first. */
  reveal(): Promise<void>;
}

/**
 * A list of articles, shared by `<news-list>` and `<related-articles>`:
 * layouts, `limit`, `exclude`, "Xem thêm", the "Xem tiếp" pager and `refresh`.
 *
 * @fires {PortalUpdateDetail} portal-update - A `refresh` check found new or changed articles. `detail: { url, added, changed }`, each an array of articles: `added` wait behind the "new articles" button, `changed` were updated in place.
 *
 * @csspart list - The list of articles.
 * @csspart item - One article's list item.
 * @csspart date - An article's publication date (a `<time>`; layouts `list`, `cards` and `featured`).
 * @csspart more - The "Xem tiếp" button (also part `button`).
 * @csspart more-link - The "Xem thêm" link.
 * @csspart new-items - The "Có 3 tin mới" button that shows the articles a `refresh` found (also part `button`).
 * @csspart image - A card's image (layouts `cards` and `featured`).
 * @csspart caption - The featured article's image caption (layout `featured`).
 * @csspart category - A card's category (layouts `cards` and `featured`).
 * @csspart title - A card's title (layouts `cards` and `featured`; also part `heading`).
 * @csspart summary - A card's summary (layouts `cards` and `featured`).
 *
 * @cssprop [--portal-title-lines=2] - Lines every title takes in layouts `list` and `compact` (and beside a `featured` article): a shorter one leaves them empty, a longer one ends in "…" (the link keeps its whole text). `none`: each title takes its own height. Cards take 3 (see `<article-card>`).
 * @cssprop [--portal-card-min-width=15rem] - Narrowest card (layout `cards`).
 * @cssprop [--portal-title-size=1.0625em] - A card's title size (layout `cards`; `1.25em` for the featured article).
 * @cssprop [--portal-category-transform=uppercase] - A card's category text transform (layouts `cards` and `featured`).
 * @cssprop [--portal-summary-lines=3] - Lines of summary a card shows (layouts `cards` and `featured`).
 * @cssprop [--portal-image-ratio=16 / 9] - A card's image aspect ratio (layouts `cards` and `featured`).
 */
export abstract class ArticleListElement extends PortalElement<Feed> {
  #paging?: Paging;
  /** Each row's template, per item, for as long as nothing it depends on changes. */
  #rows = new WeakMap<Article, unknown>();
  #rowsFor = '';
  /** The "Xem tiếp" request in flight, aborted when the element is removed. */
  #pageRequest?: AbortController;
  /** Whether the loading state keeps room for "Xem tiếp". */
  protected reservesPager = true;
  /** The live-update controller, once `refresh` has loaded it. */
  #live?: LiveView;

  @state() private shown = 0;
  @state() private pageLoading = false;
  @state() private pageError = false;

  /**
   * `list` (title and date), `compact` (titles only), `cards` (image, category,
   * summary) or `featured` (the first article large, the next ones as titles
   * beside it when the element is at least 36rem wide, else below it).
   */
  @property({ reflect: true }) layout: ArticleLayout = 'list';

  /** Most items shown at once; "Xem tiếp" shows as many again. */
  @property({ type: Number }) limit = 10;

  /** Article id(s) to leave out, space-separated: usually the article the page shows. */
  @property() exclude?: string;

  /**
   * Seconds between checks for new articles while the page is visible (at
   * least 30); 0, the default, never checks. New articles wait behind a
   * button at the top of the list, which keeps a row for it.
   */
  @property({ type: Number }) refresh = 0;

  /** A "Xem thêm" link to the portal's own listing. */
  @property({ attribute: 'more-href' }) moreHref?: string;

  /**
   * The feed, for hosts that already have it (instead of `src`): its items
   * (`[{ id, title, url }]`, the rest optional), or a document as `src` could
   * give it (a JSON Feed object, a WordPress posts array). No event fires for it.
   */
  @property({ attribute: false }) data?: FeedData;

  protected readonly shows = 'feed';

  protected adapt(document: PortalDocument, url: string): Feed {
    if (document.kind !== 'feed') {
      throw new PortalError(
        'format',
        `items: expected a feed, got ${document.kind === 'article' ? 'an article' : 'a links document'}`,
        url,
      );
    }
    return document.feed;
  }

  protected input() {
    return this.data;
  }

  protected isEmpty(feed: Feed) {
    return this.#visible(feed).length === 0;
  }

  protected loadDetail(feed: Feed) {
    return { items: this.#visible(feed).slice(0, this.#pageSize()), problems: feed.problems };
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#pageRequest?.abort();
  }

  override willUpdate(changed: Map<PropertyKey, unknown>) {
    super.willUpdate(changed);
    if (changed.has('limit') || changed.has('data') || changed.has('src')) this.shown = this.#pageSize();
  }

  /**
   * Layout `cards` renders `<article-card>`: its module starts loading with the first update,
   * beside the data request. The skeleton renders at once; the cards render once it is here,
   * never as empty elements first (as the full article waits for its chunk).
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.layout !== 'cards' || customElements.get('article-card')) return super.scheduleUpdate();
    const loading = loadCards();
    return this.shownValue() || this.serverState ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  override updated(changed: PropertyValues) {
    super.updated(changed);
    // The machinery is a chunk of its own: a page without `refresh` never loads it.
    if (this.refresh > 0 && !this.#live) {
      import('./live.js').then(
        ({ LiveFeed }) =>
          (this.#live ??= new LiveFeed(
            this,
            () => this.source.value,
            (signal) => this.load(signal, false),
          )),
        () => {},
      );
    }
  }

  protected override outdated() {
    return !!this.#live?.stale;
  }

  #pageSize() {
    return this.limit > 0 ? Math.trunc(this.limit) : 10;
  }

  /** All items known for this feed (its own and appended pages), minus the excluded ones. */
  #visible(feed: Feed): Article[] {
    const excluded = new Set((this.exclude ?? '').split(/\s+/).filter(Boolean));
    const own = this.#live?.items(feed) ?? feed.items;
    const items = this.#paging?.base === feed ? [...own, ...this.#paging.items] : own;
    return excluded.size ? items.filter((item) => !excluded.has(item.id)) : items;
  }

  #nextUrl(feed: Feed) {
    return this.#paging?.base === feed ? this.#paging.nextUrl : feed.nextUrl;
  }

  /** "Xem tiếp": first reveal what is loaded, then fetch the feed's next page. */
  async #showMore(feed: Feed) {
    const before = this.#visible(feed).length;
    const target = this.shown + this.#pageSize();
    const nextUrl = this.#nextUrl(feed);
    if (before < target && nextUrl) {
      this.pageLoading = true;
      this.pageError = false;
      try {
        // The loader applies `timeout` (a "timeout" error, as for the first page).
        const { document, url } = await this.source.fetch(nextUrl, (this.#pageRequest = new AbortController()).signal);
        const page = this.adapt(document, url);
        const paging = this.#paging?.base === feed ? this.#paging : (this.#paging = { base: feed, items: [] });
        const known = new Set(this.#visible(feed).map((item) => item.id));
        paging.items.push(...page.items.filter((item) => !known.has(item.id)));
        paging.nextUrl = page.nextUrl !== nextUrl ? page.nextUrl : undefined;
      } catch (error) {
        // Removed mid-request: nothing failed.
        if (isAbort(error)) return;
        this.pageError = true;
        this.dispatchEvent(errorEvent(error, nextUrl));
        return;
      } finally {
        this.pageLoading = false;
      }
    }
    const firstNew = this.shown;
    this.shown = target;
    await this.updateComplete;
    // Keyboard users continue where the new items start.
    const item = this.renderRoot.querySelectorAll<HTMLElement>('[part~="item"]')[firstNew];
    (item?.querySelector('a, article-card') as HTMLElement | null)?.focus();
  }

  /**
   * `limit` rows in the list's own markup and classes: a row measures what a
   * loaded row with a title of typical length (about 80 characters) does.
   * The "Xem tiếp" row is reserved where it is typical: a portal's feed has
   * more articles than a block shows (see `reservesPager`), and with `more-href`.
   */
  protected renderSkeleton(): TemplateResult {
    const { layout } = this;
    const row =
      layout === 'cards' ? cardSkeleton() : html`${bone(80)}${layout === 'list' ? html` ${bone(12, 'date')}` : nothing}`;
    return html`${this.refresh > 0 ? html`<div class="new-items"></div>` : nothing}
      <ul class="items ${layout}">
        ${Array.from(
          { length: Math.min(this.#pageSize(), LONG_LIST) },
          (_, i) => html`<li>${i || layout !== 'featured' ? row : cardSkeleton()}</li>`,
        )}
      </ul>
      ${
        this.reservesPager || this.moreHref
          ? html`<div class="footer"><button class="bone" type="button" disabled>${this.labels.continue}</button></div>`
          : nothing
      }`;
  }

  /** The featured article: a card in the card's classes, with the image's caption, its title a level below the block's. */
  #renderLead(item: Article) {
    const date = item.datePublished ?? item.dateModified;
    return html`<li part="item">
      <article class="card">
        ${
          item.image
            ? html`<figure>
                <img
                  class="image"
                  part="image"
                  src="${item.image}"
                  srcset="${srcsetOf(item.imageSizes)}"
                  sizes="${item.imageSizes ? LAZY_SIZES : nothing}"
                  alt="${item.imageAlt ?? ''}"
                  loading="lazy"
                  decoding="async"
                />
                ${item.imageCaption ? html`<figcaption part="caption">${item.imageCaption}</figcaption>` : nothing}
              </figure>`
            : nothing
        }
        <div class="text">
          ${item.category ? this.renderLink(item.category.url, item.category.name, 'category') : nothing}
          ${this.renderHeading(this.renderLink(item.url, item.title || this.labels.untitled), 'title', this.headingLevel + 1)}
          ${renderDate(date, date && formatDate(date, this.dateFormat ?? 'dd/MM/yyyy', this.lang_, this.timeZone))}
          ${item.summary ? html`<p class="summary" part="summary">${item.summary}</p>` : nothing}
        </div>
      </article>
    </li>`;
  }

  private renderItem(item: Article) {
    if (this.layout === 'cards') {
      return html`<li part="item">
        <article-card
          .article=${item}
          variant="card"
          lang="${this.lang_}"
          time-zone="${this.timeZone}"
          date-format="${this.dateFormat || nothing}"
          heading-level="${Math.min(6, this.headingLevel + 1)}"
          target="${this.target}"
          exportparts="image, category, title, date, summary"
        ></article-card>
      </li>`;
    }
    // An RSS/Atom entry without a title has an empty one.
    const title = item.title || this.labels.untitled;
    const date = this.layout === 'list' ? item.datePublished : undefined;
    const dateText = date && formatDate(date, this.dateFormat ?? 'dd/MM/yyyy', this.lang_, this.timeZone);
    const url = this.target === '_blank' ? undefined : safeUrl(item.url, this.baseUrl);
    // The common row in one template: a long list pays for one clone per item, not four.
    if (url) {
      return dateText
        ? html`<li part="item">
            <a part="link" href="${url}">${title}</a>
            <span class="date">(<time part="date" datetime="${date}">${dateText}</time>)</span>
          </li>`
        : html`<li part="item"><a part="link" href="${url}">${title}</a></li>`;
    }
    return html`<li part="item">
      ${this.renderLink(item.url, title)}${dateText ? html` <span class="date">(${renderDate(date, dateText)})</span>` : nothing}
    </li>`;
  }

  /**
   * The rows, each built once: a re-render for "Xem tiếp" or the button's
   * busy state formats no date and checks no link again. Nothing changes a
   * feed once read (a host's `.data` is read into new objects, again when
   * the host sets a new value).
   */
  #renderRows(items: Article[]) {
    const dependsOn = [
      this.layout,
      this.lang_,
      this.timeZone,
      this.dateFormat,
      this.target,
      this.headingLevel,
      this.baseUrl,
    ].join('\n');
    if (dependsOn !== this.#rowsFor) {
      this.#rows = new WeakMap();
      this.#rowsFor = dependsOn;
    }
    return items.map((item, i) => {
      if (!i && this.layout === 'featured') return this.#renderLead(item);
      let row = this.#rows.get(item);
      if (!row) this.#rows.set(item, (row = this.renderItem(item)));
      return row;
    });
  }

  private renderFooter(feed: Feed, total: number) {
    const more = this.moreHref ? safeUrl(this.moreHref, this.baseUrl) : undefined;
    const canPage = this.shown < total || !!this.#nextUrl(feed);
    if (!more && !canPage) return nothing;
    return html`<div class="footer">
      ${
        canPage
          ? html`<button
              part="button more"
              type="button"
              ?disabled=${this.pageLoading}
              aria-busy="${this.pageLoading ? 'true' : nothing}"
              @click=${() => this.#showMore(feed)}
            >
              ${this.labels.continue}
            </button>`
          : nothing
      }
      ${this.pageError ? html`<span class="page-error" role="alert">${this.labels.error}</span>` : nothing}
      ${more ? this.renderLink(more, this.labels.seeMore, 'more-link') : nothing}
    </div>`;
  }

  /** The row that keeps room for the "new articles" button: a polite live region that announces it. */
  private renderNewItems() {
    const waiting = this.#live?.waiting;
    return html`<div class="new-items" role="status">
      ${
        waiting
          ? html`<button part="button new-items" type="button" @click=${() => void this.#live!.reveal()}>
              ${this.labels.newItems(waiting)}
            </button>`
          : nothing
      }
    </div>`;
  }

  protected renderValue(feed: Feed): TemplateResult {
    const items = this.#visible(feed);
    const shown = items.slice(0, this.shown);
    return html`${this.refresh > 0 ? this.renderNewItems() : nothing}
      <ul class="items ${this.layout} ${shown.length > LONG_LIST ? 'long' : ''}" part="list">
        ${this.#renderRows(shown)}
      </ul>
      ${this.renderFooter(feed, items.length)}`;
  }

  override render(): TemplateResult {
    const state = this.renderState();
    // Layout featured follows its own width: a container, as the list cannot query itself.
    return html`${this.renderHeading()}${this.layout === 'featured' ? html`<div class="wrap">${state}</div>` : state}`;
  }
}

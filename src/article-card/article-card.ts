import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { ArticleData } from '../data/given.js';
import type { Article, PortalDocument } from '../data/model.js';
import { formatDate, type DefaultPattern } from '../format/dates.js';
import { define } from '../element/define.js';
import { PortalElement } from '../element/portal-element.js';
import { PortalError } from '../core/portal-error.js';
import { safeUrl } from '../core/safe-url.js';
import { firstImageSrc } from '../data/validate.js';
import { baseStyles } from '../element/styles.js';
import { LAZY_SIZES, srcsetOf } from '../element/image.js';
import { articleCardStyles } from './article-card.styles.js';
import { cardSkeleton, renderDate } from './card-parts.js';
import type { FullCard } from './article-full.js';

/** The full variant (the article page), a chunk loaded the first time an element shows it (see `scheduleUpdate`). */
let fullVariant: typeof import('./article-full.js') | undefined;
let fullLoading: Promise<void> | undefined;

/**
 * Loads the full variant's chunk (a server renders it before the element).
 * Offline or not deployed: the card stands in, and a later render tries again.
 * @internal
 */
export const loadFullVariant = (): Promise<void> =>
  (fullLoading ??= import('./article-full.js').then(
    (chunk) => void (fullVariant = chunk),
    () => void (fullLoading = undefined),
  ));

/** `sizes` of the full article's lead photo when the data gives its widths: the photo spans the article. @internal */
export const LEAD_SIZES = '100vw';

/**
 * Whether the page already preloads the photo (the README's hint for it):
 * the render's `<img>` takes that response, and an image started here would
 * take it first and leave the `<img>` to download it again.
 */
function preloadedByPage({ image, imageSizes = [] }: Article) {
  const urls = new Set([image, ...imageSizes.map(({ url }) => url)]);
  const candidates = (link: HTMLLinkElement) =>
    link.imageSrcset
      .split(',')
      .map((candidate) => candidate.trim().split(/\s+/)[0])
      .filter(Boolean)
      .map((url) => new URL(url, link.baseURI).href);
  return [...document.querySelectorAll<HTMLLinkElement>('link[rel~="preload"][as="image"]')].some(
    (link) => urls.has(link.href) || candidates(link).some((url) => urls.has(url)),
  );
}

/** The lead photo each card started before its render, held so that the render's `<img>` finds it. */
const leadPhotos = new WeakMap<ArticleCard, HTMLImageElement | undefined>();

/**
 * Starts the lead photo of a full article as soon as the article is read,
 * before the render that shows it, which comes after the other elements'
 * work (and, the first time, after the full view's chunk): the photo is
 * usually the page's largest paint. The `<img>` the render makes takes the
 * same response, as long as the card keeps the image this returns (a photo
 * served with `no-store` is dropped once nothing holds it). When the body
 * starts with the photo, the body's own picture is the lead, and nothing
 * starts early.
 */
function startLeadPhoto(article: Article): HTMLImageElement | undefined {
  const { image, imageSizes, contentHtml, baseUrl } = article;
  if (!image || typeof Image !== 'function' || safeUrl(firstImageSrc(contentHtml), baseUrl) === image) return undefined;
  if (preloadedByPage(article)) return undefined;
  const photo = new Image();
  photo.fetchPriority = 'high';
  photo.decoding = 'async';
  if (imageSizes?.length) {
    photo.sizes = LEAD_SIZES;
    photo.srcset = srcsetOf(imageSizes) as string;
  }
  photo.src = image;
  return photo;
}

/** The card's `FullCard` (a private member, reached from here by the server). */
let fullCardOf: (card: ArticleCard) => FullCard;

/**
 * The body of `article` on a full card, sanitised in `view` (a server's jsdom
 * window) as the browser sanitises it: its HTML, or undefined when it has none.
 * For the server renderer only.
 * @internal
 */
export async function serverBody(
  card: ArticleCard,
  article: Article,
  view: Window & typeof globalThis,
): Promise<string | undefined> {
  await loadFullVariant();
  return fullVariant?.serverBody(fullCardOf(card), article, view);
}

/**
 * One article: a card (image, category, title link, date, summary), the same
 * with the image beside the text, or the full article page (category, title,
 * "Cập nhật: …", lead, photo with caption, the sanitised body, a print
 * button and "Quay lại" / "Xem tiếp" links).
 *
 * The source is a single-article document at `src`, a feed at `src` (the item
 * `item-id`, else the first one), or the `article` property. The title is the
 * heading, at `heading-level`.
 *
 * Only `variant="full"` renders the body. The full view and its sanitiser
 * (DOMPurify) load on demand: in `dist/` they are chunks beside
 * `portal-widgets.js`, keep them together. Under Trusted Types, allow the `lit-html` and `dompurify` policies.
 *
 * Printing: "In bài viết" prints the article alone. While the print dialog is
 * open, the outermost element holding the article gets `data-portal-printing`
 * and the page gets a print-only sheet that hides everything else.
 *
 * @summary One article: `card`, `horizontal`, or `full` (the article page).
 * @tag article-card
 *
 * @csspart title - The title's heading element (also part `heading`).
 * @csspart category - The category, a link when the data gives its page.
 * @csspart image - The article's image.
 * @csspart date - The publication date (a `<time>`), or the last update in `full`.
 * @csspart caption - The image caption (`full`).
 * @csspart summary - The summary, or the bold lead (`full`).
 * @csspart body - The article body (`full`).
 * @csspart print - The "In bài viết" button (`full`; also part `button`).
 * @csspart nav - The "Quay lại" / "Xem tiếp" navigation (`full`).
 * @csspart back - The "Quay lại" link (`full`; also part `link`).
 * @csspart next - The "Xem tiếp" link (`full`; also part `link`).
 *
 * @cssprop [--portal-title-size=1.0625em] - The title's font size (`1.5em` in `full`).
 * @cssprop [--portal-title-lines=3] - Lines a card's title takes (`card`, `horizontal`): a shorter one leaves them empty, a longer one ends in "…" (the link keeps its whole text). `none`: the title takes its own height. The full article's title is never cut.
 * @cssprop [--portal-category-transform=uppercase] - The category's text transform.
 * @cssprop [--portal-summary-lines=3] - Lines of summary a card shows.
 * @cssprop [--portal-image-ratio=16 / 9] - The image's aspect ratio; the image is cropped to fill it.
 * @cssprop [--portal-image-width=38%] - The image column (`horizontal`, when the card is at least 30rem wide).
 * @cssprop [--portal-body-line-height=1.6] - Line height of the body (`full`).
 */
export class ArticleCard extends PortalElement<Article> {
  static override styles = [baseStyles, articleCardStyles];

  /** `card` (image, category, title link, date, summary), `horizontal` (image beside the text when there is room), or `full` (the article page). */
  @property({ reflect: true }) variant: 'card' | 'horizontal' | 'full' = 'card';

  /** With a feed at `src`: the `id` of the item to show. Without it, the first item. */
  @property({ attribute: 'item-id' }) itemId?: string;

  /**
   * The article, for hosts that already have it (instead of `src`):
   * `{ id, title, url, datePublished }` (the rest optional), or a document as
   * `src` could give it (a JSON Feed item or feed, a WordPress post). No event fires for it.
   */
  @property({ attribute: false }) article?: ArticleData;

  /**
   * The embeds (`<iframe>`) the body of `variant="full"` keeps: origins,
   * separated by spaces, e.g. `https://www.youtube-nocookie.com
   * https://player.vimeo.com`; an entry with a path
   * (`https://www.google.com/maps/embed`) allows that path and those below it.
   * Any other embed becomes a link "Xem nội dung nhúng" to its page. Default:
   * none. Add the same origins to the page's CSP `frame-src`.
   */
  @property({ attribute: 'embed-origins' }) embedOrigins?: string;

  protected readonly shows = 'article';

  /** What the full variant's chunk uses of this card (its `FullCard`), made the first time it is shown. */
  private full?: FullCard;

  static {
    fullCardOf = (card) => card.fullCard();
  }

  override willUpdate(changed: Map<PropertyKey, unknown>) {
    super.willUpdate(changed);
    // The load task watches `src` only: another item comes from the cached feed.
    if (changed.has('itemId') && this.hasUpdated && this.src) void this.source.run();
  }

  /**
   * The full variant's chunk and its body's sanitiser start loading together,
   * beside the data request, the first time an element shows it. Until the
   * chunk is here the skeleton keeps the page's room; the article renders
   * once it is, never with a stand-in first (as a `date-format` waits for date-fns).
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.variant !== 'full') return super.scheduleUpdate();
    const ready = () => {
      fullVariant?.prepareFull(this.fullCard());
      return super.scheduleUpdate();
    };
    if (fullVariant) return ready();
    // The body's sanitiser starts with the chunk (which would ask for it only later); the article renders once both are here.
    const loading = Promise.all([loadFullVariant(), import('./sanitize.js').catch(() => undefined)]);
    // Nothing to show yet: the skeleton renders, and the load task starts, now. A server-rendered
    // article waits for the chunk instead, so that its first render is the one the server made.
    return this.shownArticle() || this.serverState ? loading.then(ready) : super.scheduleUpdate();
  }

  /** Includes the body, which is sanitised after the render that shows the article. */
  protected override async getUpdateComplete() {
    const settled = await super.getUpdateComplete();
    const body = fullVariant?.bodyPending(this);
    if (!body) return settled;
    await body;
    return (await super.getUpdateComplete()) && settled;
  }

  protected get defaultHeading() {
    return '';
  }

  protected override async load(signal: AbortSignal, fresh: boolean) {
    const loaded = await super.load(signal, fresh);
    if (this.variant === 'full') leadPhotos.set(this, startLeadPhoto(loaded.value));
    return loaded;
  }

  protected adapt(document: PortalDocument, url: string): Article {
    if (document.kind === 'article') return document.article;
    if (document.kind !== 'feed') {
      throw new PortalError('format', `article: expected an article or a feed, got a ${document.kind} document`, url);
    }
    const { items } = document.feed;
    if (!this.itemId) return items[0] ?? { id: '', title: '', authors: [], tags: [], baseUrl: url };
    const item = items.find((candidate) => candidate.id === this.itemId);
    if (!item) throw new PortalError('format', `items: no article with id "${this.itemId}"`, url);
    return item;
  }

  protected input() {
    return this.article;
  }

  protected isEmpty(article: Article) {
    return !article.title && !article.untitled && !article.contentHtml;
  }

  protected loadDetail(article: Article) {
    return { article, problems: [] };
  }

  /** The article on screen: the property, else the last one loaded from `src`. */
  protected shownArticle(): Article | undefined {
    return this.shownValue();
  }

  /** Focuses the title link of a card (the category link comes first), e.g. after a list appends a page. */
  override focus(options?: FocusOptions) {
    const link = this.renderRoot.querySelector<HTMLElement>('.title a');
    if (link) link.focus(options);
    else super.focus(options);
  }

  protected renderSkeleton(): TemplateResult {
    return this.variant === 'full' && fullVariant ? fullVariant.fullSkeleton() : cardSkeleton();
  }

  private renderCategory({ category }: Article) {
    return category ? this.renderLink(category.url, category.name, 'category') : nothing;
  }

  private renderArticleDate(iso: string | undefined, defaultPattern: DefaultPattern) {
    if (!iso) return nothing;
    return renderDate(iso, formatDate(iso, this.dateFormat ?? defaultPattern, this.lang_, this.timeZone, defaultPattern));
  }

  private renderSummary({ summary }: Article) {
    return summary ? html`<p class="summary" part="summary">${summary}</p>` : nothing;
  }

  /** The title, or "(Không có tiêu đề)" for an entry that has none. */
  private titleOf({ title }: Article) {
    return title || this.labels.untitled;
  }

  private fullCard(): FullCard {
    this.full ??= {
      element: this,
      labels: () => this.labels,
      lang: () => this.lang_,
      shownArticle: () => this.shownArticle(),
      renderCategory: (article) => this.renderCategory(article),
      renderHeading: (content, kind) => this.renderHeading(content, kind),
      renderArticleDate: (iso, defaultPattern) => this.renderArticleDate(iso, defaultPattern),
      renderSummary: (article) => this.renderSummary(article),
      renderLink: (raw, content, part) => this.renderLink(raw, content, part),
      titleOf: (article) => this.titleOf(article),
    };
    return this.full;
  }

  private renderCard(article: Article) {
    return html`<article class="wrap">
      <div class="card ${article.image ? 'with-image' : ''}">
        ${
          article.image
            ? html`<img
                class="image"
                part="image"
                src="${article.image}"
                srcset="${srcsetOf(article.imageSizes)}"
                sizes="${article.imageSizes ? LAZY_SIZES : nothing}"
                alt="${article.imageAlt ?? ''}"
                loading="lazy"
                decoding="async"
              />`
            : nothing
        }
        <div class="text">
          ${this.renderCategory(article)} ${this.renderHeading(this.renderLink(article.url, this.titleOf(article)), 'title')}
          ${this.renderArticleDate(article.datePublished ?? article.dateModified, 'dd/MM/yyyy')} ${this.renderSummary(article)}
        </div>
      </div>
    </article>`;
  }

  protected renderValue(article: Article): TemplateResult {
    // Should the full variant's chunk not load (a copy of dist/ without it), the card stands in.
    return this.variant === 'full' && fullVariant ? fullVariant.renderFull(this.fullCard(), article) : this.renderCard(article);
  }

  override render() {
    return this.renderState();
  }
}

define('article-card', ArticleCard);

declare global {
  interface HTMLElementTagNameMap {
    'article-card': ArticleCard;
  }
}

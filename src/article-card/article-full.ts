// `<article-card variant="full">`, the article page: loaded on demand (most
// pages show cards and lists), before the element first renders it, so it
// never shows a stand-in. Its body's sanitiser is a chunk of its own.

import { html, nothing, type CSSResult, type TemplateResult } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { safeUrl } from '../core/safe-url.js';
import { htmlToText } from '../core/text.js';
import type { Article } from '../data/model.js';
import { firstImageSrc } from '../data/validate.js';
import type { DefaultPattern } from '../format/dates.js';
import type { Labels, Lang } from '../format/labels.js';
import { bone } from '../element/portal-element.js';
import { srcsetOf } from '../element/image.js';
import { LEAD_SIZES, type ArticleCard } from './article-card.js';
import { articleFullStyles, documentPrintStyles } from './article-full.styles.js';

const PRINTING = 'data-portal-printing';

/** The labels only the article page shows. */
const FULL_LABELS = {
  vi: { updated: 'Cập nhật:', print: 'In bài viết', back: 'Quay lại', articleNav: 'Điều hướng bài viết' },
  en: { updated: 'Updated:', print: 'Print article', back: 'Back', articleNav: 'Article navigation' },
};

/**
 * What the full article uses of its `<article-card>`: the element's public
 * members through `element`, and the helpers it shares with the card
 * variants, which the card hands over (they stay protected or private there).
 */
export interface FullCard {
  readonly element: ArticleCard;
  labels(): Labels;
  lang(): Lang;
  shownArticle(): Article | undefined;
  renderCategory(article: Article): unknown;
  renderHeading(content: unknown, kind: string): unknown;
  renderArticleDate(iso: string | undefined, defaultPattern: DefaultPattern): unknown;
  renderSummary(article: Article): unknown;
  renderLink(raw: string | undefined, content: unknown, part: string): unknown;
  titleOf(article: Article): string;
}

const adopt = (root: DocumentOrShadowRoot, styles: CSSResult) => {
  const sheet = styles.styleSheet!;
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
};

/**
 * The body of the article a card shows, sanitised (the sanitiser is a chunk
 * of its own, loaded only when a body needs it), and put in its place after
 * each render: Lit may replace the `.body` element.
 */
class Body {
  /** What each `.body` element shows. */
  #filled = new WeakMap<Element, unknown>();
  /** No body has been put in place yet. */
  #first = true;

  task: Task<readonly [Article | undefined, boolean, string, string, string | undefined], DocumentFragment | undefined>;

  constructor(private card: FullCard) {
    const { element } = card;
    this.task = new Task(element, {
      task: async ([article, full, target, newWindowNote, embedOrigins]) => {
        if (!full || !article?.contentHtml) return undefined;
        const { sanitizeBody, articleBodyStyles } = await import('./sanitize.js');
        adopt(element.renderRoot as ShadowRoot, articleBodyStyles);
        return sanitizeBody(article.contentHtml, article.baseUrl, { target, newWindowNote, embedOrigins, lang: card.lang() });
      },
      args: () => bodyArgs(card),
    });
    element.addController(this);
  }

  hostUpdated() {
    const body = this.card.element.renderRoot.querySelector('.body');
    if (!body) return;
    const { status, value, error } = this.task;
    const content = status === TaskStatus.COMPLETE ? value : status === TaskStatus.ERROR ? error : undefined;
    if (this.#filled.get(body) === content) return;
    this.#filled.set(body, content);
    if (content instanceof DocumentFragment) {
      this.#fill(body, content);
    } else if (content) {
      // The sanitiser could not load (e.g. its chunk was not deployed): the text alone.
      const text = document.createElement('p');
      text.textContent = htmlToText(this.card.shownArticle()?.contentHtml ?? '');
      body.replaceChildren(text);
    } else if (!(this.#first && this.task.status === TaskStatus.PENDING)) {
      // While the first body is sanitised, the one the server rendered (if any) stays.
      body.replaceChildren();
    }
  }

  /**
   * Puts the sanitised body in `.body`. The first time, a body the server
   * rendered stays when it is the same HTML: the same nodes, nothing moves.
   */
  #fill(body: Element, content: DocumentFragment) {
    const fresh = document.createElement('div');
    fresh.append(content.cloneNode(true));
    leadFromBody(this.card.shownArticle(), fresh);
    if (this.#first && body.innerHTML === fresh.innerHTML) {
      this.#first = false;
      return;
    }
    this.#first = false;
    body.replaceChildren(...fresh.childNodes);
  }
}

/** What the body's sanitising depends on: the article, the variant and how links and embeds show. */
const bodyArgs = (card: FullCard) => {
  const { element } = card;
  return [
    card.shownArticle(),
    element.variant === 'full',
    element.target,
    card.labels().newWindow,
    element.embedOrigins,
  ] as const;
};

/**
 * Without a photo above the body (none, or the body starts with it), the
 * body's first picture is the article's lead and likely the page's largest
 * paint: it loads at once, first, not lazily as the body's others do.
 */
function leadFromBody(article: Article | undefined, body: Element) {
  if (article?.image && !bodyStartsWith(article, article.image)) return;
  const lead = body.querySelector('img');
  lead?.removeAttribute('loading');
  lead?.setAttribute('fetchpriority', 'high');
}

/**
 * The body of `article` on the card as the browser shows it, sanitised in
 * `view` (a server's jsdom window) by the same sanitiser: its HTML, or
 * undefined without a body.
 */
export async function serverBody(
  card: FullCard,
  article: Article,
  view: Window & typeof globalThis,
): Promise<string | undefined> {
  const [, full, target, newWindowNote, embedOrigins] = bodyArgs(card);
  if (!full || !article?.contentHtml) return undefined;
  const { sanitizeBody } = await import('./sanitize.js');
  const options = { target, newWindowNote, embedOrigins, lang: card.lang() };
  const fragment = await sanitizeBody(article.contentHtml, article.baseUrl, options, view);
  const body = view.document.createElement('div');
  body.append(fragment);
  leadFromBody(article, body);
  return body.innerHTML;
}

const bodies = new WeakMap<ArticleCard, Body>();

/**
 * Readies a card for the full view, before it renders it: the styles (beside
 * the card's, before the body's) and the body's sanitising.
 */
export function prepareFull(card: FullCard) {
  adopt(card.element.renderRoot as ShadowRoot, articleFullStyles);
  if (!bodies.has(card.element)) bodies.set(card.element, new Body(card));
}

/** While the card's body is being sanitised: settles when it is. */
export function bodyPending(card: ArticleCard): Promise<unknown> | undefined {
  const task = bodies.get(card)?.task;
  return task?.status === TaskStatus.PENDING ? task.taskComplete.catch(() => undefined) : undefined;
}

/** The full article's body has no typical length: the skeleton reserves the top of the page (up to the photo) and a paragraph. */
export const fullSkeleton = (): TemplateResult =>
  html`<article class="full">
    ${bone(10, 'category')}
    <div class="title">${bone(80)}</div>
    <p class="updated">${bone(28)}</p>
    <p class="summary">${bone(200)}</p>
    <span class="image bone"></span>
    <p>${bone(400)}</p>
  </article>`;

/**
 * Prints the article alone. The page's sheet cannot see into shadow roots:
 * the outermost host in the document is marked while the dialog is open.
 */
function print(card: HTMLElement) {
  let marked: Element = card;
  for (let root = card.getRootNode(); root instanceof ShadowRoot; root = marked.getRootNode()) marked = root.host;
  const sheet = documentPrintStyles.styleSheet;
  marked.setAttribute(PRINTING, '');
  if (sheet) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const restore = () => {
    marked.removeAttribute(PRINTING);
    if (sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
  };
  window.addEventListener('afterprint', restore, { once: true });
  window.print();
}

/** Whether the body's first picture is `image`: RSS items often take their image from the body, which then shows it itself. */
const bodyStartsWith = (article: Article, image: string) =>
  safeUrl(firstImageSrc(article.contentHtml), article.baseUrl) === image;

/** Category, title, "Cập nhật: …", lead, photo with caption, the body's place, the print button and "Quay lại" / "Xem tiếp". */
export function renderFull(card: FullCard, article: Article): TemplateResult {
  const labels = { ...card.labels(), ...FULL_LABELS[card.lang()] };
  const updated = article.dateModified ?? article.datePublished;
  const { backUrl, nextUrl } = article;
  // The lead photo is near the top of an article page, often its largest paint: no lazy loading, and first.
  return html`<article class="full">
    ${card.renderCategory(article)} ${card.renderHeading(card.titleOf(article), 'title')}
    ${updated ? html`<p class="updated">${labels.updated} ${card.renderArticleDate(updated, 'dd/MM/yyyy HH:mm')}</p>` : nothing}
    ${card.renderSummary(article)}
    ${
      article.image && !bodyStartsWith(article, article.image)
        ? html`<figure>
            <img
              class="image"
              part="image"
              src="${article.image}"
              srcset="${srcsetOf(article.imageSizes)}"
              sizes="${article.imageSizes ? LEAD_SIZES : nothing}"
              alt="${article.imageAlt ?? ''}"
              fetchpriority="high"
              decoding="async"
            />
            ${article.imageCaption ? html`<figcaption part="caption">${article.imageCaption}</figcaption>` : nothing}
          </figure>`
        : nothing
    }
    ${article.contentHtml ? html`<div class="body" part="body"></div>` : nothing}
    <div class="actions">
      <button part="button print" type="button" @click=${() => print(card.element)}>${labels.print}</button>
      ${
        backUrl || nextUrl
          ? // Named after its article: two full articles on a page make two landmarks a reader can tell apart.
            html`<nav part="nav" aria-label="${labels.articleNav}: ${card.titleOf(article)}">
              ${backUrl ? card.renderLink(backUrl, labels.back, 'link back') : nothing}
              ${nextUrl ? card.renderLink(nextUrl, labels.continue, 'link next') : nothing}
            </nav>`
          : nothing
      }
    </div>
  </article>`;
}

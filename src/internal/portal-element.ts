import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import type { FormatName, PortalDocument } from '../data/model.js';
import { parseDocument, prepareFormat } from '../data/detect.js';
import type { PortalErrorDetail, PortalLoadDetail } from '../events.js';
import { DEFAULT_TIME_ZONE } from './dates.js';
import { labelsFor, resolveLang, type Labels, type Lang } from './labels.js';
import { setNewest } from './bounded.js';
import { loadText } from './load.js';
import { PortalError, isAbort } from './portal-error.js';
import { safeUrl } from './safe-url.js';

export interface Loaded<T> {
  value: T;
  url: string;
  stale: boolean;
}

const PARSED_DOCUMENTS = 10;
/** The last parsed documents per URL, format and zone, with the text each came from. */
const parsedDocuments = new Map<string, { text: string; document: PortalDocument }>();

/** What each connected element does when an ancestor's `lang` changes. */
const followers = new Map<Element, () => void>();
/** One observer for the page, while any element is connected. */
let langObserver: MutationObserver | undefined;

function followLang(el: Element, follow: () => void) {
  followers.set(el, follow);
  if (langObserver) return;
  // Attribute changes inside another component's shadow root are not seen: a
  // host that switches language there sets `lang` on the elements themselves.
  langObserver = new MutationObserver(() => followers.forEach((each) => each()));
  langObserver.observe(document, { subtree: true, attributes: true, attributeFilter: ['lang'] });
}

function unfollowLang(el: Element) {
  followers.delete(el);
  if (followers.size) return;
  langObserver?.disconnect();
  langObserver = undefined;
}

type Scheduler = { yield?: () => Promise<void> };

/** Resumes in a new task (`scheduler.yield()` where the browser has it, so the continuation keeps its priority). */
const yieldToPage = (): Promise<void> =>
  (globalThis as { scheduler?: Scheduler }).scheduler?.yield?.() ?? new Promise((resume) => setTimeout(resume, 0));

/**
 * A loading placeholder for about `chars` characters of text. Given the class
 * (or put inside the element) the real text has, it takes the same font,
 * line height and wrapping, so a skeleton measures what the content will.
 */
export const bone = (chars: number, kind = '') => html`<span class="bone ${kind}" data-t="${'xxxx '.repeat(chars / 5)}"></span>`;

/**
 * What the four elements share: the common attributes, loading `src`
 * through one task (aborted on disconnect and on a new `src`, only the
 * latest result applied), the `portal-load` / `portal-error` events, and
 * the loading, empty, error and stale states, rendered the same way.
 *
 * A subclass says how a document becomes its value (`adapt`), which
 * property can give the value directly (`given`), and how to render it.
 */
export abstract class PortalElement<T> extends LitElement {
  #fresh = false;
  /** Where the value on screen came from (see `sources()`). */
  #loadedFrom?: string;

  protected task = new Task(this, {
    task: async (_args: readonly unknown[], { signal }): Promise<Loaded<T> | typeof initialState> => {
      // Data given as a property wins: nothing to fetch.
      if (!this.hasSource() || this.given() !== undefined) return initialState;
      // Removed before its first update: nothing to load until it is back (see connectedCallback).
      if (!this.isConnected) throw new DOMException('The element was removed', 'AbortError');
      const fresh = this.#fresh;
      this.#fresh = false;
      return this.load(signal, fresh);
    },
    args: () => this.sourceArgs(),
    onComplete: (result) => {
      this.#loadedFrom = this.#sourceKey();
      this.#announce(() => this.#loadEvent(result as Loaded<T>));
    },
    onError: (error) => {
      if (!isAbort(error)) this.#announce(() => errorEvent(error, this.src ?? ''));
    },
  });

  @state() protected lang_: Lang = 'vi';

  /** URL of the JSON, RSS or Atom document; relative URLs resolve against the page. */
  @property() src?: string;

  /** `vi` or `en` for labels and dates; else the nearest ancestor's `lang` (followed when it changes), else `vi`. */
  @property({ reflect: true }) override lang!: string;

  /** IANA time zone used to show dates. */
  @property({ attribute: 'time-zone' }) timeZone: string = DEFAULT_TIME_ZONE;

  /** A date-fns pattern, or `relative`. The default depends on the element. */
  @property({ attribute: 'date-format' }) dateFormat?: string;

  /** The block's heading; an empty string hides it. Defaults to a localised label. */
  @property() heading?: string;

  /** 2–6, so the block fits the host page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** `_self` or `_blank` for links. `_blank` adds `rel="noopener noreferrer"` and a screen-reader note. */
  @property() target: '_self' | '_blank' = '_self';

  /** Force a data format instead of detecting it: `portal`, `jsonfeed`, `wordpress`, `rss`, `atom`, `links`. */
  @property() format?: FormatName;

  /** Seconds before a request counts as failed with kind `timeout`. */
  @property({ type: Number }) timeout = 10;

  /** Seconds a response is reused by every element on the page before it is fetched again. */
  @property({ type: Number, attribute: 'cache-ttl' }) cacheTtl = 60;

  override connectedCallback() {
    super.connectedCallback();
    this.lang_ = resolveLang(this);
    // Labels and dates follow the page: `<html lang>` switched to `en` re-renders in English.
    followLang(this, () => (this.lang_ = resolveLang(this, this.lang)));
    // A removal mid-request aborted the last run: load again on return. On a
    // move (removed and added back at once) the abort has not landed yet.
    if (this.task.status === TaskStatus.PENDING || isAbort(this.task.error)) this.task.run();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.task.abort();
    unfollowLang(this);
  }

  override willUpdate(changed: Map<PropertyKey, unknown>) {
    if (changed.has('lang')) this.lang_ = resolveLang(this, this.lang);
  }

  /** Whether there is anything to load. */
  protected hasSource(): boolean {
    return !!this.src;
  }

  /** Where the data comes from: a change shows the loading state, while a refresh of the same keeps what is shown. */
  protected sources(): unknown[] {
    return [this.src];
  }

  #sourceKey() {
    return JSON.stringify(this.sources());
  }

  /** What, when changed, loads the data again. */
  protected sourceArgs(): unknown[] {
    return [this.src, this.format, this.timeout, this.cacheTtl, this.timeZone, this.given() === undefined];
  }

  /** Loads this element's value; `fresh` skips the memory cache. */
  protected async load(signal: AbortSignal, fresh: boolean): Promise<Loaded<T>> {
    const { document, url, stale } = await this.fetchDocument(this.src!, signal, fresh);
    return { value: this.adapt(document, url), url, stale };
  }

  /** Loads and parses one document through the shared loader. */
  protected async fetchDocument(src: string, signal: AbortSignal, fresh = false) {
    let url: string;
    try {
      url = new URL(src, document.baseURI).href;
    } catch {
      throw new PortalError('network', `"${src}" is not a valid URL`, src);
    }
    const loaded = await loadText(url, { signal, timeout: this.timeout * 1000, cacheTtl: this.cacheTtl, fresh });
    // Elements sharing a URL share its parsed model too (components never mutate it).
    const key = `${url} ${this.format} ${this.timeZone}`;
    let parsed = parsedDocuments.get(key);
    if (parsed?.text !== loaded.text) {
      await prepareFormat(loaded.text, this.format);
      parsed = { text: loaded.text, document: parseDocument(loaded.text, url, { format: this.format, assumeTimeZone: this.timeZone }) };
      setNewest(parsedDocuments, key, parsed, PARSED_DOCUMENTS);
      // Parsing and rendering a long feed are two shorter tasks, not one long one: input stays
      // responsive. (A model from the cache renders at once, with no loading frame in between.)
      await yieldToPage();
      signal.throwIfAborted();
    }
    return { document: parsed.document, url, stale: loaded.stale };
  }

  /** Turns a parsed document into this element's value; throws a `format` error for the wrong kind. */
  protected abstract adapt(document: PortalDocument, url: string): T;

  /** The value a host set as a property, which wins over `src`. */
  protected abstract given(): T | undefined;

  protected abstract isEmpty(value: T): boolean;

  protected abstract loadDetail(value: T): Pick<PortalLoadDetail, 'items' | 'article' | 'links' | 'problems'>;

  protected abstract renderSkeleton(): TemplateResult;

  protected abstract renderValue(value: T): unknown;

  protected get labels(): Labels {
    return labelsFor(this.lang_);
  }

  /** The localised default heading of the element. */
  protected abstract get defaultHeading(): string;

  /** Load `src` again, bypassing the memory cache. */
  reload() {
    this.#fresh = true;
    return this.task.run();
  }

  #announce(event: () => CustomEvent) {
    // After the task's own requestUpdate, so listeners see the rendered state.
    Promise.resolve()
      .then(() => this.updateComplete)
      .then(() => this.dispatchEvent(event()));
  }

  #loadEvent(result: Loaded<T>) {
    const detail: PortalLoadDetail = { url: result.url, stale: result.stale, ...this.loadDetail(result.value) };
    return new CustomEvent('portal-load', { detail, bubbles: true, composed: true });
  }

  /** A heading at `heading-level` (2–6), so the block fits the host page's outline. */
  protected renderHeading(content: unknown = this.heading ?? this.defaultHeading, kind = 'heading') {
    if (!content) return nothing;
    const part = kind === 'heading' ? kind : `heading ${kind}`;
    switch (Math.min(6, Math.max(2, Math.trunc(this.headingLevel) || 2))) {
      case 3:
        return html`<h3 class="${kind}" part="${part}">${content}</h3>`;
      case 4:
        return html`<h4 class="${kind}" part="${part}">${content}</h4>`;
      case 5:
        return html`<h5 class="${kind}" part="${part}">${content}</h5>`;
      case 6:
        return html`<h6 class="${kind}" part="${part}">${content}</h6>`;
      default:
        return html`<h2 class="${kind}" part="${part}">${content}</h2>`;
    }
  }

  /**
   * A link that honours `target`: `_blank` gets `rel` and a note for screen
   * readers. The URL is checked again here: data given as a property has not
   * been through an adapter.
   */
  protected renderLink(raw: string | undefined, content: unknown, part = 'link') {
    const url = safeUrl(raw, document.baseURI);
    if (!url) return html`<span part="${part}">${content}</span>`;
    const blank = this.target === '_blank';
    return html`<a
      part="${part}"
      href="${url}"
      target="${blank ? '_blank' : nothing}"
      rel="${blank ? 'noopener noreferrer' : nothing}"
      >${content}${blank ? html`<span class="visually-hidden"> ${this.labels.newWindow}</span>` : nothing}</a
    >`;
  }

  protected renderDate(iso: string | undefined, text: string | undefined) {
    return iso && text ? html`<time part="date" datetime="${iso}">${text}</time>` : nothing;
  }

  #renderLoaded(value: T, stale: boolean) {
    if (this.isEmpty(value)) return this.#renderEmpty();
    return html`${stale ? html`<p class="stale" part="stale" role="status">${this.labels.stale}</p>` : nothing}${this.renderValue(value)}`;
  }

  #renderEmpty() {
    return html`<div class="state empty" part="empty"><p>${this.labels.empty}</p></div>`;
  }

  #renderError() {
    return html`<div class="state error" part="error">
      <p role="alert">${this.labels.error}</p>
      <button part="button retry" type="button" @click=${() => this.reload()}>${this.labels.retry}</button>
      <slot></slot>
    </div>`;
  }

  #renderLoading() {
    return html`<div class="skeleton" part="skeleton" aria-busy="true">
      <span class="visually-hidden" role="status">${this.labels.loading}</span>
      <div aria-hidden="true">${this.renderSkeleton()}</div>
    </div>`;
  }

  /** The current state of the element, for `render()` to wrap with its heading. */
  protected renderState(): unknown {
    const given = this.given();
    if (given !== undefined) return this.#renderLoaded(given, false);
    // Nothing to show yet: the host's fallback content, else "no data".
    if (!this.hasSource()) return html`<slot>${this.#renderEmpty()}</slot>`;
    return this.task.render({
      initial: () => this.#renderLoading(),
      // A refresh (`reload()`, another zone) keeps the content on screen until the new one arrives.
      pending: () => {
        const last = this.task.value;
        return typeof last === 'object' && this.#loadedFrom === this.#sourceKey()
          ? this.#renderLoaded(last.value, last.stale)
          : this.#renderLoading();
      },
      complete: (result) => this.#renderLoaded(result.value, result.stale),
      error: (error) => (isAbort(error) ? this.#renderLoading() : this.#renderError()),
    });
  }
}

/** A `portal-error` event for `error` (a `PortalError`, or anything thrown while loading `url`). */
export function errorEvent(error: unknown, url: string): CustomEvent<PortalErrorDetail> {
  const portalError = asPortalError(error, url);
  const detail: PortalErrorDetail = {
    url: portalError.url,
    kind: portalError.kind,
    message: portalError.message,
    // Only HTTP errors have a status; others leave the key out.
    ...(portalError.status !== undefined && { status: portalError.status }),
  };
  return new CustomEvent('portal-error', { detail, bubbles: true, composed: true });
}

export function asPortalError(error: unknown, url: string): PortalError {
  if (error instanceof PortalError) return error;
  return new PortalError('format', error instanceof Error ? error.message : String(error), url);
}

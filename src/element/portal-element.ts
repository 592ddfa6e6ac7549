import { LitElement, adoptStyles, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { FormatName, PortalDocument } from '../data/model.js';
import type { PortalLoadDetail } from '../events.js';
import { DEFAULT_TIME_ZONE } from '../core/time-zone.js';
import { labelsFor, type Labels, type Lang } from '../format/labels.js';
import { safeUrl } from '../core/safe-url.js';
import { DatePatternController } from './date-pattern.js';
import { LangController } from './lang.js';
import { ReserveController } from './reserve.js';
import { PropertyInputController } from './property-input.js';
import { readServerState, type ServerState } from './server-state.js';
import { SourceController, type Loaded } from './source.js';

/**
 * A loading placeholder for about `chars` characters of text. Given the class
 * (or put inside the element) the real text has, it takes the same font,
 * line height and wrapping, so a skeleton measures what the content will.
 */
export const bone = (chars: number, kind = '') => html`<span class="bone ${kind}" data-t="${'xxxx '.repeat(chars / 5)}"></span>`;

/**
 * What the four elements share: the common attributes and the loading,
 * empty, error and stale states, rendered the same way. The jobs around
 * them are controllers: the source (`src` fetched and read, `portal-load` /
 * `portal-error`), a value given as a property, date-fns for a `date-format`
 * and the followed `lang`.
 *
 * A subclass says how a document becomes its value (`adapt`), which
 * property can give the value directly (`input`), and how to render it.
 *
 * What every element shares is documented here once and inherited into each
 * tag's entry of `custom-elements.json`; a part only some elements have is
 * documented on those.
 *
 * @fires {PortalLoadDetail} portal-load - The data arrived and rendered. `detail: { url, stale, problems }` and what is shown: `items` (`<news-list>`, `<related-articles>`), `article` (`<article-card>`) or `links` (`<website-links>`).
 * @fires {PortalErrorDetail} portal-error - Loading failed (for a list, also its next page; for `<article-card>`, a feed without the item `item-id`). `detail: { url, kind, status?, message }`
 *
 * @slot - Fallback content (e.g. a plain link to the portal's page): shown before the element upgrades, while it has no data source, and on error.
 *
 * @csspart heading - The block heading (in `<article-card>`, the title).
 * @csspart link - A link from the data.
 * @csspart button - Every button (each also has its own part: `retry`, `more`, `print`).
 * @csspart retry - The "Thử lại" button of the error state (also part `button`).
 * @csspart skeleton - The loading placeholder.
 * @csspart empty - The "no data" message.
 * @csspart error - The error message with its retry button.
 * @csspart stale - The "may be out of date" note.
 *
 * @cssprop [--portal-color-primary=#0b4f8a] - Links, buttons, bullets and headings.
 * @cssprop [--portal-color-heading=var(--portal-color-primary)] - Headings and titles.
 * @cssprop [--portal-color-text=#1f1f1f] - Body text.
 * @cssprop [--portal-color-muted=#575757] - Dates, captions and secondary text.
 * @cssprop [--portal-color-border=#c7c7c7] - Borders and separators.
 * @cssprop [--portal-color-surface=#f3f3f3] - Placeholders and caption backgrounds.
 * @cssprop [--portal-color-focus=#b35c00] - The focus outline.
 * @cssprop [--portal-color-error=#a4262c] - Error messages.
 * @cssprop [--portal-color-button-text=#ffffff] - Text on buttons.
 * @cssprop [--portal-font-family=inherit] - The font.
 * @cssprop [--portal-font-size=max(1rem, 15px)] - The base font size; the other sizes are relative to it.
 * @cssprop [--portal-line-height=1.5] - Line height of text.
 * @cssprop [--portal-heading-size=1.125em] - The heading's font size.
 * @cssprop [--portal-heading-transform=none] - e.g. `uppercase`, as on many portals.
 * @cssprop [--portal-gap=0.75rem] - Space between items, cards and blocks.
 * @cssprop [--portal-radius=4px] - Corner radius.
 */
export abstract class PortalElement<T> extends LitElement {
  #lang = new LangController(this, () => this.serverState?.lang);
  #dates = new DatePatternController(this, () => (this.showsDates ? this.dateFormat : undefined));
  #input = new PropertyInputController<T>(this, {
    input: () => this.input(),
    shows: () => this.shows,
    adapt: (document, url) => this.adapt(document, url),
    base: () => this.baseUrl,
  });

  /** `src` (or the element's other sources), fetched and read. */
  protected readonly source = new SourceController<T>(this, {
    // A zone change re-reads dates, if the element shows any.
    args: () =>
      this.sources() && !this.input()
        ? [...this.sources()!, this.format, this.timeout, this.cacheTtl, this.showsDates && this.timeZone]
        : [],
    sources: () => this.sources(),
    // A date-format that needs date-fns: the data and date-fns (which the first update starts,
    // maybe after the request) load side by side, and the content renders (in the pattern) once both are here.
    load: async (signal, fresh) => {
      const loaded = await this.load(signal, fresh);
      await this.#dates.pending;
      return loaded;
    },
    detail: (value) => this.loadDetail(value),
    base: () => this.baseUrl,
    serverState: () => this.serverState,
  });

  /**
   * What a server rendered (`portal-widgets/server`), shown until the source
   * has loaded, so that the element takes over without a visible change. Read
   * from the element's `<script type="application/json" data-portal-state>`.
   * @internal
   */
  serverState?: ServerState<T>;

  /** URL of the JSON, RSS or Atom document; relative URLs resolve against the page. */
  @property() src?: string;

  /** `vi` or `en` for labels and dates; else the nearest ancestor's `lang` (followed when it changes), else `vi`. */
  @property({ reflect: true }) override lang!: string;

  /** IANA time zone used to show dates. */
  @property({ attribute: 'time-zone' }) timeZone: string = DEFAULT_TIME_ZONE;

  /** A date-fns pattern, or `relative`. The default depends on the element; any other pattern loads date-fns on demand. */
  @property({ attribute: 'date-format' }) dateFormat?: string;

  /** The block's heading; an empty string hides it. Defaults to a localised label. `<article-card>` has none: its heading is the article's title. */
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

  constructor() {
    super();
    // The room the page reserved (or this tab last saw filled) is kept until the content is in.
    this.addController(new ReserveController(this, () => this.#shows()));
  }

  override connectedCallback() {
    this.serverState ??= readServerState(this) as ServerState<T> | undefined;
    super.connectedCallback();
  }

  /**
   * A server-rendered (declarative) shadow root is kept: Lit hydrates it
   * when its hydration support is loaded, else it is emptied and rendered
   * again. Either way it gets the element's styles as constructed sheets,
   * like any other root, which a strict `style-src` allows.
   */
  protected override createRenderRoot() {
    const rendered = this.shadowRoot;
    const root = super.createRenderRoot();
    if (rendered && root === rendered) {
      adoptStyles(rendered, (this.constructor as typeof LitElement).elementStyles);
      // Without hydration support, Lit would render before the server's content: it goes.
      // (`@lit-labs/ssr-client/lit-element-hydrate-support.js` leaves `renderBefore` unset.)
      if (this.renderOptions.renderBefore) {
        rendered.replaceChildren();
        this.renderOptions.renderBefore = null;
      } else if (this.serverState?.lang) {
        this.#lang.takeOver(this.serverState.lang);
      }
    }
    return root;
  }

  override willUpdate(changed: Map<PropertyKey, unknown>) {
    super.willUpdate(changed);
    // On a server nothing else reads the language before the render.
    this.#lang.hostUpdate();
  }

  /** What relative URLs resolve against: the page's base, or on a server (no page) the URL of the rendered state. */
  protected get baseUrl(): string {
    return (globalThis.document as Partial<Document> | undefined)?.baseURI ?? this.serverState?.url ?? 'about:blank';
  }

  /**
   * What a server shows for `element` (see `portal-widgets/server`): its
   * source loaded as the element loads it, or the error that ended it.
   * @internal
   */
  static loadServerState<T>(element: PortalElement<T>, signal: AbortSignal): Promise<ServerState<T>> {
    return element.source.loadForServer(signal);
  }

  /**
   * Where the data comes from, or undefined when there is nothing to load. A
   * change shows the loading state; a refresh of the same keeps what is shown.
   */
  protected sources(): unknown[] | undefined {
    return this.src ? [this.src] : undefined;
  }

  /** Whether the element shows dates, so that another `time-zone` reads the data again. */
  protected get showsDates() {
    return true;
  }

  /** Loads this element's value from its source; `fresh` skips the memory cache. */
  protected async load(signal: AbortSignal, fresh: boolean): Promise<Loaded<T>> {
    const { document, url, stale } = await this.source.fetch(this.src!, signal, fresh);
    return { value: this.adapt(document, url), url, stale };
  }

  /** Turns a parsed document into this element's value; throws a `format` error for the wrong kind. */
  protected abstract adapt(document: PortalDocument, url: string): T;

  /** What kind of document the element shows. */
  protected abstract readonly shows: PortalDocument['kind'];

  /** What the host set as a property (`.data`, `.article`, `.links`), which wins over `src`. */
  protected abstract input(): object | undefined;

  /** Includes what the render waits for: a value given as a property being read, date-fns loading. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const settled = await super.getUpdateComplete();
    const waiting = this.#input.pending ?? this.#dates.pending;
    if (!waiting) return settled;
    await waiting;
    return (await this.getUpdateComplete()) && settled;
  }

  /** The value on screen: the one given as a property, else the last one loaded from the source. */
  protected shownValue(): T | undefined {
    return this.input() ? this.#input.value : this.source.value?.value;
  }

  protected abstract isEmpty(value: T): boolean;

  protected abstract loadDetail(value: T): Pick<PortalLoadDetail, 'items' | 'article' | 'links' | 'problems'>;

  protected abstract renderSkeleton(): TemplateResult;

  protected abstract renderValue(value: T): unknown;

  /** Whether what is shown failed a later check (`refresh`): it keeps the stale note until one succeeds. */
  protected outdated() {
    return false;
  }

  /** The language of labels and dates: `vi` or `en`. */
  protected get lang_(): Lang {
    return this.#lang.value;
  }

  protected get labels(): Labels {
    return labelsFor(this.lang_);
  }

  /** The localised default heading of the element. */
  protected abstract get defaultHeading(): string;

  /** Load `src` again, bypassing the memory cache. */
  reload() {
    return this.source.run(true);
  }

  /** What the element shows now, as its reservation needs to know. */
  #shows() {
    const root = this.renderRoot;
    if (root.querySelector('[part~="skeleton"]')) return 'loading';
    return root.querySelector('[part~="error"], [part~="empty"]') ? 'other' : 'content';
  }

  /** A heading at `heading-level` (2–6), or at `level`, so the block fits the host page's outline. */
  protected renderHeading(content: unknown = this.heading ?? this.defaultHeading, kind = 'heading', level = this.headingLevel) {
    if (!content) return nothing;
    const part = kind === 'heading' ? kind : `heading ${kind}`;
    switch (Math.min(6, Math.max(2, Math.trunc(level) || 2))) {
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
    const url = safeUrl(raw, this.baseUrl);
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
    // Nothing to show yet: the host's fallback content, else "no data".
    if (!this.input() && !this.sources()) return html`<slot>${this.#renderEmpty()}</slot>`;
    const state = this.input() ? this.#input.state() : this.source.state();
    if (state === 'failed') return this.#renderError();
    // Dates in a date-fns pattern show once date-fns is here, never in a stand-in first. What a
    // server rendered stays: hydration keeps its text, which date-fns then writes again the same.
    if (state === 'loading' || (this.#dates.pending && !this.source.showsServerState)) return this.#renderLoading();
    if (this.isEmpty(state.value)) return this.#renderEmpty();
    return html`${state.stale || this.outdated() ? html`<p class="stale" part="stale" role="status">${this.labels.stale}</p>` : nothing}${this.renderValue(state.value)}`;
  }
}

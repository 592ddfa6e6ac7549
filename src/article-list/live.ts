import type { ReactiveController } from 'lit';
import type { Article, Feed } from '../data/model.js';
import type { Loaded } from '../element/source.js';
import { errorEvent, updateEvent } from '../events.js';
import { isAbort } from '../core/portal-error.js';
import { watch } from '../load/refresh.js';
import type { ArticleListElement, LiveView } from './article-list.js';

/** What a check compares: an article with another of these changed its content. */
const differs = (a: Article, b: Article) =>
  a.title !== b.title ||
  a.summary !== b.summary ||
  a.datePublished !== b.datePublished ||
  a.dateModified !== b.dateModified ||
  a.image !== b.image;

/**
 * `refresh` for a list: follows the URL its items came from through the
 * shared checks of `load/refresh.ts`, and when a check brings a new body,
 * reads it as the element loads its data. Changed articles update in place;
 * new ones wait behind the list's button until the reader asks for them, so
 * nothing the reader looks at moves. A failed check marks the list stale.
 */
export class LiveFeed implements ReactiveController, LiveView {
  /** The loaded feed this state applies to; a new load (another `src`, `reload()`) starts over. */
  #base?: Feed;
  #shown: Article[] = [];
  #waiting: Article[] = [];
  #stale = false;
  #url?: string;
  #seconds = 0;
  #unwatch?: () => void;
  #pull?: AbortController;

  constructor(
    private readonly host: ArticleListElement,
    /** What the element loaded from its source, once it did. */
    private readonly current: () => Loaded<Feed> | undefined,
    /** Loads the element's data as its task does (the new body is in the loader's cache by then). */
    private readonly load: (signal: AbortSignal) => Promise<Loaded<Feed>>,
  ) {
    host.addController(this);
  }

  get waiting() {
    return this.#applies() ? this.#waiting.length : 0;
  }

  get stale() {
    return this.#stale && this.#applies();
  }

  items(feed: Feed) {
    return feed === this.#base ? this.#shown : feed.items;
  }

  async reveal() {
    this.#shown = [...this.#waiting, ...this.#shown];
    this.#waiting = [];
    this.host.requestUpdate();
    await this.host.updateComplete;
    // The button is gone: focus goes on to the first new article.
    const first = this.host.renderRoot.querySelector('[part~="item"]');
    (first?.querySelector('a, article-card') as HTMLElement | null)?.focus();
  }

  hostConnected() {
    this.#follow();
  }

  hostUpdated() {
    this.#follow();
  }

  hostDisconnected() {
    this.#unwatch?.();
    this.#unwatch = this.#url = undefined;
    this.#pull?.abort();
  }

  #loaded(): Loaded<Feed> | undefined {
    return this.current();
  }

  #applies() {
    return !!this.#base && this.#loaded()?.value === this.#base;
  }

  /** Watches the URL the shown items came from, every `refresh` seconds; nothing without one. */
  #follow() {
    const seconds = this.host.refresh;
    const url = seconds > 0 && this.host.isConnected ? this.#loaded()?.url : undefined;
    if (url === this.#url && seconds === this.#seconds) return;
    this.#unwatch?.();
    this.#unwatch = undefined;
    this.#url = url;
    this.#seconds = seconds;
    if (url) this.#unwatch = watch(url, seconds, (changed, error) => void this.#checked(url, changed, error));
  }

  /** Starts from `base` when the element loaded another feed since. */
  #adopt(base: Feed) {
    if (base === this.#base) return;
    this.#base = base;
    this.#shown = base.items;
    this.#waiting = [];
    this.#stale = false;
  }

  async #checked(url: string, changed: boolean, error?: unknown) {
    const loaded = this.#loaded();
    if (!loaded || loaded.url !== url) return;
    if (!changed) {
      this.#adopt(loaded.value);
      this.#setStale(error, url);
      return;
    }
    this.#pull?.abort();
    const pull = (this.#pull = new AbortController());
    let next: Feed;
    try {
      next = (await this.load(pull.signal)).value;
    } catch (error) {
      if (!isAbort(error) && this.#loaded() === loaded) this.#setStale(error, url);
      return;
    }
    // The element loaded something else meanwhile: that is what it shows.
    if (this.#loaded() !== loaded) return;
    this.#adopt(loaded.value);
    this.#merge(url, next);
  }

  /** Marks the list stale after a failed check (once per run of failures), or clears the mark. */
  #setStale(error: unknown, url: string) {
    const stale = error !== undefined;
    if (stale === this.#stale) return;
    this.#stale = stale;
    this.host.requestUpdate();
    if (stale) this.host.dispatchEvent(errorEvent(error, url));
  }

  #merge(url: string, next: Feed) {
    const excluded = new Set((this.host.exclude ?? '').split(/\s+/).filter(Boolean));
    const known = new Map([...this.#waiting, ...this.#shown].map((item) => [item.id, item]));
    const added: Article[] = [];
    const changed = new Map<string, Article>();
    for (const item of next.items) {
      const old = known.get(item.id);
      if (!old) {
        if (!excluded.has(item.id)) added.push(item);
      } else if (differs(old, item)) {
        changed.set(item.id, item);
      }
    }
    const update = (items: Article[]) => items.map((item) => changed.get(item.id) ?? item);
    this.#shown = update(this.#shown);
    this.#waiting = [...added, ...update(this.#waiting)];
    const wasStale = this.#stale;
    this.#stale = false;
    // An empty list has nothing to move: the new articles show at once.
    if (!this.#shown.some((item) => !excluded.has(item.id))) {
      this.#shown = [...this.#waiting, ...this.#shown];
      this.#waiting = [];
    }
    if (added.length || changed.size || wasStale) this.host.requestUpdate();
    if (added.length || changed.size) {
      this.host.dispatchEvent(updateEvent({ url, added, changed: [...changed.values()] }));
    }
  }
}

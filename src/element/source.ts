import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task, TaskStatus, initialState } from '@lit/task';
import { isAbort, PortalError } from '../core/portal-error.js';
import type { FormatName, PortalDocument } from '../data/model.js';
import { readDocument } from '../data/read.js';
import { asPortalError, errorEvent, loadEvent, type PortalLoadDetail } from '../events.js';
import { loadBytes, resolveSource } from '../load/load.js';
import { upgrading } from './define.js';
import type { ServerState } from './server-state.js';

/** What an element shows once its source is read: its value, the URL it was loaded from, and whether it is a stale copy. */
export interface Loaded<T> {
  value: T;
  /** The absolute URL that was asked for (its answer may have come from another, after a redirect). */
  url: string;
  stale: boolean;
}

/** A document read from a URL, as `fetch()` gives it. */
export interface FetchedDocument {
  document: PortalDocument;
  url: string;
  stale: boolean;
}

/** The element's attributes the loader and the reader follow. */
export interface SourceHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  format?: FormatName;
  /** Seconds. */
  timeout: number;
  cacheTtl: number;
  timeZone: string;
}

export interface SourceOptions<T> {
  /**
   * What loads the data again when it changes: where it comes from and the
   * settings that change what is read; empty when there is nothing to load
   * (no source, or a value given as a property).
   */
  args(): readonly unknown[];
  /** Where the data comes from: when it changes, the loading state shows; a change of the rest keeps what is shown. */
  sources(): readonly unknown[] | undefined;
  /** Loads the element's value; `fresh` skips the memory cache. */
  load(signal: AbortSignal, fresh: boolean): Promise<Loaded<T>>;
  /** What `portal-load` tells of a value. */
  detail(value: T): Omit<PortalLoadDetail, 'url' | 'stale'>;
  /** What relative URLs resolve against: the page's base URL. */
  base(): string;
  /** What a server rendered, shown until the source has loaded once (see `server-state.ts`). */
  serverState(): ServerState<T> | undefined;
}

/** What an element shows: its loading state, its error state, or a value (`stale`: the last good copy). */
export type Showing<T> = 'loading' | 'failed' | { value: T; stale: boolean };

/**
 * An element's remote source: fetch through the shared loader, read into the
 * model, adapt to the element's value. One run at a time, aborted when the
 * element is removed or the source changes, and only the latest result kept
 * (`@lit/task`); `portal-load` or `portal-error` once the result rendered.
 */
export class SourceController<T> implements ReactiveController {
  #fresh = false;
  /** Whether a run has ended since the element was created: from then on, what a server rendered is past. */
  #settled = false;
  /** Which source the value on screen came from. */
  #shownFrom?: string;
  /** Whether the host has been connected once (its first run started). */
  #started = false;
  readonly #task: Task<readonly unknown[], Loaded<T> | typeof initialState>;

  readonly #host: SourceHost;
  readonly #options: SourceOptions<T>;

  constructor(host: SourceHost, options: SourceOptions<T>) {
    this.#host = host;
    this.#options = options;
    this.#task = new Task(host, {
      task: async (args: readonly unknown[], { signal }) => {
        if (!args.length) return initialState;
        // Removed before its first update: nothing to load until it is back (see hostConnected).
        if (!host.isConnected) throw new DOMException('The element was removed', 'AbortError');
        const fresh = this.#fresh;
        this.#fresh = false;
        return options.load(signal, fresh);
      },
      args: options.args,
      onComplete: (result) => {
        this.#settled = true;
        this.#shownFrom = this.#sourceKey();
        const { url, stale, value } = result as Loaded<T>;
        this.#announce(() => loadEvent({ url, stale, ...options.detail(value) }));
      },
      onError: (error) => {
        if (!isAbort(error)) this.#settled = true;
        if (!isAbort(error)) this.#announce(() => errorEvent(error, host.src ?? ''));
      },
    });
    host.addController(this);
  }

  /** The last value loaded, while it is the element's. */
  get value(): Loaded<T> | undefined {
    // A run that ends in `initialState` leaves the task's value as it was: only loaded values are kept.
    return this.#task.value as Loaded<T> | undefined;
  }

  hostConnected() {
    // An element of the page upgraded as its tag is defined starts its request now: its first
    // update comes only after the script has defined (and upgraded) every element of the page,
    // and finds it under way, with the same arguments. One a script adds waits for its first
    // update: added and removed in one go, it makes no request.
    const first = upgrading() && this.#task.status === TaskStatus.INITIAL && !this.#started;
    this.#started = true;
    // A removal mid-request aborted the last run: load again on return. On a
    // move (removed and added back at once) the abort has not landed yet.
    if (first || this.#task.status === TaskStatus.PENDING || isAbort(this.#task.error)) void this.#task.run();
  }

  hostDisconnected() {
    this.#task.abort();
  }

  /** Loads again (a new item of the same source); `fresh` skips the memory cache. */
  run(fresh = false) {
    this.#fresh = fresh;
    return this.#task.run();
  }

  /** Fetches `src` (relative to the page) and reads it, with the element's settings. */
  async fetch(src: string, signal: AbortSignal, fresh = false): Promise<FetchedDocument> {
    const { timeout, cacheTtl, format, timeZone } = this.#host;
    const url = resolveSource(src, this.#options.base());
    // The timeout covers the whole way to the model: a reader's chunk that never arrives is a `timeout` too.
    const deadline = AbortSignal.timeout(timeout * 1000);
    const body = await loadBytes(url, { signal, timeout: timeout * 1000, cacheTtl, fresh });
    const read = await beforeDeadline(readDocument(body, { format, timeZone }), deadline, url, timeout);
    signal.throwIfAborted();
    return { document: read, url, stale: body.stale };
  }

  /**
   * What a server shows of the element's source (see `portal-widgets/server`):
   * loaded as the element loads it, or the error that ended it.
   */
  async loadForServer(signal: AbortSignal): Promise<ServerState<T>> {
    const source = this.#sourceKey();
    try {
      const { value, url, stale } = await this.#options.load(signal, true);
      return { source, url, value, ...(stale && { stale }) };
    } catch (error) {
      const { kind, message, status, url } = asPortalError(error, this.#host.src ?? '');
      return { source, url, error: { kind, message, ...(status !== undefined && { status }) } };
    }
  }

  /** Whether what the element shows is what a server rendered (see `#rendered`). */
  get showsServerState(): boolean {
    return !!this.#rendered();
  }

  /** What a server rendered, while nothing has loaded since and it is for this source. */
  #rendered(): Showing<T> | undefined {
    const state = this.#options.serverState();
    if (this.#settled || !state || state.source !== this.#sourceKey()) return undefined;
    return state.value ? { value: state.value, stale: !!state.stale } : 'failed';
  }

  /** What the element shows of its source now. */
  state(): Showing<T> {
    const rendered = this.#rendered();
    if (rendered) return rendered;
    const last = this.value;
    switch (this.#task.status) {
      case TaskStatus.COMPLETE:
        return last ?? 'loading';
      case TaskStatus.ERROR:
        return isAbort(this.#task.error) ? 'loading' : 'failed';
      case TaskStatus.PENDING:
        // A refresh (`reload()`, another zone) keeps the content on screen until the new one arrives.
        return last && this.#shownFrom === this.#sourceKey() ? last : 'loading';
      default:
        return 'loading';
    }
  }

  #sourceKey() {
    return JSON.stringify(this.#options.sources());
  }

  #announce(event: () => CustomEvent) {
    // After the task's own requestUpdate, so listeners see the rendered state.
    // `updateComplete` does not reject: an error in render is reported by Lit itself.
    void Promise.resolve()
      .then(() => this.#host.updateComplete)
      .then(() => this.#host.dispatchEvent(event()));
  }
}

/**
 * What `work` resolves to, or a `timeout` error once `deadline` passes first. Past it already, the
 * loader answered with what it had in time (a last good copy, read without a deadline).
 */
function beforeDeadline<T>(work: Promise<T>, deadline: AbortSignal, url: string, seconds: number): Promise<T> {
  if (deadline.aborted) return work;
  const late = () => new PortalError('timeout', `No answer within ${seconds} s`, url);
  let expire: () => void = () => {};
  const expired = new Promise<never>((_, reject) => {
    expire = () => reject(late());
    deadline.addEventListener('abort', expire, { once: true });
  });
  return Promise.race([work, expired]).finally(() => deadline.removeEventListener('abort', expire));
}

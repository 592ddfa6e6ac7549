import type { ReactiveControllerHost } from 'lit';
import type { PortalDocument } from '../data/model.js';
import { readDocument, readValueNow, type ValueInput } from '../data/read.js';
import type { Showing } from './source.js';

export interface PropertyInputOptions<T> {
  /** What the host set as a property (`.data`, `.article`, `.links`), which wins over `src`. */
  input(): object | undefined;
  /** What kind of document the element shows. */
  shows(): PortalDocument['kind'];
  /** Turns the model into the element's value; throws a `format` error for the wrong kind. */
  adapt(document: PortalDocument, url: string): T;
  /** What relative URLs in the value resolve against: the page's base URL. */
  base(): string;
}

interface Reading<T> {
  input: object;
  zone: string;
  value?: T;
  failed?: boolean;
  /** While a chunk the value needs is loading. */
  pending?: Promise<void>;
}

/**
 * Data a page gave as a property instead of `src`, read as `src` would be (a
 * document through its adapter, the model with its dates read), again when
 * the value or the zone changes. It shows in the update it was set in, unless
 * an adapter's chunk is still to load: then the loading state shows until it
 * is, and the latest value set wins. No event fires for it: the host set it.
 * It needs no lifecycle of its own: the host's render asks for its `state()`.
 */
export class PropertyInputController<T> {
  #reading?: Reading<T>;
  readonly #host: ReactiveControllerHost & { timeZone: string };
  readonly #options: PropertyInputOptions<T>;

  /** `host.timeZone` is the zone dates written without one are read in. */
  constructor(host: ReactiveControllerHost & { timeZone: string }, options: PropertyInputOptions<T>) {
    this.#host = host;
    this.#options = options;
  }

  /** The value read from the property, once read. */
  get value(): T | undefined {
    return this.#current()?.value;
  }

  /** While the value is being read: settles when it is. */
  get pending(): Promise<void> | undefined {
    return this.#reading?.pending;
  }

  /** What the element shows of the property now. */
  state(): Showing<T> {
    const reading = this.#current();
    if (!reading || reading.pending) return 'loading';
    return reading.failed ? 'failed' : { value: reading.value!, stale: false };
  }

  /** The reading of the property as it is now, started when the value or the zone changed. */
  #current(): Reading<T> | undefined {
    const input = this.#options.input();
    if (!input) return undefined;
    const zone = this.#host.timeZone;
    if (this.#reading?.input === input && this.#reading.zone === zone) return this.#reading;
    const reading: Reading<T> = { input, zone };
    this.#reading = reading;
    const value: ValueInput = { value: input, shows: this.#options.shows(), url: this.#options.base() };
    try {
      const now = readValueNow(value, { timeZone: zone });
      if (now) reading.value = this.#options.adapt(now, value.url);
      else reading.pending = this.#readLater(reading, value);
    } catch {
      reading.failed = true;
    }
    return reading;
  }

  async #readLater(reading: Reading<T>, value: ValueInput) {
    try {
      reading.value = this.#options.adapt(await readDocument(value, { timeZone: reading.zone }), value.url);
    } catch {
      // Shown as the error state (also when the adapter's chunk did not load).
      reading.failed = true;
    }
    reading.pending = undefined;
    // A newer value replaced this one meanwhile: that one shows.
    if (this.#reading === reading) this.#host.requestUpdate();
  }
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { datePatternReady } from '../format/dates.js';

/**
 * Whether the host's `date-format` can be written now. A pattern that needs
 * date-fns loads it; until then the host shows its loading state, so a date
 * never shows in a stand-in pattern first. Should date-fns not load
 * (offline), the default pattern stands in until the host asks for another.
 */
export class DatePatternController implements ReactiveController {
  /** While date-fns loads (the pattern cannot be written yet): settles when it is there or failed. */
  pending?: Promise<void>;
  /** The pattern whose date-fns did not load. */
  #failed?: string;

  readonly #host: ReactiveControllerHost;
  readonly #pattern: () => string | undefined;

  constructor(host: ReactiveControllerHost, pattern: () => string | undefined) {
    this.#host = host;
    this.#pattern = pattern;
    host.addController(this);
  }

  hostUpdate() {
    this.#check();
  }

  #check() {
    const pattern = this.#pattern();
    if (this.pending || pattern === this.#failed) return;
    const loading = datePatternReady(pattern);
    if (!loading) return;
    this.pending = loading.then((loaded) => {
      this.pending = undefined;
      if (!loaded) this.#failed = pattern;
      this.#host.requestUpdate();
    });
  }
}

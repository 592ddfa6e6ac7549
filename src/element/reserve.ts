import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * The height each element had just before its upgrade: the page's
 * `:not(:defined)` rule or its fallback content (see `define`).
 */
const beforeUpgrade = new WeakMap<Element, number>();

const STORAGE_PREFIX = 'portal-widgets:height:';

/**
 * Reads, in one layout, the height of every element of `tags` the document
 * holds before they are defined: once defined, the page's reservation no
 * longer applies, and the element keeps that room itself until its content is in.
 */
export function measureBeforeUpgrade(tags: readonly string[]) {
  // On a server (portal-widgets/server) there is no page to measure.
  if (typeof document === 'undefined' || typeof document.querySelectorAll !== 'function' || !tags.length) return;
  for (const element of document.querySelectorAll(tags.join(','))) {
    const { height } = element.getBoundingClientRect();
    if (height > 0) beforeUpgrade.set(element, height);
    else beforeUpgrade.delete(element);
  }
}

interface Remembered {
  width: number;
  height: number;
}

const later = (run: () => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 2000 }) : setTimeout(run, 0);

function recall(key: string): Remembered | undefined {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(STORAGE_PREFIX + key) ?? 'null');
    const { width, height } = (value ?? {}) as Partial<Remembered>;
    return typeof width === 'number' && typeof height === 'number' ? { width, height } : undefined;
  } catch {
    return undefined;
  }
}

function remember(key: string, size: Remembered) {
  try {
    sessionStorage.setItem(STORAGE_PREFIX + key, JSON.stringify(size));
  } catch {
    // Storage full or refused: the next visit reserves what the page does.
  }
}

/**
 * Never gives back reserved room: while its host shows no content yet (before
 * its first render, and while its skeleton is shown) the host is at least as
 * tall as it was before its upgrade; or, when this tab showed the same
 * element from the same source at the same width before, exactly as tall as
 * it was then with its content (this tab's sessionStorage, per tag and
 * attributes): a links document holds as many links as last time. A `:host`
 * rule in a sheet of its own, so a page's own rule for the element still
 * wins, and nothing is written to the page's DOM.
 */
export class ReserveController implements ReactiveController {
  #sheet?: CSSStyleSheet;
  /** The declarations of the `:host` rule in force. */
  #rule = '';
  /** Whether the last update showed the loading state. */
  #waiting = true;
  #remembered?: { key: string; size?: Remembered };

  constructor(
    private readonly host: ReactiveElement,
    /** What the host shows: its loading state, its content, or something else (an error, "no data"). */
    private readonly shows: () => 'loading' | 'content' | 'other',
  ) {}

  hostConnected() {
    if (!this.host.hasUpdated) this.#hold(beforeUpgrade.get(this.host) ?? 0);
  }

  hostUpdated() {
    const shown = this.shows();
    if (shown === 'loading') {
      this.#waiting = true;
      // The height it had with its content is the best guess, a skeleton taller than it included.
      const recalled = this.#recalled();
      if (recalled) this.#hold(recalled, 'exact');
      else this.#hold(beforeUpgrade.get(this.host) ?? 0);
      return;
    }
    beforeUpgrade.delete(this.host);
    // Only the first height with content is remembered, not one after "Xem tiếp" or new articles.
    const justLoaded = this.#waiting && shown === 'content';
    this.#waiting = false;
    this.#hold(0);
    // Data given as a property may differ each time: only a source has a size to remember.
    if (!justLoaded || (!this.host.hasAttribute('src') && !this.host.hasAttribute('article-src'))) return;
    const key = this.#key();
    later(() => {
      if (!this.host.isConnected || this.shows() !== 'content' || key !== this.#key()) return;
      const { width, height } = this.host.getBoundingClientRect();
      if (height > 0) remember(key, { width: Math.round(width), height });
    });
  }

  /** What fixes the element's look: its tag and attributes (`src`, `layout`, `limit`, `variant`…). */
  #key() {
    const { localName, attributes } = this.host;
    return `${localName} ${[...attributes]
      .map(({ name, value }) => `${name}=${value}`)
      .sort()
      .join(' ')}`;
  }

  /** The remembered height for this element at its present width, or 0. */
  #recalled() {
    const key = this.#key();
    if (this.#remembered?.key !== key) this.#remembered = { key, size: recall(key) };
    const { size } = this.#remembered;
    if (!size) return 0;
    return Math.round(this.host.getBoundingClientRect().width) === size.width ? size.height : 0;
  }

  /** Keeps the host at least `height` px tall, or (`exact`) that tall, its skeleton cut to it. */
  #hold(height: number, exact?: 'exact') {
    const rule = !height ? '' : exact ? `height: ${height}px; overflow: hidden;` : `min-height: ${height}px;`;
    if (rule === this.#rule) return;
    this.#rule = rule;
    const root = this.host.renderRoot as ShadowRoot;
    if (!this.#sheet) {
      if (!rule || !root?.adoptedStyleSheets) return;
      this.#sheet = new CSSStyleSheet();
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.#sheet];
    }
    this.#sheet.replaceSync(rule ? `:host { ${rule} }` : '');
  }
}

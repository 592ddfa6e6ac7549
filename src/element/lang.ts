import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { langOf, resolveLang, type Lang } from '../format/labels.js';

/** The controllers of connected hosts, and the one page-wide observer while there are any. */
const followers = new Set<LangController>();
let observer: MutationObserver | undefined;

/**
 * The language of a host's labels and dates: its own `lang`, else the nearest
 * ancestor's, followed when it changes (`<html lang>` switched to `en`
 * re-renders in English), else the one a server rendered it in (`rendered`),
 * else `vi`.
 */
export class LangController implements ReactiveController {
  value: Lang = 'vi';
  /** The language of the first update, while it is the server's (see `takeOver`). */
  #pinned?: Lang;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly rendered: () => string | undefined = () => undefined,
  ) {
    host.addController(this);
  }

  /**
   * The host takes over a shadow root a server rendered in `lang`: its
   * first update hydrates exactly that; then it follows the page as ever
   * (another language re-renders the text in place, the rows stay).
   */
  takeOver(lang: string) {
    this.#pinned = langOf(lang);
  }

  hostUpdated() {
    if (!this.#pinned) return;
    this.#pinned = undefined;
    void this.host.updateComplete.then(() => this.follow());
  }

  hostConnected() {
    this.follow();
    followers.add(this);
    if (observer) return;
    // Attribute changes inside another component's shadow root are not seen: a
    // host that switches language there sets `lang` on the elements themselves.
    observer = new MutationObserver(() => followers.forEach((each) => each.follow()));
    observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['lang'] });
  }

  hostDisconnected() {
    followers.delete(this);
    if (followers.size) return;
    observer?.disconnect();
    observer = undefined;
  }

  /** The host's own `lang` property may have changed: the update under way shows it. */
  hostUpdate() {
    this.value = this.read();
  }

  private follow() {
    const lang = this.read();
    if (lang === this.value) return;
    this.value = lang;
    this.host.requestUpdate();
  }

  private read() {
    const rendered = this.rendered();
    const fallback = rendered ? langOf(rendered) : 'vi';
    return this.#pinned ?? resolveLang(this.host, this.host.lang || this.host.getAttribute('lang'), fallback);
  }
}

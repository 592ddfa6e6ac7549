import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLang, type Lang } from '../format/labels.js';

/** The controllers of connected hosts, and the one page-wide observer while there are any. */
const followers = new Set<LangController>();
let observer: MutationObserver | undefined;

/**
 * The language of a host's labels and dates: its own `lang`, else the nearest
 * ancestor's, followed when it changes (`<html lang>` switched to `en`
 * re-renders in English), else `vi`.
 */
export class LangController implements ReactiveController {
  value: Lang = 'vi';

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
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
    return resolveLang(this.host, this.host.lang || this.host.getAttribute('lang'));
  }
}

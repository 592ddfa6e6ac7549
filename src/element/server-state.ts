// What a server rendered into an element's declarative shadow root, so that
// the element takes over showing the same: its first render (or Lit's
// hydration) must produce exactly the server's markup, before `src` loads.
import type { PortalErrorKind } from '../core/portal-error.js';
import type { Lang } from '../format/labels.js';

/** The `type` of the `<script>` child that carries a server-rendered state (JSON, never executed). */
export const SERVER_STATE_TYPE = 'application/json';
/** The attribute that marks that child as the element's own. */
export const SERVER_STATE_ATTRIBUTE = 'data-portal-state';

/** What the server showed: the value loaded from `src` at `url`, or the error it ran into. */
export interface ServerState<T = unknown> {
  /** The element's `source()` the state was rendered for: another `src` on the page discards it. */
  source: string;
  url: string;
  value?: T;
  /** The value is the last good copy: the source failed since. */
  stale?: boolean;
  error?: { kind: PortalErrorKind; message: string; status?: number };
  /**
   * The language the server rendered in: the element's `lang`, else the
   * page's it was told. The element takes over in it, then follows its page.
   */
  lang?: Lang;
}

const isState = (value: unknown): value is ServerState =>
  typeof value === 'object' && value !== null && typeof (value as ServerState).source === 'string';

/**
 * The state a server left in `host`'s `<script type="application/json" data-portal-state>`
 * child, if there is one that reads. The script is data, not code: a strict CSP allows it.
 */
export function readServerState(host: Element): ServerState | undefined {
  const script = host.querySelector(`:scope > script[type="${SERVER_STATE_TYPE}"][${SERVER_STATE_ATTRIBUTE}]`);
  if (!script?.textContent) return undefined;
  try {
    const state: unknown = JSON.parse(script.textContent);
    return isState(state) ? state : undefined;
  } catch {
    return undefined;
  }
}

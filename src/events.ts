import type { Article, Link } from './data/model.js';
import { PortalError, type PortalErrorKind } from './core/portal-error.js';

export interface PortalLoadDetail {
  /** The absolute URL that was loaded. */
  url: string;
  /** `<news-list>`, `<related-articles>`: the items shown. */
  items?: Article[];
  /** `<article-card>`: the article shown. */
  article?: Article;
  /** `<website-links>`: the links shown. */
  links?: Link[];
  /** True when the endpoint failed and this is the last good copy. */
  stale: boolean;
  /** Items that were skipped, each as `path: reason`. */
  problems: string[];
}

export interface PortalErrorDetail {
  url: string;
  kind: PortalErrorKind;
  status?: number;
  message: string;
}

export interface PortalUpdateDetail {
  /** The absolute URL that was checked. */
  url: string;
  /** Articles new since the last check, newest first: waiting behind the "new articles" button until activated. */
  added: Article[];
  /** Articles already known whose title, summary, dates or image changed: updated in place. */
  changed: Article[];
}

/** Fired when data arrived and rendered. Bubbles, composed. */
export type PortalLoadEvent = CustomEvent<PortalLoadDetail>;
/** Fired when loading failed. Bubbles, composed. */
export type PortalErrorEvent = CustomEvent<PortalErrorDetail>;
/** Fired when a `refresh` check found new or changed articles. Bubbles, composed. */
export type PortalUpdateEvent = CustomEvent<PortalUpdateDetail>;

const init = { bubbles: true, composed: true };

/** The `portal-load` event of an element that shows `detail`. */
export const loadEvent = (detail: PortalLoadDetail): PortalLoadEvent => new CustomEvent('portal-load', { detail, ...init });

/** The `portal-update` event of a list whose `refresh` check found `detail`. */
export const updateEvent = (detail: PortalUpdateDetail): PortalUpdateEvent =>
  new CustomEvent('portal-update', { detail, ...init });

/** The `portal-error` event for `error` (a `PortalError`, or anything thrown while loading `url`). */
export function errorEvent(error: unknown, url: string): PortalErrorEvent {
  const portalError = asPortalError(error, url);
  const detail: PortalErrorDetail = {
    url: portalError.url,
    kind: portalError.kind,
    message: portalError.message,
    // Only HTTP errors have a status; others leave the key out.
    ...(portalError.status !== undefined && { status: portalError.status }),
  };
  return new CustomEvent('portal-error', { detail, ...init });
}

export function asPortalError(error: unknown, url: string): PortalError {
  if (error instanceof PortalError) return error;
  return new PortalError('format', error instanceof Error ? error.message : String(error), url);
}

declare global {
  interface GlobalEventHandlersEventMap {
    'portal-load': PortalLoadEvent;
    'portal-error': PortalErrorEvent;
    'portal-update': PortalUpdateEvent;
  }
}

import type { Article, Link } from './data/model.js';
import type { PortalErrorKind } from './core/portal-error.js';

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

/** Fired when data arrived and rendered. Bubbles, composed. */
export type PortalLoadEvent = CustomEvent<PortalLoadDetail>;
/** Fired when loading failed. Bubbles, composed. */
export type PortalErrorEvent = CustomEvent<PortalErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'portal-load': PortalLoadEvent;
    'portal-error': PortalErrorEvent;
  }
}

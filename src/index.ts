/**
 * portal-widgets: registers every element and exports their classes, the
 * data model and the event types.
 */
export { WebsiteLinks } from './website-links/website-links.js';
export type { Article, ArticleRef, Category, Feed, Link, LinkList, FormatName } from './data/model.js';
export type { PortalLoadDetail, PortalErrorDetail, PortalLoadEvent, PortalErrorEvent } from './events.js';
export type { PortalErrorKind } from './internal/portal-error.js';

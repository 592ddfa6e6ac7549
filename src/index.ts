/**
 * portal-widgets: registers every element and exports their classes, the
 * data model and the event types.
 */
export { NewsList } from './news-list/news-list.js';
export { RelatedArticles } from './related-articles/related-articles.js';
export { WebsiteLinks } from './website-links/website-links.js';
export { ArticleCard } from './article-card/article-card.js';
export type { Article, ArticleRef, Category, Feed, Link, LinkList, FormatName } from './data/model.js';
export type {
  ArticleData,
  ArticleInput,
  FeedData,
  FeedInput,
  JsonFeedDocument,
  JsonFeedItem,
  LinkListInput,
  LinksData,
  LinksDocument,
  WordPressPost,
} from './data/given.js';
export type {
  PortalLoadDetail,
  PortalErrorDetail,
  PortalUpdateDetail,
  PortalLoadEvent,
  PortalErrorEvent,
  PortalUpdateEvent,
} from './events.js';
export type { PortalErrorKind } from './core/portal-error.js';
export type { ArticleLayout } from './article-list/article-list.js';

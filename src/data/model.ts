/**
 * The one normalised model every format adapter produces and every component
 * renders. Components never read raw JSON Feed, WordPress or RSS fields.
 */

export interface Category {
  id?: string;
  name: string;
  /** Absolute, already passed through `safeUrl()`. */
  url?: string;
}

/** A short reference to another article (related, newer). */
export interface ArticleRef {
  id: string;
  title: string;
  url?: string;
  /** RFC 3339 / ISO 8601 instant, if known. */
  datePublished?: string;
}

/** One width of an article's picture (Portal JSON `_portal.image_sizes`, WordPress `media_details.sizes`). */
export interface ImageSize {
  /** Absolute, safe URL. */
  url: string;
  /** Its width in pixels, a positive integer. */
  width: number;
}

export interface Article {
  id: string;
  /** Plain text, NFC. Never HTML. */
  title: string;
  /** An RSS/Atom entry with no title nor text to take one from, kept for its date or id: `title` is empty, the elements show "(Không có tiêu đề)". */
  untitled?: true;
  /** Absolute, safe (http, https, mailto, tel) link to the article page. */
  url?: string;
  /** Plain text lead, NFC. */
  summary?: string;
  /** Untrusted HTML body; sanitised only when rendered. */
  contentHtml?: string;
  image?: string;
  /** The same picture in other widths, narrowest first, for `srcset`: the browser picks what the box needs. */
  imageSizes?: ImageSize[];
  imageAlt?: string;
  imageCaption?: string;
  /** ISO 8601 instant (`Date#toISOString()` form). */
  datePublished?: string;
  dateModified?: string;
  authors: string[];
  tags: string[];
  category?: Category;
  related?: ArticleRef[];
  newer?: ArticleRef[];
  /** "Quay lại" target. */
  backUrl?: string;
  /** "Xem tiếp" target. */
  nextUrl?: string;
  /** URL of the document the article came from: relative URLs in the body resolve against it. */
  baseUrl: string;
}

export interface Feed {
  title?: string;
  homePageUrl?: string;
  /** The next page of this feed, when the endpoint pages. */
  nextUrl?: string;
  language?: string;
  items: Article[];
  /** Items skipped because they failed validation, e.g. `items[3].title: expected a string`. */
  problems: string[];
}

export interface Link {
  name: string;
  url: string;
  logo?: string;
  group?: string;
}

export interface LinkList {
  title?: string;
  links: Link[];
  problems: string[];
}

/** What a document at `src` turned out to be. */
export type PortalDocument =
  { kind: 'feed'; feed: Feed } | { kind: 'article'; article: Article } | { kind: 'links'; links: LinkList };

export type FormatName = 'portal' | 'jsonfeed' | 'wordpress' | 'rss' | 'atom' | 'links';

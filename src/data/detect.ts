// One entry point from the text of a response to the model. The format is
// recognised by content, never by file name or Content-Type, which portals
// often get wrong.

import { PortalError } from '../core/portal-error.js';
import { DEFAULT_TIME_ZONE } from '../core/time-zone.js';
import { needsLenientDates } from './dates.js';
import { parseJsonArticle, parseJsonFeed } from './json-feed.js';
import { parseLinks } from './links.js';
import type { FormatName, PortalDocument } from './model.js';
import type { parseXmlFeed } from './rss-atom.js';
import { isFields } from './validate.js';
import type * as WordPress from './wordpress.js';

export interface ParseOptions {
  /** Skip detection and read the document as this format. */
  format?: FormatName;
  /** IANA zone for dates written without one. Default `Asia/Ho_Chi_Minh`. */
  assumeTimeZone?: string;
}

const FORMATS: FormatName[] = ['portal', 'jsonfeed', 'wordpress', 'rss', 'atom', 'links'];
const JSON_FEED_VERSION = /^https?:\/\/jsonfeed\.org\/version\//;
const UNKNOWN = 'The document is not a JSON Feed, WordPress posts list, RSS/Atom feed or links document';

const looksLikeWordPressPost = (value: unknown): boolean =>
  isFields(value) && ((isFields(value.title) && 'rendered' in value.title) || ('link' in value && 'date' in value));

const looksLikeFeedItem = (value: Record<string, unknown>): boolean =>
  value.id != null && ('title' in value || 'content_html' in value || 'content_text' in value);

let xmlReader: typeof parseXmlFeed | undefined;
let wordPress: typeof WordPress | undefined;

/** Loads the WordPress adapter, a chunk of its own like the RSS/Atom reader (see `prepareFormat`). */
const loadWordPress = async (url?: string) => {
  wordPress ??= await import('./wordpress.js').catch((error: Error) => chunkMissing(error, url));
};

/**
 * Loads what `readDocument` needs to read `doc`, a value a page gave: a
 * promise while the WordPress adapter is still to load for it, else nothing.
 */
export const prepareValue = (doc: unknown): Promise<void> | undefined =>
  wordPress || !(Array.isArray(doc) || looksLikeWordPressPost(doc)) ? undefined : loadWordPress();

// XML, or a feed (`<?xml`, `<rss`, `<feed`, `<rdf:RDF`) after a line of prose, as a copy from a browser carries.
const isXml = (body: string, format?: FormatName) =>
  format === 'rss' || format === 'atom' || (!format && /^(<|[^[{][^<]{0,999}<[?rf])/.test(body));

/**
 * Loads what `parseDocument` needs to read `text`. The RSS/Atom reader is the
 * largest adapter and most portals publish JSON, so it is a chunk of its own,
 * fetched the first time a feed turns out to be XML; so is the WordPress
 * adapter, fetched the first time a document may be WordPress (a JSON array,
 * or an object with a `rendered` or `link` key).
 */
export async function prepareFormat(text: string, format?: FormatName, url?: string): Promise<void> {
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (isXml(body, format)) {
    xmlReader ??= (await loadXmlChunk(url)).parseXmlFeed;
  } else if (format ? format === 'wordpress' : /^\[|"(?:rendered|link)"\s*:/.test(body)) {
    await loadWordPress(url);
  }
  // The lenient date reader comes with the RSS/Atom reader; JSON loads it when a date needs it.
  if (needsLenientDates(text)) await import('./date-reader.js').catch((error: Error) => chunkMissing(error, url));
}

/**
 * A chunk of the library that does not load is a deployment problem (a file
 * of `dist/` not copied beside the entry), not the feed's: a `network` error
 * with the browser's message, which names the file.
 */
export const chunkMissing = (error: Error, url?: string): never => {
  throw new PortalError('network', error.message, url);
};

/**
 * Loads the RSS/Atom reader's chunk. It imports the date reader's: when that
 * one is the file left behind, the error names it, not the reader.
 */
export const loadXmlChunk = (url?: string) =>
  import('./rss-atom.js').catch((error: Error) =>
    import('./date-reader.js').then(
      () => chunkMissing(error, url),
      (missing: Error) => chunkMissing(missing, url),
    ),
  );

const notLoaded = (adapter: string, url: string): never => {
  throw new PortalError('parse', `${adapter} support is not loaded: call prepareFormat() first`, url);
};

/**
 * Reads the text of a response fetched from `url` (relative URLs in it resolve
 * against `url`), once `prepareFormat()` has run for it. Throws a `PortalError`
 * of kind `parse` (not JSON or XML, an HTML page, empty) or `format` (a
 * document that fits no format, or whose required fields are missing or of the
 * wrong type).
 */
export function parseDocument(text: string, url: string, options: ParseOptions = {}): PortalDocument {
  const { assumeTimeZone = DEFAULT_TIME_ZONE } = options;
  // An unknown value (say, from a mistyped attribute) means "detect".
  const format = FORMATS.find((name) => name === options.format);
  const body = text.replace(/^\uFEFF/, '').trim();
  if (!body) throw new PortalError('parse', 'The response is empty', url);

  if (isXml(body, format)) {
    // An HTML page (a 404 or login page served as 200) is told apart by the RSS/Atom reader.
    return {
      kind: 'feed',
      feed: (xmlReader ?? notLoaded('RSS/Atom', url))(body, url, assumeTimeZone, format as 'rss' | 'atom' | undefined),
    };
  }
  let doc: unknown;
  try {
    doc = JSON.parse(body);
  } catch (error) {
    throw new PortalError('parse', `The response is not valid JSON: ${(error as Error).message}`, url);
  }
  return readDocument(doc, url, options);
}

/**
 * Reads a document that is already a value (parsed JSON, or what a page
 * built), as if its text had been fetched from `url`: the same detection, the
 * same adapters, dates read the same way. Throws as `parseDocument` does.
 */
export function readDocument(doc: unknown, url: string, options: ParseOptions = {}): PortalDocument {
  const { assumeTimeZone = DEFAULT_TIME_ZONE } = options;
  const format = FORMATS.find((name) => name === options.format);
  const wp = () => wordPress ?? notLoaded('WordPress', url);
  const isFeed = isFields(doc) && (JSON_FEED_VERSION.test(String(doc.version)) || 'items' in doc);
  switch (format) {
    case 'links':
      return { kind: 'links', links: parseLinks(doc, url) };
    case 'wordpress':
      return Array.isArray(doc)
        ? { kind: 'feed', feed: wp().parseWordPress(doc, url, assumeTimeZone) }
        : { kind: 'article', article: wp().parseWordPressPost(doc, url, assumeTimeZone) };
    case 'portal':
    case 'jsonfeed':
      return !isFeed && isFields(doc) && looksLikeFeedItem(doc)
        ? { kind: 'article', article: parseJsonArticle(doc, url, assumeTimeZone) }
        : { kind: 'feed', feed: parseJsonFeed(doc, url, assumeTimeZone) };
  }
  if (Array.isArray(doc)) {
    // An empty array is what WordPress answers for a category without posts.
    if (!doc.length || doc.some(looksLikeWordPressPost))
      return { kind: 'feed', feed: wp().parseWordPress(doc, url, assumeTimeZone) };
  } else if (isFeed) {
    return { kind: 'feed', feed: parseJsonFeed(doc, url, assumeTimeZone) };
  } else if (isFields(doc) && 'links' in doc) {
    return { kind: 'links', links: parseLinks(doc, url) };
  } else if (looksLikeWordPressPost(doc)) {
    return { kind: 'article', article: wp().parseWordPressPost(doc, url, assumeTimeZone) };
  } else if (isFields(doc) && looksLikeFeedItem(doc)) {
    return { kind: 'article', article: parseJsonArticle(doc, url, assumeTimeZone) };
  }
  throw new PortalError('format', UNKNOWN, url);
}

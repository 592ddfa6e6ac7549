// The one place a document's format is recognised: by content, never by file
// name or Content-Type, which portals often get wrong. First from the bytes
// (markup or JSON), then, for JSON, from the parsed value. (The RSS/Atom reader
// still tells an HTML page from a feed: that is reading XML, not choosing it.)

import type { FormatName } from './model.js';
import { isFields } from './validate.js';

/** How a body is read: as XML (RSS, Atom) or as JSON (every other format). */
export type Syntax = 'xml' | 'json';

/** Which adapter reads a JSON value, and as what. */
export type JsonReading = 'links' | 'wordpress-feed' | 'wordpress-page' | 'wordpress-post' | 'jsonfeed-feed' | 'jsonfeed-article';

const FORMATS: FormatName[] = ['portal', 'jsonfeed', 'wordpress', 'rss', 'atom', 'links'];
const JSON_FEED_VERSION = /^https?:\/\/jsonfeed\.org\/version\//;
/** Enough of a body to see past a line of prose before a feed. */
const HEAD_BYTES = 4096;
// XML, or a feed (`<?xml`, `<rss`, `<feed`, `<rdf:RDF`) after a line of prose, as a copy from a browser carries.
const XML_START = /^(?:<|[^[{][^<]{0,999}<[?rf])/;

/** `format` when it is one of the format names, else undefined: an unknown value (a mistyped attribute) means "detect". */
export const knownFormat = (format: string | undefined): FormatName | undefined => FORMATS.find((name) => name === format);

const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;

/** A byte of a visible ASCII character: what `syntaxOf` looks at. */
const isAsciiMark = (byte: number): boolean => byte > 32 && byte < 128;

/**
 * Whether `bytes` are XML or JSON, from their first bytes (after a byte-order
 * mark and white space). A forced `format` decides on its own.
 */
export function syntaxOf(bytes: Uint8Array, format?: FormatName): Syntax {
  if (format) return format === 'rss' || format === 'atom' ? 'xml' : 'json';
  // A body that starts as JSON does (`{`, `[`) is JSON: nothing else needs looking at.
  const start = bytes.subarray(0, HEAD_BYTES);
  const first = start.find(isAsciiMark);
  if (first === OPEN_BRACE || first === OPEN_BRACKET) return 'json';
  // The ASCII characters past white space: markup shows the same in any ASCII-compatible encoding and in
  // UTF-16 (whose zero bytes are left out, as are byte-order marks and every byte of a multi-byte character).
  const head = String.fromCharCode(...start.filter(isAsciiMark));
  return XML_START.test(head) ? 'xml' : 'json';
}

const looksLikeWordPressPost = (value: unknown): boolean =>
  isFields(value) && ((isFields(value.title) && 'rendered' in value.title) || ('link' in value && 'date' in value));

const looksLikeFeedItem = (value: unknown): boolean =>
  isFields(value) && value.id != null && ('title' in value || 'content_html' in value || 'content_text' in value);

/** `{ items: [WordPress posts], nextUrl }`: a page of posts a page fetched, with the next page WordPress named. */
const isWordPressPage = (value: unknown): boolean =>
  isFields(value) && !('version' in value) && Array.isArray(value.items) && value.items.some(looksLikeWordPressPost);

const isJsonFeed = (value: unknown): boolean =>
  isFields(value) && (JSON_FEED_VERSION.test(String(value.version)) || 'items' in value);

/** How a JSON value is read as `format`, or as what its shape says; undefined when it fits no format. */
export function jsonReadingOf(doc: unknown, format?: FormatName): JsonReading | undefined {
  switch (format) {
    case 'links':
      return 'links';
    case 'wordpress':
      return Array.isArray(doc) ? 'wordpress-feed' : isWordPressPage(doc) ? 'wordpress-page' : 'wordpress-post';
    case 'portal':
    case 'jsonfeed':
      return !isJsonFeed(doc) && looksLikeFeedItem(doc) ? 'jsonfeed-article' : 'jsonfeed-feed';
  }
  if (Array.isArray(doc)) {
    // An empty array is what WordPress answers for a category without posts.
    return !doc.length || doc.some(looksLikeWordPressPost) ? 'wordpress-feed' : undefined;
  }
  if (isWordPressPage(doc)) return 'wordpress-page';
  if (isJsonFeed(doc)) return 'jsonfeed-feed';
  if (isFields(doc) && 'links' in doc) return 'links';
  if (looksLikeWordPressPost(doc)) return 'wordpress-post';
  return looksLikeFeedItem(doc) ? 'jsonfeed-article' : undefined;
}

// The one way into the model: the bytes of a response, or a value a page
// set, become a `PortalDocument`. The format is recognised once (`detect.ts`);
// the adapters that are chunks of their own (RSS/Atom with the lenient date
// reader, WordPress) are loaded here, when a document needs them.

import { setNewest } from '../core/bounded.js';
import { PortalError } from '../core/portal-error.js';
import { DEFAULT_TIME_ZONE } from '../core/time-zone.js';
import { lenientMissCount } from './dates.js';
import { jsonReadingOf, knownFormat, syntaxOf } from './detect.js';
import { isDocument, readModel } from './given.js';
import { jsonFeedSteps, parseJsonArticle } from './json-feed.js';
import { parseLinks } from './links.js';
import type { FormatName, PortalDocument } from './model.js';
import type { PageHeaders } from './wordpress.js';
import { finishSliced, Slice } from './steps.js';

/** A response body: its bytes, its `Content-Type` (for the charset) and the URL it was served from. */
export interface BodyInput {
  bytes: Uint8Array;
  contentType?: string | null;
  /** The URL the body came from (after redirects): relative URLs in it resolve against it. */
  url: string;
  /** The response's headers: where a WordPress answer names its next page. */
  headers?: PageHeaders;
}

/** A value a page set as `.data`, `.article` or `.links`: a document as fetched, or the model written by hand. */
export interface ValueInput {
  value: unknown;
  /** What the element shows: a model written by hand is read as this. */
  shows: PortalDocument['kind'];
  /** What relative URLs in it resolve against (the page). */
  url: string;
}

export interface ReadHints {
  /** Read bytes as this format instead of detecting it (an unknown name means "detect"). */
  format?: FormatName;
  /** IANA zone for dates written without one. Default `Asia/Ho_Chi_Minh`. */
  timeZone?: string;
}

const UNKNOWN = 'The document is not a JSON Feed, WordPress posts list, RSS/Atom feed or links document';
const PARSED_DOCUMENTS = 10;

/**
 * The last documents read, per URL, format and zone, with the bytes each came
 * from: the loader gives the same bytes for as long as it keeps a response.
 */
const parsedDocuments = new Map<string, { bytes: Uint8Array; document: PortalDocument }>();

/**
 * Reads `input` into the one model. Bytes are decoded (HTTP charset,
 * byte-order mark, XML declaration), recognised by content and read by their
 * format's adapter; a value is read as fetched JSON is, or, when it is the
 * model written by hand, completed with its dates read. Rejects with a
 * `PortalError` of kind `parse` (not JSON or XML, an HTML page, empty),
 * `format` (fits no format, or its required fields are missing or of the
 * wrong type) or `network` (an adapter's chunk did not load).
 */
export async function readDocument(input: BodyInput | ValueInput, hints: ReadHints = {}): Promise<PortalDocument> {
  const timeZone = hints.timeZone ?? DEFAULT_TIME_ZONE;
  if ('value' in input) return readValue(input, timeZone);
  const format = knownFormat(hints.format);
  // Elements sharing a URL share its model too (components never mutate it).
  const key = `${input.url} ${format} ${timeZone}`;
  const cached = parsedDocuments.get(key);
  if (cached?.bytes === input.bytes) return cached.document;
  const slice = new Slice();
  const document = await readBytes(input, format, timeZone, slice);
  setNewest(parsedDocuments, key, { bytes: input.bytes, document }, PARSED_DOCUMENTS);
  // Reading and rendering a long feed are two shorter tasks, not one long one: input stays responsive.
  // A document read in less than a slice renders in the task that read it, as a model read before does.
  if (slice.spent) await slice.pause();
  return document;
}

/**
 * The model a page wrote by hand, read at once; undefined when the value is
 * a document as fetched, which only `readDocument` reads (its adapter may be
 * a chunk still to load). Throws a `PortalError` as `readDocument` rejects.
 * An element uses it to show a value in the update it was set in.
 */
export function readValueNow({ value, shows, url }: ValueInput, hints: ReadHints = {}): PortalDocument | undefined {
  // The model's dates are read as the entry reads them (ISO 8601), or by the lenient reader once it is loaded.
  return shows === 'links' || !isDocument(value) ? readModel(value, shows, url, hints.timeZone ?? DEFAULT_TIME_ZONE) : undefined;
}

const readValue = (input: ValueInput, timeZone: string): Promise<PortalDocument> | PortalDocument =>
  readValueNow(input, { timeZone }) ?? readJson(input.value, input.url, undefined, timeZone);

/**
 * The bytes read in `slice`: a long body is decoded and parsed (which cannot
 * be split) in a task of its own when that spends the slice, and its entries
 * are read in the next.
 */
async function readBytes(
  { bytes, contentType, url, headers }: BodyInput,
  format: FormatName | undefined,
  timeZone: string,
  slice: Slice,
) {
  const charset = /charset=["']?([\w-]+)/i.exec(contentType ?? '')?.[1];
  if (syntaxOf(bytes, format) === 'xml') {
    const { decodeXml, xmlFeedSteps } = await loadXmlChunk(url);
    const text = nonEmpty(decodeXml(bytes, charset), url);
    if (slice.spent) await slice.pause();
    // An HTML page (a 404 or login page served as 200) is told apart by the RSS/Atom reader.
    const feed = await finishSliced(xmlFeedSteps(text, url, timeZone, format as 'rss' | 'atom' | undefined), slice);
    return { kind: 'feed', feed } satisfies PortalDocument;
  }
  const text = nonEmpty(decodeText(bytes, charset), url);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new PortalError('parse', `The response is not valid JSON: ${(error as Error).message}`, url);
  }
  if (slice.spent) await slice.pause();
  return readJson(doc, url, format, timeZone, headers, slice);
}

/**
 * A parsed JSON value read by the adapter its shape (or `format`) names, with
 * the chunks that needs. A date in a shape only the lenient reader knows is
 * seen while reading (no walk over the whole value first): the reader's chunk
 * is then loaded and the value read again with it (in a slice of its own:
 * the chunk came in a task of its own).
 */
async function readJson(
  doc: unknown,
  url: string,
  format: FormatName | undefined,
  timeZone: string,
  headers?: PageHeaders,
  slice?: Slice,
): Promise<PortalDocument> {
  const reading = jsonReadingOf(doc, format);
  const misses = lenientMissCount();
  const read = readAs(reading, doc, url, timeZone, headers, slice);
  // A document whose only fault is such a date may have failed for want of it: that is known once read too.
  const done = await read.then(
    () => lenientMissCount() === misses,
    (error: unknown) => (lenientMissCount() === misses ? Promise.reject(error) : false),
  );
  if (done) return read;
  await loadChunk(() => import('./date-reader.js'), url);
  return readAs(reading, doc, url, timeZone, headers);
}

/** `doc` read by the adapter of `reading`, a long one in slices from `slice` on. */
async function readAs(
  reading: ReturnType<typeof jsonReadingOf>,
  doc: unknown,
  url: string,
  timeZone: string,
  headers?: PageHeaders,
  slice = new Slice(),
): Promise<PortalDocument> {
  switch (reading) {
    case 'links':
      return { kind: 'links', links: parseLinks(doc, url) };
    case 'jsonfeed-feed':
      return { kind: 'feed', feed: await finishSliced(jsonFeedSteps(doc, url, timeZone), slice) };
    case 'jsonfeed-article':
      return { kind: 'article', article: parseJsonArticle(doc, url, timeZone) };
    case 'wordpress-feed':
      return {
        kind: 'feed',
        feed: await finishSliced((await loadWordPress(url)).wordPressSteps(doc, url, timeZone, headers), slice),
      };
    case 'wordpress-page':
      return { kind: 'feed', feed: (await loadWordPress(url)).parseWordPressPage(doc, url, timeZone) };
    case 'wordpress-post':
      return { kind: 'article', article: (await loadWordPress(url)).parseWordPressPost(doc, url, timeZone) };
    default:
      throw new PortalError('format', UNKNOWN, url);
  }
}

/** The text without its byte-order mark and surrounding white space; a `parse` error when nothing is left. */
function nonEmpty(text: string, url: string): string {
  const body = text.replace(/^\uFEFF/, '').trim();
  if (!body) throw new PortalError('parse', 'The response is empty', url);
  return body;
}

/** JSON text in the HTTP charset (UTF-8 without one, or with one the browser does not know). */
function decodeText(bytes: Uint8Array, charset: string | undefined): string {
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder().decode(bytes);
  }
}

/**
 * A chunk of the library that does not load is a deployment problem (a file
 * of `dist/` not copied beside the entry), not the feed's: a `network` error
 * with the browser's message, which names the file.
 */
const chunkMissing = (error: Error, url: string): never => {
  throw new PortalError('network', error.message, url);
};

const loadChunk = <T>(load: () => Promise<T>, url: string): Promise<T> =>
  load().catch((error: Error) => chunkMissing(error, url));

/** The WordPress adapter: a chunk of its own, like the RSS/Atom reader. */
const loadWordPress = (url: string) => loadChunk(() => import('./wordpress.js'), url);

/**
 * The RSS/Atom reader's chunk, the largest adapter (most portals publish
 * JSON). It imports the date reader's: when that one is the file left
 * behind, the error names it, not the reader.
 */
const loadXmlChunk = (url: string) =>
  import('./rss-atom.js').catch((error: Error) =>
    import('./date-reader.js').then(
      () => chunkMissing(error, url),
      (missing: Error) => chunkMissing(missing, url),
    ),
  );

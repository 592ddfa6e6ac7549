// RSS 2.0 (and RSS 1.0 / RDF) and Atom 1.0, read with the browser's XML
// parser: a chunk of its own. Real feeds are messy, so the reader is lenient:
// the text is repaired before the parse (`xml/repair.ts`), a date it cannot
// read is left out, and only an entry with nothing to show or identify it is
// skipped. The walks over the documents are `xml/rss.ts` and `xml/atom.ts`.

import { PortalError } from '../core/portal-error.js';
import { DEFAULT_TIME_ZONE } from '../core/time-zone.js';
import { dateOrder } from './date-reader.js';
import type { Feed } from './model.js';
import { finish, type Steps } from './steps.js';
import { adaptSteps, type Context } from './validate.js';
import { atom } from './xml/atom.js';
import { parseError, parseXml } from './xml/parse.js';
import { repairXmlSteps, type RepairedXml } from './xml/repair.js';
import { rss } from './xml/rss.js';

// The reader (`read.ts`) decodes XML bytes with this chunk's decoder.
export { decodeXml } from './xml/decode.js';

// A comment cannot contain "-->", so each ends in one place: no backtracking over where comments end.
const HTML_PAGE = /^(?:<\?xml[^>]*>\s*)?(?:<!--(?:[^-]|-(?!->))*-->\s*)*<(?:!doctype\s+html|html[\s>])/i;
const DATE_ELEMENT = /^(pubdate|date|published|updated|issued|modified)$/i;

type Kind = 'rss' | 'atom';

const kindOf = (root: Element): Kind | undefined => {
  const name = root.localName.toLowerCase();
  return name === 'feed' ? 'atom' : name === 'rss' || name === 'rdf' ? 'rss' : undefined;
};

/** The raw date values of a document, from which its order of numeric dates (`04/12/2020`) is decided once. */
const dateValues = (root: Element): (string | null)[] =>
  Array.from(root.getElementsByTagName('*'))
    .filter((el) => DATE_ELEMENT.test(el.localName))
    .map((el) => el.textContent);

/**
 * An RSS or Atom document as a `Feed`; an HTML page is a `parse` error. `expected` makes any other kind a
 * `format` error. Ill-formed XML is repaired first (see `xml/repair.ts`), and
 * what was repaired leads `problems`; a document that needed its markup
 * repaired and still has no usable entry is a `parse` error.
 */
export const parseXmlFeed = (text: string, url: string, timeZone = DEFAULT_TIME_ZONE, expected?: Kind): Feed =>
  finish(xmlFeedSteps(text, url, timeZone, expected));

/** `parseXmlFeed` as steps that may pause between the repair, the parse and slices of entries (`steps.ts`). */
export function* xmlFeedSteps(text: string, url: string, timeZone = DEFAULT_TIME_ZONE, expected?: Kind): Steps<Feed> {
  if (HTML_PAGE.test(text)) throw new PortalError('parse', 'Expected a feed but got an HTML page', url);
  const repaired = yield* repairXmlSteps(text);
  const notWellFormed = (reason: string) => new PortalError('parse', `The response is not well-formed XML: ${reason}`, url);
  // The parser is only given text without a root element when it cannot be helped: its error document is CSP noise.
  if (!repaired.text) throw notWellFormed(repaired.broken!);
  yield;
  const doc = parseXml(repaired.text, url);
  yield;
  const error = parseError(doc);
  if (error) throw notWellFormed(error);
  const root = doc.documentElement;
  const kind = kindOf(root);
  if (!kind || (expected && kind !== expected)) {
    if (repaired.broken) throw notWellFormed(repaired.broken);
    const wanted = expected === 'atom' ? 'an Atom' : expected === 'rss' ? 'an RSS' : 'an RSS or Atom';
    throw new PortalError('format', `The document is not ${wanted} feed`, url);
  }
  const feed = yield* readFeed(root, kind, url, timeZone, repaired, notWellFormed);
  feed.problems.unshift(...repaired.problems.map((problem) => `xml: ${problem}`));
  return feed;
}

/** The walk over the parsed document; when its markup had to be repaired, a document with no usable entry is not well-formed. */
function* readFeed(
  root: Element,
  kind: Kind,
  url: string,
  timeZone: string,
  repaired: RepairedXml,
  notWellFormed: (reason: string) => PortalError,
): Steps<Feed> {
  function* read(ctx: Context): Steps<Feed> {
    ctx.dateOrder = dateOrder(dateValues(root), timeZone);
    yield;
    return yield* kind === 'atom' ? atom(ctx, root) : rss(ctx, root);
  }
  let feed: Feed;
  try {
    feed = yield* adaptSteps(url, read, timeZone);
  } catch (error) {
    throw repaired.broken && error instanceof PortalError ? notWellFormed(repaired.broken) : error;
  }
  if (repaired.broken && !feed.items.length) throw notWellFormed(repaired.broken);
  return feed;
}

// RSS 2.0 (and RSS 1.0 / RDF) and Atom 1.0: a chunk of its own. The text is
// read into a light tree by one pass over its tokens that repairs as it goes
// (`xml/repair.ts`, `xml/tree.ts`), never by a parser of the browser: a
// parser-error document is a CSP report on a strict host, and the pass can
// pause between slices of a long feed. Real feeds are messy, so the reader is
// lenient: a date it cannot read is left out, and only an entry with nothing
// to show or identify it is skipped. The walks over the trees are
// `xml/rss.ts` and `xml/atom.ts`.

import { PortalError } from '../core/portal-error.js';
import { DEFAULT_TIME_ZONE } from '../core/time-zone.js';
import { dateOrder } from './date-reader.js';
import type { Feed } from './model.js';
import { finish, type Steps } from './steps.js';
import { adaptSteps, type Context } from './validate.js';
import { atom } from './xml/atom.js';
import { repairXmlSteps, type RepairedXml } from './xml/repair.js';
import { rss } from './xml/rss.js';
import type { XmlElement } from './xml/tree.js';

// The reader (`read.ts`) decodes XML bytes with this chunk's decoder.
export { decodeXml } from './xml/decode.js';

// A comment cannot contain "-->", so each ends in one place: no backtracking over where comments end.
const HTML_PAGE = /^(?:<\?xml[^>]*>\s*)?(?:<!--(?:[^-]|-(?!->))*-->\s*)*<(?:!doctype\s+html|html[\s>])/i;

type Kind = 'rss' | 'atom';

const kindOf = ({ key }: XmlElement): Kind | undefined =>
  key === 'feed' ? 'atom' : key === 'rss' || key === 'rdf' ? 'rss' : undefined;

/**
 * An RSS or Atom document as a `Feed`; an HTML page is a `parse` error. `expected` makes any other kind a
 * `format` error. Ill-formed XML is repaired first (see `xml/repair.ts`), and
 * what was repaired leads `problems`; a document that needed its markup
 * repaired and still has no usable entry is a `parse` error.
 */
export const parseXmlFeed = (text: string, url: string, timeZone = DEFAULT_TIME_ZONE, expected?: Kind): Feed =>
  finish(xmlFeedSteps(text, url, timeZone, expected));

/** `parseXmlFeed` as steps that may pause between slices of tokens and of entries (`steps.ts`). */
export function* xmlFeedSteps(text: string, url: string, timeZone = DEFAULT_TIME_ZONE, expected?: Kind): Steps<Feed> {
  if (HTML_PAGE.test(text)) throw new PortalError('parse', 'Expected a feed but got an HTML page', url);
  const repaired = yield* repairXmlSteps(text);
  const notWellFormed = (reason: string) => new PortalError('parse', `The response is not well-formed XML: ${reason}`, url);
  const { root } = repaired;
  if (!root) throw notWellFormed(repaired.broken!);
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

/** The walk over the tree; when its markup had to be repaired, a document with no usable entry is not well-formed. */
function* readFeed(
  root: XmlElement,
  kind: Kind,
  url: string,
  timeZone: string,
  repaired: RepairedXml,
  notWellFormed: (reason: string) => PortalError,
): Steps<Feed> {
  function* read(ctx: Context): Steps<Feed> {
    // The order of numeric dates (`04/12/2020`) is decided once, from every date of the document.
    ctx.dateOrder = dateOrder(
      repaired.dates.map((el) => el.textContent),
      timeZone,
    );
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

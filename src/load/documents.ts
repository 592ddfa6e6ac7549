import { setNewest } from '../core/bounded.js';
import { PortalError } from '../core/portal-error.js';
import { parseDocument, prepareFormat } from '../data/detect.js';
import type { FormatName, PortalDocument } from '../data/model.js';
import { loadText, type LoadOptions } from './load.js';

export interface DocumentOptions extends LoadOptions {
  signal: AbortSignal;
  /** Read the document as this format instead of detecting it. */
  format?: FormatName;
  /** The zone of dates written without an offset. */
  timeZone: string;
}

export interface LoadedDocument {
  document: PortalDocument;
  url: string;
  stale: boolean;
}

const PARSED_DOCUMENTS = 10;
/** The last parsed documents per URL, format and zone, with the text each came from. */
const parsedDocuments = new Map<string, { text: string; document: PortalDocument }>();

type Scheduler = { yield?: () => Promise<void> };

/** Resumes in a new task (`scheduler.yield()` where the browser has it, so the continuation keeps its priority). */
const yieldToPage = (): Promise<void> =>
  (globalThis as { scheduler?: Scheduler }).scheduler?.yield?.() ?? new Promise((resume) => setTimeout(resume, 0));

/** Loads `src` (resolved against `base`) through the shared loader and parses it into the one model. */
export async function loadDocument(src: string, base: string, options: DocumentOptions): Promise<LoadedDocument> {
  const { signal, format, timeZone } = options;
  let url: string;
  try {
    url = new URL(src, base).href;
  } catch {
    throw new PortalError('network', `"${src}" is not a valid URL`, src);
  }
  const loaded = await loadText(url, options);
  // Elements sharing a URL share its parsed model too (components never mutate it).
  const key = `${url} ${format} ${timeZone}`;
  let parsed = parsedDocuments.get(key);
  if (parsed?.text !== loaded.text) {
    await prepareFormat(loaded.text, format, url);
    parsed = { text: loaded.text, document: parseDocument(loaded.text, url, { format, assumeTimeZone: timeZone }) };
    setNewest(parsedDocuments, key, parsed, PARSED_DOCUMENTS);
    // Parsing and rendering a long feed are two shorter tasks, not one long one: input stays
    // responsive. (A model from the cache renders at once, with no loading frame in between.)
    await yieldToPage();
    signal.throwIfAborted();
  }
  return { document: parsed.document, url, stale: loaded.stale };
}

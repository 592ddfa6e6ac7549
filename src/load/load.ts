import { loadXmlChunk } from '../data/detect.js';
import { setNewest } from '../core/bounded.js';
import { PortalError } from '../core/portal-error.js';

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
const STORAGE_PREFIX = 'portal-widgets:';

export interface LoadOptions {
  signal?: AbortSignal;
  /** Milliseconds before the request counts as a `timeout`. */
  timeout?: number;
  /** Seconds a successful response is reused from memory. 0 disables the memory cache. */
  cacheTtl?: number;
  /** Skip the memory cache (a retry, a refresh). */
  fresh?: boolean;
  maxBytes?: number;
  /** Request headers besides `Accept` (a refresh's `If-None-Match`). */
  headers?: Record<string, string>;
}

export interface Loaded {
  url: string;
  text: string;
  /** True when the request failed and this is the last good copy. */
  stale: boolean;
}

interface InFlight {
  promise: Promise<string>;
  controller: AbortController;
  users: number;
}

const MEMORY_ENTRIES = 30;

const later = (run: () => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 1000 }) : setTimeout(run, 0);

/** How many times the cache was cleared: a write still waiting from before a clearing is dropped. */
let clearings = 0;

const inFlight = new Map<string, InFlight>();
const memory = new Map<string, { text: string; at: number }>();
/** The headers of the last response per URL, whatever its status: a refresh reads its validators and `Retry-After`. */
export const lastHeaders = new Map<string, Headers>();

/**
 * Loads the text of `url` for an element. One request per URL at a time,
 * whatever the number of elements asking; a memory cache for `cacheTtl`
 * seconds; on failure after an earlier success (this page, or this tab's
 * sessionStorage) the last good copy comes back with `stale: true`.
 */
export async function loadText(url: string, options: LoadOptions = {}): Promise<Loaded> {
  const { signal, cacheTtl = 60, fresh = false } = options;
  signal?.throwIfAborted();
  const cached = memory.get(url);
  if (!fresh && cached && Date.now() - cached.at < cacheTtl * 1000) {
    return { url, text: cached.text, stale: false };
  }
  try {
    const text = await join(url, options);
    keep(url, text);
    return { url, text, stale: false };
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    const lastGood = memory.get(url)?.text ?? recall(url);
    // The request itself failed (`network`, `timeout`, `http`: what this
    // loader throws besides `format`), so the last good copy stands in. A body
    // we could not accept (too large) is not the endpoint being down.
    if (lastGood !== undefined && error instanceof PortalError && error.kind !== 'format') {
      return { url, text: lastGood, stale: true };
    }
    throw error;
  }
}

/** Keeps `text` as the last good copy of `url`, in memory and in this tab's sessionStorage. */
export function keep(url: string, text: string) {
  setNewest(memory, url, { text, at: Date.now() }, MEMORY_ENTRIES);
  // Writing storage can take milliseconds for a big feed: not while the element renders.
  const cleared = clearings;
  later(() => {
    if (cleared === clearings) remember(url, text);
  });
}

/** Shares one request between every caller; aborts it when the last one leaves. */
function join(url: string, options: LoadOptions): Promise<string> {
  let flight = inFlight.get(url);
  if (!flight) {
    const controller = new AbortController();
    const promise = request(url, controller.signal, options).finally(() => {
      if (inFlight.get(url) === flight) inFlight.delete(url);
    });
    flight = { promise, controller, users: 0 };
    inFlight.set(url, flight);
  }
  const shared = flight;
  shared.users++;
  const { signal } = options;
  return new Promise<string>((resolve, reject) => {
    const leave = () => {
      signal?.removeEventListener('abort', onAbort);
      shared.users--;
    };
    const onAbort = () => {
      leave();
      if (shared.users === 0) {
        shared.controller.abort(signal!.reason);
        if (inFlight.get(url) === shared) inFlight.delete(url);
      }
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    shared.promise.then(
      (text) => {
        leave();
        resolve(text);
      },
      (error) => {
        leave();
        reject(error);
      },
    );
  });
}

export async function request(url: string, abort: AbortSignal, options: LoadOptions): Promise<string> {
  const { timeout = DEFAULT_TIMEOUT_MS, maxBytes = DEFAULT_MAX_BYTES } = options;
  const timer = AbortSignal.timeout(timeout);
  const signal = AbortSignal.any([abort, timer]);
  let response: Response;
  try {
    response = await fetch(url, {
      signal,
      credentials: 'omit',
      headers: {
        Accept: 'application/feed+json,application/json,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.1',
        ...options.headers,
      },
    });
    setNewest(lastHeaders, url, response.headers, MEMORY_ENTRIES);
    if (!response.ok) {
      throw new PortalError('http', `The server answered ${response.status} ${response.statusText}`.trim(), url, response.status);
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > maxBytes) throw tooLarge(url, maxBytes);
    return await readCapped(response, maxBytes, url);
  } catch (error) {
    if (error instanceof PortalError) throw error;
    if (timer.aborted) throw new PortalError('timeout', `No answer within ${timeout / 1000} s`, url);
    if (abort.aborted) throw abort.reason;
    throw new PortalError('network', 'The endpoint could not be reached (offline, blocked by CORS, or refused)', url);
  }
}

const tooLarge = (url: string, maxBytes: number) =>
  new PortalError('format', `The response is larger than ${Math.round(maxBytes / 1024)} KB`, url);

async function readCapped(response: Response, maxBytes: number, url: string): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: BlobPart[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(url, maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(await new Blob(chunks).arrayBuffer());
  const charset = /charset=["']?([\w-]+)/i.exec(response.headers.get('content-type') ?? '')?.[1];
  // Anything but JSON (`{` or `[` first, after any byte-order mark and white space) may be XML, which says its own
  // encoding, even after stray text before `<?xml`: the RSS/Atom chunk decodes it.
  if (![123, 91, undefined].includes(bytes.find((byte) => byte > 32 && byte < 187))) {
    return (await loadXmlChunk(url)).decodeXml(bytes, charset);
  }
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder().decode(bytes);
  }
}

function remember(url: string, text: string) {
  try {
    if (text.length < 1_000_000) sessionStorage.setItem(STORAGE_PREFIX + url, text);
  } catch {
    // Storage full or denied (private mode, sandboxed iframe): memory still works.
  }
}

function recall(url: string): string | undefined {
  try {
    return sessionStorage.getItem(STORAGE_PREFIX + url) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Forget every cached response; for tests and for hosts that log out. */
export function clearCache() {
  clearings++;
  memory.clear();
  lastHeaders.clear();
  try {
    for (const key of Object.keys(sessionStorage)) {
      if (key.startsWith(STORAGE_PREFIX)) sessionStorage.removeItem(key);
    }
  } catch {
    // nothing stored
  }
}

// Bytes from a URL, for any caller: one request per URL at a time, a memory
// cache, this tab's last good copies and a size cap. What the bytes are is
// not this module's business: `data/read.ts` tells formats apart and decodes.
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

/** A response body as the loader keeps it: the bytes, what the server said they are, and where they came from. */
export interface Fetched {
  bytes: Uint8Array;
  /** The `Content-Type` header (its `charset` matters when the bytes are decoded); empty when there was none. */
  contentType: string;
  /** The URL the body was served from, after any redirect: what its relative links resolve against. */
  url: string;
  /** True when the request failed and this is the last good copy. */
  stale: boolean;
  /** The response's headers (a WordPress answer names its next page there); none for a copy from storage. */
  headers?: Headers;
}

interface InFlight {
  promise: Promise<Fetched>;
  controller: AbortController;
  users: number;
}

const MEMORY_ENTRIES = 30;

const later = (run: () => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 1000 }) : setTimeout(run, 0);

/** How many times the cache was cleared: a write still waiting from before a clearing is dropped. */
let clearings = 0;

const inFlight = new Map<string, InFlight>();
const memory = new Map<string, { body: Fetched; at: number }>();
/** The headers of the last response per URL, whatever its status: a refresh reads its validators and `Retry-After`. */
export const lastHeaders = new Map<string, Headers>();

/** `src` as an absolute URL, resolved against `base` (the page); a `network` error when it is not a URL. */
export function resolveSource(src: string, base: string): string {
  try {
    return new URL(src, base).href;
  } catch {
    throw new PortalError('network', `"${src}" is not a valid URL`, src);
  }
}

/**
 * Loads the body of `url` (absolute). One request per URL at a time,
 * whatever the number of callers; a memory cache for `cacheTtl` seconds; on
 * failure after an earlier success (this page, or this tab's sessionStorage)
 * the last good copy comes back with `stale: true`.
 */
export async function loadBytes(url: string, options: LoadOptions = {}): Promise<Fetched> {
  const { signal, cacheTtl = 60, fresh = false } = options;
  signal?.throwIfAborted();
  const cached = memory.get(url);
  if (!fresh && cached && Date.now() - cached.at < cacheTtl * 1000) return cached.body;
  try {
    const body = await join(url, options);
    keep(url, body);
    return body;
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    const lastGood = memory.get(url)?.body ?? recall(url);
    // The request itself failed (`network`, `timeout`, `http`: what this
    // loader throws besides `format`), so the last good copy stands in. A body
    // we could not accept (too large) is not the endpoint being down.
    if (lastGood && error instanceof PortalError && error.kind !== 'format') return { ...lastGood, stale: true };
    throw error;
  }
}

/** Keeps `body` as the last good copy of `url`, in memory and in this tab's sessionStorage. */
export function keep(url: string, body: Fetched) {
  setNewest(memory, url, { body, at: Date.now() }, MEMORY_ENTRIES);
  // Writing storage can take milliseconds for a big feed: not while the element renders.
  const cleared = clearings;
  later(() => {
    if (cleared === clearings) remember(url, body);
  });
}

/** Shares one request between every caller; aborts it when the last one leaves. */
function join(url: string, options: LoadOptions): Promise<Fetched> {
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
  return new Promise<Fetched>((resolve, reject) => {
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
      (body) => {
        leave();
        resolve(body);
      },
      (error) => {
        leave();
        reject(error);
      },
    );
  });
}

/**
 * A request never carries cookies. On the page's own origin that takes
 * `omit`; across origins `same-origin` sends none either, and it is what a
 * page's `<link rel="preload" as="fetch" crossorigin>` asks for, so the
 * browser hands the element that response instead of downloading it again.
 */
const credentialsFor = (url: string): RequestCredentials =>
  typeof location !== 'undefined' && new URL(url).origin !== location.origin ? 'same-origin' : 'omit';

/** One request for `url`, past every cache; a `PortalError` for an answer that is not a usable body. */
export async function request(url: string, abort: AbortSignal, options: LoadOptions): Promise<Fetched> {
  const { timeout = DEFAULT_TIMEOUT_MS, maxBytes = DEFAULT_MAX_BYTES } = options;
  const timer = AbortSignal.timeout(timeout);
  const signal = AbortSignal.any([abort, timer]);
  let response: Response;
  try {
    response = await fetch(url, {
      signal,
      credentials: credentialsFor(url),
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
    const bytes = await readCapped(response, maxBytes, url);
    // A Response built by a script (not fetched) has no URL: it came from the one asked for.
    const { headers } = response;
    return { bytes, contentType: headers.get('content-type') ?? '', url: response.url || url, stale: false, headers };
  } catch (error) {
    if (error instanceof PortalError) throw error;
    if (timer.aborted) throw new PortalError('timeout', `No answer within ${timeout / 1000} s`, url);
    if (abort.aborted) throw abort.reason;
    throw new PortalError('network', 'The endpoint could not be reached (offline, blocked by CORS, or refused)', url);
  }
}

const tooLarge = (url: string, maxBytes: number) =>
  new PortalError('format', `The response is larger than ${Math.round(maxBytes / 1024)} KB`, url);

async function readCapped(response: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(0);
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
  return new Uint8Array(await new Blob(chunks).arrayBuffer());
}

// A stored copy is the body as text, which reads back as exactly the bytes
// served when they are UTF-8 (JSON always is, and so are nearly all feeds). A
// body in another encoding keeps its last good copy in memory only; one read
// back from storage resolves its links against the URL asked for.
function remember(url: string, body: Fetched) {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body.bytes);
    if (text.length < 1_000_000) sessionStorage.setItem(STORAGE_PREFIX + url, text);
  } catch {
    // Not UTF-8, or storage full or denied (private mode, sandboxed iframe): memory still works.
  }
}

function recall(url: string): Fetched | undefined {
  try {
    const text = sessionStorage.getItem(STORAGE_PREFIX + url);
    return text === null ? undefined : { bytes: new TextEncoder().encode(text), contentType: '', url, stale: true };
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

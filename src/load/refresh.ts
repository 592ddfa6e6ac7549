import { PortalError } from '../core/portal-error.js';
import { keep, lastHeaders, request } from './load.js';

/** Fewest seconds between two checks of one URL. */
export const MIN_REFRESH = 30;
/** Longest wait, in seconds, that backing off after errors reaches (unless `refresh` asks for longer). */
export const MAX_BACKOFF = 30 * 60;
/** Each wait is stretched or shrunk by up to this share, so pages opened together do not check together. */
export const JITTER = 0.15;

/**
 * Told after each check of a URL: `changed` when a new body is in the
 * loader's cache, `error` when the check failed. A `304` tells nothing.
 */
export type RefreshListener = (changed: boolean, error?: unknown) => void;

interface Watch {
  /** Each listener with the seconds it asked for: the shortest applies. */
  listeners: Map<RefreshListener, number>;
  timer?: unknown;
  /** A check came due while the page was hidden: it runs when the page shows again. */
  due: boolean;
  failures: number;
  /** Failing now: a `304` afterwards tells the listeners the endpoint is back. */
  failing: boolean;
  /**
   * The endpoint is on another origin and refused the conditional headers in
   * its CORS preflight (they are not CORS-safelisted): checks go without them.
   */
  plain: boolean;
  abort?: AbortController;
}

/** The timers and the dice, replaceable by tests (which then run a check by calling its timer's callback). */
export const refreshClock = {
  setTimeout: (run: () => unknown, ms: number): unknown => setTimeout(run, ms),
  clearTimeout: (timer: unknown) => clearTimeout(timer as number),
  random: () => Math.random(),
};

const watches = new Map<string, Watch>();

/** How many listeners follow `url` (for tests). */
export const listenersOf = (url: string) => watches.get(url)?.listeners.size ?? 0;

const hidden = () => document.visibilityState === 'hidden';

document.addEventListener('visibilitychange', () => {
  if (hidden()) return;
  // One check on return for each URL whose time came while the page was hidden.
  for (const [url, watch] of watches) if (watch.due) void check(url, watch);
});

/**
 * Checks `url` every `seconds` (at least 30) while the page is visible, one
 * timer and one request per URL however many listeners. Each check is
 * conditional (`If-None-Match`, `If-Modified-Since`), waits out
 * `Cache-Control: max-age` and `Retry-After`, backs off after errors and is
 * jittered. Returns the function that stops listening.
 */
export function watch(url: string, seconds: number, listener: RefreshListener): () => void {
  let entry = watches.get(url);
  if (!entry) {
    entry = { listeners: new Map(), due: false, failures: 0, failing: false, plain: false };
    watches.set(url, entry);
  }
  const shared = entry;
  const before = interval(shared);
  shared.listeners.set(listener, seconds);
  // The first listener, or one asking more often: the wait starts again from now.
  if (!shared.timer || interval(shared) < before) schedule(url, shared, wait(shared, lastHeaders.get(url)));
  return () => {
    shared.listeners.delete(listener);
    if (shared.listeners.size || watches.get(url) !== shared) return;
    watches.delete(url);
    refreshClock.clearTimeout(shared.timer);
    shared.abort?.abort();
  };
}

/** Seconds between checks: the shortest any listener asked for, at least `MIN_REFRESH`. */
function interval(entry: Watch) {
  return Math.max(MIN_REFRESH, Math.min(Infinity, ...entry.listeners.values()) || 0);
}

function schedule(url: string, entry: Watch, ms: number) {
  refreshClock.clearTimeout(entry.timer);
  entry.timer = refreshClock.setTimeout(() => check(url, entry), ms);
}

/** Milliseconds until the next check, after a response with `headers` (none: no answer). */
function wait(entry: Watch, headers: Headers | undefined, status = 200) {
  const base = interval(entry);
  const backoff = entry.failures ? Math.min(base * 2 ** entry.failures, Math.max(base, MAX_BACKOFF)) : base;
  let ms = backoff * 1000 * (1 + JITTER * (2 * refreshClock.random() - 1));
  const maxAge = /(?:^|,)\s*max-age=(\d+)/i.exec(headers?.get('cache-control') ?? '')?.[1];
  if (maxAge) ms = Math.max(ms, Number(maxAge) * 1000);
  const retryAfter = headers?.get('retry-after');
  if (retryAfter && (status === 429 || status === 503)) {
    const until = /^\d+$/.test(retryAfter.trim()) ? Number(retryAfter) * 1000 : Date.parse(retryAfter) - Date.now();
    if (until > 0) ms = Math.max(ms, until);
  }
  return Math.round(ms);
}

/** One check of `url`; the timer's callback, resolved once the listeners were told. */
async function check(url: string, entry: Watch): Promise<void> {
  entry.timer = undefined;
  if (watches.get(url) !== entry) return;
  if (hidden()) {
    entry.due = true;
    return;
  }
  entry.due = false;
  const last = lastHeaders.get(url);
  const conditional: Record<string, string> = {};
  const etag = last?.get('etag');
  const modified = last?.get('last-modified');
  if (etag && !entry.plain) conditional['If-None-Match'] = etag;
  if (modified && !entry.plain) conditional['If-Modified-Since'] = modified;
  const abort = (entry.abort = new AbortController());
  let changed = false;
  let failed: unknown;
  let status = 200;
  try {
    keep(url, await requestOnce(url, entry, abort.signal, conditional));
    changed = true;
  } catch (error) {
    if (abort.signal.aborted) return;
    status = error instanceof PortalError ? (error.status ?? 0) : 0;
    if (status !== 304) failed = error;
  }
  const answered = lastHeaders.get(url);
  // A 304 or an error response may leave out the validators: the next check is conditional still.
  if (!changed && answered && last && answered !== last) lastHeaders.set(url, mergeValidators(answered, last));
  entry.failures = failed === undefined ? 0 : entry.failures + 1;
  if (watches.get(url) !== entry) return;
  schedule(url, entry, wait(entry, status ? answered : undefined, status));
  const recovered = failed === undefined && entry.failing;
  entry.failing = failed !== undefined;
  if (changed || failed !== undefined || recovered) {
    for (const listener of [...entry.listeners.keys()]) listener(changed, failed);
  }
}

/** The check's request; when a conditional one cannot reach the endpoint, at once a plain one, and plain ones from then on. */
async function requestOnce(url: string, entry: Watch, signal: AbortSignal, conditional: Record<string, string>) {
  try {
    return await request(url, signal, { headers: conditional });
  } catch (error) {
    if (signal.aborted || !(error instanceof PortalError) || error.kind !== 'network' || !Object.keys(conditional).length) {
      throw error;
    }
    entry.plain = true;
    return request(url, signal, {});
  }
}

/** `answered` with the validators of `last`, so the next check stays conditional. */
function mergeValidators(answered: Headers, last: Headers) {
  const merged = new Headers(answered);
  for (const name of ['etag', 'last-modified']) {
    const value = last.get(name);
    if (value && !merged.has(name)) merged.set(name, value);
  }
  return merged;
}

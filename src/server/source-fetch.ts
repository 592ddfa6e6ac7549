/// <reference types="node" />
// How the render service fetches a `src`: only from origins it may (an
// allow-list; private and loopback addresses only when listed), within a
// time, a size and a number of fetches at once, and conditionally: a copy of
// each recent response is kept with its validators, so an unchanged source
// answers 304 and costs nothing but the request.
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { pinnedFetch, type Address } from './pinned-fetch.js';

export interface SourceLimits {
  /** Origins (`https://portal.example`) the service may fetch from. Empty: any public address. */
  allowOrigins: string[];
  /** Milliseconds one fetch may take. */
  timeout: number;
  /** Bytes one response may have. */
  maxBytes: number;
  /** Fetches running at once; more wait for a free one. */
  maxFetches: number;
  /** Resolves a source's host name to its addresses (default: the system's, `dns.lookup`). */
  lookup?: (hostname: string) => Promise<Address[]>;
}

interface Kept {
  body: ArrayBuffer;
  headers: Headers;
  etag?: string;
  lastModified?: string;
}

const KEPT_RESPONSES = 200;
const MAX_REDIRECTS = 5;

/** Loopback, private, link-local, unique-local, carrier-grade NAT and unspecified addresses. */
const PRIVATE_V4 = [
  /^127\./,
  /^10\./,
  /^192\.168\./,
  /^172\.(1[6-9]|2\d|3[01])\./,
  /^169\.254\./,
  /^100\.(6[4-9]|[7-9]\d|1[01]\d|12[0-7])\./,
  /^0\./,
];
const PRIVATE_V6 = [/^::1?$/, /^f[cd]/i, /^fe[89ab]/i];

export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return isPrivateAddress(mapped);
  return isIP(address) === 4 ? PRIVATE_V4.some((range) => range.test(address)) : PRIVATE_V6.some((range) => range.test(address));
}

const systemLookup = (hostname: string): Promise<Address[]> => lookup(hostname, { all: true });

/** Where a source may be fetched from: the addresses its host was checked at, or why it may not. */
type Checked = { addresses: Address[]; reason?: undefined } | { reason: string };

/** A refusal the loader reports as the source's HTTP error, with the reason as its text. */
const refusal = (status: number, reason: string) => new Response(null, { status, statusText: reason });

/** Waits for one of `count` places; `release` gives it back. */
function places(count: number) {
  let free = count;
  const waiting: (() => void)[] = [];
  return {
    async take() {
      if (free > 0) {
        free--;
        return;
      }
      await new Promise<void>((resolve) => waiting.push(resolve));
    },
    release() {
      const next = waiting.shift();
      if (next) next();
      else free++;
    },
  };
}

/** Reads at most `maxBytes` of a body, or undefined when it is longer. */
async function readUpTo(response: Response, maxBytes: number): Promise<ArrayBuffer | undefined> {
  if (Number(response.headers.get('content-length')) > maxBytes) return undefined;
  const reader = response.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const next = await reader?.read();
    if (!next || next.done) break;
    size += next.value.byteLength;
    if (size > maxBytes) {
      await reader?.cancel();
      return undefined;
    }
    chunks.push(next.value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body.buffer;
}

/**
 * A `fetch` for the service's renders, with its limits and its conditional
 * requests. It connects to the addresses it checked (see pinned-fetch.ts);
 * a `transport` of the host's own is given the URL and connects by itself.
 */
export function sourceFetch(limits: SourceLimits, transport?: typeof fetch): typeof fetch {
  const allowed = new Set(limits.allowOrigins.map((origin) => new URL(origin).origin));
  const running = places(limits.maxFetches);
  const kept = new Map<string, Kept>();
  const resolve = limits.lookup ?? systemLookup;

  /** The one resolution of `url`'s host: checked here, and the connection goes to what it answered. */
  async function check(url: URL): Promise<Checked> {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return { reason: `${url.protocol} is not fetched` };
    const listed = allowed.has(url.origin);
    if (!listed && allowed.size) return { reason: `${url.origin} is not an allowed source` };
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const addresses = isIP(host) ? [{ address: host, family: isIP(host) }] : await resolve(host);
    if (!addresses.length) return { reason: `${url.hostname} does not resolve` };
    if (!listed && addresses.some(({ address }) => isPrivateAddress(address))) {
      return { reason: `${url.origin} is a private address` };
    }
    return { addresses };
  }

  const send = (url: URL, init: RequestInit, addresses: Address[]) =>
    transport ? transport(url, init) : pinnedFetch(url, init, addresses);

  function keep(url: string, response: Response, body: ArrayBuffer) {
    const etag = response.headers.get('etag') ?? undefined;
    const lastModified = response.headers.get('last-modified') ?? undefined;
    kept.delete(url);
    if (!etag && !lastModified) return;
    kept.set(url, { body, headers: new Headers(response.headers), etag, lastModified });
    if (kept.size > KEPT_RESPONSES) kept.delete(kept.keys().next().value!);
  }

  /** One request, redirects followed by hand so that each hop is checked. */
  async function follow(url: URL, init: RequestInit, hops = 0): Promise<Response> {
    const checked = await check(url).catch((): Checked => ({ reason: `${url.hostname} does not resolve` }));
    if (checked.reason !== undefined) return refusal(403, checked.reason);
    const previous = kept.get(url.href);
    const headers = new Headers(init.headers);
    if (previous?.etag) headers.set('if-none-match', previous.etag);
    if (previous?.lastModified) headers.set('if-modified-since', previous.lastModified);
    const response = await send(url, { ...init, headers, redirect: 'manual' }, checked.addresses);
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && response.status !== 304 && location) {
      if (hops >= MAX_REDIRECTS) return refusal(508, 'Too many redirects');
      return follow(new URL(location, url), init, hops + 1);
    }
    if (response.status === 304 && previous) {
      return new Response(previous.body, { status: 200, headers: previous.headers });
    }
    const body = await readUpTo(response, limits.maxBytes);
    if (!body) return refusal(413, `The source is larger than ${limits.maxBytes} bytes`);
    if (response.ok) keep(url.href, response, body);
    const answer = new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
    // What the loader reads as the URL the document came from (after redirects).
    Object.defineProperty(answer, 'url', { value: url.href });
    return answer;
  }

  return async (input, init = {}) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const signal = AbortSignal.any([AbortSignal.timeout(limits.timeout), ...(init.signal ? [init.signal] : [])]);
    await running.take();
    try {
      return await follow(url, { ...init, signal });
    } finally {
      running.release();
    }
  };
}

/// <reference types="node" />
// The render service behind `portal-widgets serve`: `GET /embed/<tag>?src=…`
// answers the element's server-rendered HTML, for a web server or a CDN to
// include (nginx SSI, ESI) and cache. It keeps nothing a second copy would
// need: any number of copies can run behind a load balancer.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { isTag, renderElement } from './render.js';
import { sourceFetch, type SourceLimits } from './source-fetch.js';

export interface ServiceOptions extends Partial<SourceLimits> {
  /** Seconds a cache may keep a fragment (`Cache-Control: max-age`). Default 300. */
  maxAge?: number;
  /** Seconds a cache may keep a fragment that shows an error or a stale copy. Default 10. */
  errorMaxAge?: number;
  /**
   * Renders a fragment without `lang` in the request's `Accept-Language`
   * (its first `en` or `vi`), and says `Vary: Accept-Language`. Default
   * false: such a fragment is `vi`, whoever asks. A `lang` in the query wins.
   */
  acceptLanguage?: boolean;
  /** Where the one line per request goes. Default: standard output. */
  log?: (line: string) => void;
  /**
   * Fetches the sources, within the limits. By default the service connects
   * to the addresses it checked (no second resolution a name could answer
   * differently); a `fetch` of your own connects by itself.
   */
  fetch?: typeof fetch;
}

const DEFAULTS = { maxAge: 300, errorMaxAge: 10, timeout: 10_000, maxBytes: 5 * 1024 * 1024, maxFetches: 8 };

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** What the log line says beyond the request and the status. */
  note: string;
}

const text = (status: number, body: string, note = ''): Answer => ({
  status,
  headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  body: `${body}\n`,
  note,
});

/** The element's attributes from the query: each name once (the last value wins). */
const attributesOf = (query: URLSearchParams): [string, string][] => [...new Map(query).entries()];

/** The first language of an `Accept-Language` header (by its weights) that the labels have, if any. */
function acceptedLang(header: string | undefined): 'en' | 'vi' | undefined {
  const ranges = (header ?? '').split(',').map((range, index) => {
    const [tag, ...params] = range.trim().split(';');
    const weight = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find(Boolean);
    return { tag: tag.trim().toLowerCase(), q: weight === undefined ? 1 : Number(weight), index };
  });
  ranges.sort((a, b) => b.q - a.q || a.index - b.index);
  const found = ranges.find(({ tag, q }) => q > 0 && /^(en|vi)(-|$)/.test(tag));
  return found && (found.tag.startsWith('en') ? 'en' : 'vi');
}

/** The ETag of what a fragment shows: the same state and attributes render the same HTML. */
const etagOf = (parts: unknown[]) => `"${createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 27)}"`;

async function embed(tag: string, query: URLSearchParams, request: IncomingMessage, context: Context): Promise<Answer> {
  if (!isTag(tag)) return text(404, `No element <${tag}>`);
  const attributes = attributesOf(query);
  if (!query.has('src') && !query.has('article-src')) return text(400, `<${tag}> needs src (or article-src)`);
  let rendered;
  try {
    const lang = context.acceptLanguage && !query.has('lang') ? acceptedLang(request.headers['accept-language']) : undefined;
    rendered = await renderElement(tag, attributes, { fetch: context.fetch, lang });
  } catch (error) {
    return text(400, (error as Error).message);
  }
  const { html, state } = rendered;
  const failed = !!state.error || !!state.stale;
  const etag = etagOf([tag, attributes, state]);
  const maxAge = failed ? context.errorMaxAge : context.maxAge;
  const headers = {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': `public, max-age=${maxAge}`,
    ETag: etag,
    Vary: context.acceptLanguage ? 'Accept-Encoding, Accept-Language' : 'Accept-Encoding',
  };
  const note = state.error ? `error=${state.error.kind}` : state.stale ? 'stale' : 'ok';
  // The element's error state, with a status a cache does not keep past `errorMaxAge`.
  if (state.error) return { status: 502, headers, body: html, note };
  if (request.headers['if-none-match']?.split(/\s*,\s*/).includes(etag)) return { status: 304, headers, body: '', note };
  return { status: 200, headers, body: html, note };
}

interface Context {
  fetch: typeof fetch;
  acceptLanguage: boolean;
  maxAge: number;
  errorMaxAge: number;
}

async function answer(request: IncomingMessage, context: Context): Promise<Answer> {
  const url = new URL(request.url ?? '/', 'http://service');
  if (request.method !== 'GET' && request.method !== 'HEAD') return text(405, 'Only GET and HEAD');
  if (url.pathname === '/health') return text(200, 'ok');
  const tag = /^\/embed\/([a-z-]+)$/.exec(url.pathname)?.[1];
  if (!tag) return text(404, 'Not found: GET /embed/<element>?src=<url>&<attribute>=<value>… or /health');
  return embed(tag, url.searchParams, request, context);
}

/** An HTTP server (not yet listening) that renders `/embed/<tag>` and answers `/health`. */
export function createService(options: ServiceOptions = {}): Server {
  return createServer(renderHandler(options));
}

/** The service's request handler, for a server of the host's own (mounted at its root). */
export function renderHandler(options: ServiceOptions = {}): (request: IncomingMessage, response: ServerResponse) => void {
  const settings = { ...DEFAULTS, allowOrigins: [], ...options };
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const context: Context = {
    fetch: sourceFetch(settings, options.fetch),
    acceptLanguage: !!options.acceptLanguage,
    maxAge: settings.maxAge,
    errorMaxAge: settings.errorMaxAge,
  };
  return (request: IncomingMessage, response: ServerResponse) => {
    const started = performance.now();
    void answer(request, context)
      .catch((error: Error) => text(500, 'The fragment could not be rendered', `failed=${error.message}`))
      .then(({ status, headers, body, note }) => {
        response.writeHead(status, headers);
        response.end(request.method === 'HEAD' ? undefined : body);
        const ms = Math.round(performance.now() - started);
        const sent = request.method === 'HEAD' ? 0 : Buffer.byteLength(body);
        log(`${new Date().toISOString()} ${request.method} ${request.url} ${status} ${sent}B ${ms}ms ${note}`.trim());
      });
  };
}

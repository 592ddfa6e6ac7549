// The embedded portal endpoint the demo reads from.
//
// `route()` is the whole API as a pure function of the request: it answers
// `{ status, headers, body }` (plus `delay` / `hang` for the slow demos) and
// does no I/O. This module imports nothing from Node, so the same routing
// runs in three places:
//   - `handleApi(req, res, url)`: the demo server (demo/server.mjs);
//   - `apiMiddleware(ctx, next)`: a Koa middleware for @web/dev-server and
//     @web/test-runner (`middleware: [apiMiddleware]`), and
//     `connectApiMiddleware(req, res, next)` for Connect / Express;
//   - `fetchApi(request)`: in a browser, as a `fetch` replacement (the tests).

import {
  LINKS,
  SEED_ID,
  SITE,
  ARTICLES_NEWEST_FIRST,
  articlesIn,
  findArticle,
  findCategory,
  newerOf,
  relatedOf,
} from './data/portal-data.mjs';
import { atomFeed, categoryIndex, jsonFeed, jsonItem, rssFeed, urls, wpCategories, wpPost, wpPosts } from './formats.mjs';

const JSON_TYPE = 'application/json; charset=utf-8';
const RSS_TYPE = 'application/rss+xml; charset=utf-8';
const ATOM_TYPE = 'application/atom+xml; charset=utf-8';
const HTML_TYPE = 'text/html; charset=utf-8';

/** A hung request is closed after this long, so the server does not keep it forever. */
export const HANG_CLOSE_MS = 60_000;
const MAX_SLOW_MS = 30_000;

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag, Link, X-WP-Total, X-WP-TotalPages',
};

let flakyRequests = 0;

/** Back to a fresh start: the next `/api/demo/flaky.json` succeeds. */
export function resetDemoState() {
  flakyRequests = 0;
}

/** FNV-1a over the UTF-16 code units, with the length: enough to tell two bodies apart. */
export function etagOf(body) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < body.length; i++) {
    hash ^= body.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `"${hash.toString(16).padStart(8, '0')}-${body.length.toString(36)}"`;
}

function matches(ifNoneMatch, etag) {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const value = tag.trim().replace(/^W\//, '');
    return value === '*' || value === etag;
  });
}

/** Where the request was sent, for absolute URLs in the documents. */
function originOf(headers) {
  const proto = String(headers['x-forwarded-proto'] ?? 'http')
    .split(',')[0]
    .trim();
  return `${proto}://${headers.host ?? 'localhost:8000'}`;
}

const json = (body, extra = {}) => ({ status: 200, type: JSON_TYPE, body, ...extra });
const notFound = (origin, what = 'Not found') => ({
  status: 404,
  type: JSON_TYPE,
  body: { error: what, endpoints: `${origin}/api/` },
  cache: 'no-store',
});

/** The small feed the slow and flaky demos answer with. */
const demoFeed = (origin, searchParams, title) =>
  jsonFeed({ title, items: ARTICLES_NEWEST_FIRST.slice(0, 5), path: 'feed.json', origin, searchParams, perPage: 5 });

/** What each path answers, before the HTTP details (CORS, ETag, HEAD) are added. */
function resolve(pathname, searchParams, origin) {
  const link = urls(origin);
  let match;

  switch (pathname) {
    case '/api':
    case '/api/':
      return json(apiIndex(origin));
    case '/api/links':
    case '/api/links.json':
      return json(LINKS);
    case '/api/feed.json':
      return json(jsonFeed({ title: SITE.title, items: ARTICLES_NEWEST_FIRST, path: 'feed.json', origin, searchParams }));
    case '/api/live.json':
      return liveFeed(origin, searchParams);
    case '/api/categories.json':
      return json(categoryIndex(origin, (id) => articlesIn(id).length));
    case '/api/rss/feed.xml':
      return {
        status: 200,
        type: RSS_TYPE,
        body: rssFeed({ title: SITE.title, items: ARTICLES_NEWEST_FIRST, path: 'rss/feed.xml', origin, searchParams }),
      };
    case '/api/atom/feed.xml':
      return {
        status: 200,
        type: ATOM_TYPE,
        body: atomFeed({ title: SITE.title, items: ARTICLES_NEWEST_FIRST, path: 'atom/feed.xml', origin, searchParams }),
      };
    case '/api/wp/v2/posts': {
      const { body, headers } = wpPosts({ items: ARTICLES_NEWEST_FIRST, origin, searchParams });
      return json(body, { headers });
    }
    case '/api/wp/v2/categories':
      return json(wpCategories(origin));

    // ——— Faults, for the state demos: never cached. ———
    case '/api/demo/slow.json': {
      const ms = Math.min(Math.max(Number.parseInt(searchParams.get('ms') ?? '3000', 10) || 0, 0), MAX_SLOW_MS);
      return json(demoFeed(origin, searchParams, `Phản hồi chậm (${ms} ms)`), { cache: 'no-store', delay: ms });
    }
    case '/api/demo/error-500.json':
      return {
        status: 500,
        type: HTML_TYPE,
        body: '<!doctype html><title>500 Internal Server Error</title><h1>Internal Server Error</h1>',
        cache: 'no-store',
      };
    case '/api/demo/invalid.json':
      // Cut off mid-document, as a proxy timeout or a PHP warning leaves it.
      return {
        status: 200,
        type: JSON_TYPE,
        body: '{"version":"https://jsonfeed.org/version/1.1","title":"Tin mới","items":[{"id":"1","title":"Bài viết bị cắt',
        cache: 'no-store',
      };
    case '/api/demo/empty.json':
      return json(
        {
          version: 'https://jsonfeed.org/version/1.1',
          title: 'Chuyên mục chưa có bài',
          home_page_url: link.home,
          _portal: { page: 1, per_page: 10, total_items: 0, total_pages: 0 },
          items: [],
        },
        { cache: 'no-store' },
      );
    case '/api/demo/html.json':
      // A login or maintenance page answered with 200 where JSON was expected.
      return {
        status: 200,
        type: HTML_TYPE,
        body: '<!doctype html>\n<html lang="vi"><head><meta charset="utf-8"><title>Đăng nhập hệ thống</title></head>\n<body><h1>Phiên làm việc đã hết hạn</h1><p>Vui lòng đăng nhập lại.</p></body></html>\n',
        cache: 'no-store',
      };
    case '/api/demo/bad-format.json':
      // Valid JSON, but no item has anything to show: a `format` error that names the first field that failed.
      return json(
        { version: 'https://jsonfeed.org/version/1.1', title: 'Sai định dạng', items: [{ id: 1, title: 2020 }] },
        { cache: 'no-store' },
      );
    case '/api/demo/hang.json':
      return { status: 200, type: JSON_TYPE, body: '', cache: 'no-store', hang: true };
    case '/api/demo/flaky.json':
      flakyRequests++;
      return flakyRequests % 2 === 1
        ? json(demoFeed(origin, searchParams, 'Máy chủ chập chờn'), { cache: 'no-store' })
        : {
            status: 503,
            type: JSON_TYPE,
            body: { error: 'Service Unavailable (every other request fails)' },
            cache: 'no-store',
            headers: { 'Retry-After': '1' },
          };
  }

  if ((match = /^\/api\/categories\/([\w-]+)\.json$/.exec(pathname))) {
    const category = findCategory(match[1]);
    if (!category) return notFound(origin, `No category "${match[1]}"`);
    return json(
      jsonFeed({
        title: category.name,
        items: articlesIn(category.id),
        path: `categories/${category.id}.json`,
        homePage: link.category(category.id),
        origin,
        searchParams,
      }),
    );
  }
  if ((match = /^\/api\/(rss|atom)\/([\w-]+)\.xml$/.exec(pathname))) {
    const category = findCategory(match[2]);
    if (!category) return notFound(origin, `No category "${match[2]}"`);
    const build = match[1] === 'rss' ? rssFeed : atomFeed;
    const body = build({
      title: `${category.name} — ${SITE.title}`,
      items: articlesIn(category.id),
      path: `${match[1]}/${category.id}.xml`,
      homePage: link.category(category.id),
      origin,
      searchParams,
    });
    return { status: 200, type: match[1] === 'rss' ? RSS_TYPE : ATOM_TYPE, body };
  }
  if ((match = /^\/api\/articles\/(\w+)\.json$/.exec(pathname))) {
    const article = findArticle(match[1]);
    return article ? json(jsonItem(article, origin)) : notFound(origin, `No article "${match[1]}"`);
  }
  if ((match = /^\/api\/articles\/(\w+)\/(related|newer)\.json$/.exec(pathname))) {
    const article = findArticle(match[1]);
    if (!article) return notFound(origin, `No article "${match[1]}"`);
    const related = match[2] === 'related';
    return json(
      jsonFeed({
        title: `${related ? 'Các bài liên quan' : 'Các tin mới hơn'}: ${article.title}`,
        items: related ? relatedOf(article) : newerOf(article),
        path: `articles/${article.id}/${match[2]}.json`,
        homePage: link.article(article.id),
        origin,
        searchParams,
      }),
    );
  }
  if ((match = /^\/api\/wp\/v2\/posts\/(\d+)$/.exec(pathname))) {
    const article = findArticle(match[1]);
    return article ? json(wpPost(article, origin, searchParams.has('_embed'))) : notFound(origin, `No post ${match[1]}`);
  }
  return notFound(origin);
}

const MINUTE = 60_000;
const VIETNAM_OFFSET = 7 * 60 * MINUTE;

/**
 * `/api/live.json`: a feed that gains an article every minute (for `refresh`),
 * each of the last three minutes' an article of the portal again, dated that
 * minute, then the newest articles. `?at=<date>` gives the feed as it was then.
 * `ETag` and `Last-Modified` change with the minute, so a check within it is a `304`.
 */
function liveFeed(origin, searchParams) {
  const at = Date.parse(searchParams.get('at') ?? '');
  const minute = Math.floor((Number.isNaN(at) ? Date.now() : at) / MINUTE);
  const wallClock = (m) => new Date(m * MINUTE + VIETNAM_OFFSET).toISOString().slice(0, 19);
  const fresh = [0, 1, 2].map((back) => {
    const m = minute - back;
    const article = ARTICLES_NEWEST_FIRST[m % ARTICLES_NEWEST_FIRST.length];
    const date = `${wallClock(m)}+07:00`;
    return {
      ...jsonItem(article, origin),
      id: `live-${m}`,
      title: `${wallClock(m).slice(11, 16)} · ${article.title}`,
      date_published: date,
      date_modified: date,
    };
  });
  return json(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Tin cập nhật',
      home_page_url: urls(origin).home,
      feed_url: `${origin}/api/live.json`,
      items: [...fresh, ...ARTICLES_NEWEST_FIRST.slice(0, 7).map((article) => jsonItem(article, origin))],
    },
    {
      headers: {
        'Cache-Control': 'public, max-age=30',
        'Last-Modified': new Date(minute * MINUTE).toUTCString(),
      },
    },
  );
}

/** `/api/`: every endpoint, so the API can be explored from a browser. */
function apiIndex(origin) {
  const api = (path) => `${origin}/api/${path}`;
  return {
    title: SITE.title,
    seed_article: api(`articles/${SEED_ID}.json`),
    endpoints: {
      'Portal JSON (JSON Feed 1.1 + _portal), ?page=N&per_page=M': [
        api('feed.json'),
        api('categories/kinh-te.json?page=1&per_page=5'),
        api('categories.json'),
      ],
      'Single article, its related and newer lists': [
        api(`articles/${SEED_ID}.json`),
        api(`articles/${SEED_ID}/related.json`),
        api(`articles/${SEED_ID}/newer.json`),
      ],
      'Live (a new article every minute, for refresh)': [api('live.json')],
      'Links document': [api('links.json')],
      'RSS 2.0': [api('rss/feed.xml'), api('rss/chinh-tri.xml')],
      'Atom 1.0': [api('atom/feed.xml'), api('atom/chinh-tri.xml')],
      'WordPress REST API': [
        api('wp/v2/posts?_embed'),
        api('wp/v2/posts?_embed&categories=4&per_page=5'),
        api(`wp/v2/posts/${SEED_ID}?_embed`),
        api('wp/v2/categories'),
      ],
      'Faults (state demos)': [
        api('demo/slow.json?ms=3000'),
        api('demo/error-500.json'),
        api('demo/invalid.json'),
        api('demo/empty.json'),
        api('demo/html.json'),
        api('demo/bad-format.json'),
        api('demo/hang.json'),
        api('demo/flaky.json'),
      ],
    },
    categories: categoryIndex(origin, (id) => articlesIn(id).length),
  };
}

/**
 * The API as a pure function. `headers` are the request's, with lower-case
 * names (`host` gives the origin of absolute URLs, `if-none-match` may
 * answer 304). Returns the status, the response headers and the body text;
 * `delay` (ms) asks the caller to wait before answering, `hang` never to
 * answer (a server closes the request after `HANG_CLOSE_MS`).
 */
export function route(method, pathname, searchParams = new URLSearchParams(), headers = {}) {
  const origin = originOf(headers);
  if (method === 'OPTIONS') {
    return {
      status: 204,
      headers: {
        ...CORS,
        'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
        'Access-Control-Allow-Headers': headers['access-control-request-headers'] || '*',
        'Access-Control-Max-Age': '86400',
      },
      body: '',
    };
  }
  if (method !== 'GET' && method !== 'HEAD') {
    return {
      status: 405,
      headers: { ...CORS, Allow: 'GET, HEAD, OPTIONS', 'Content-Type': JSON_TYPE },
      body: '{"error":"Method not allowed"}',
    };
  }

  const answer = resolve(pathname, searchParams, origin);
  const text = typeof answer.body === 'string' ? answer.body : `${JSON.stringify(answer.body, null, 2)}\n`;
  const cacheable = answer.status === 200 && answer.cache !== 'no-store';
  const responseHeaders = {
    ...CORS,
    'Content-Type': answer.type,
    'Cache-Control': cacheable ? 'public, max-age=60' : 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...answer.headers,
  };
  const extra = { ...(answer.delay && { delay: answer.delay }), ...(answer.hang && { hang: true }) };
  if (cacheable) {
    const etag = etagOf(text);
    responseHeaders.ETag = etag;
    if (matches(headers['if-none-match'], etag)) {
      delete responseHeaders['Content-Type'];
      return { status: 304, headers: responseHeaders, body: '', ...extra };
    }
  }
  // HEAD: the headers of GET, including its length, without the body.
  if (method === 'HEAD') responseHeaders['Content-Length'] = String(byteLength(text));
  return { status: answer.status, headers: responseHeaders, body: method === 'HEAD' ? '' : text, ...extra };
}

const byteLength = (text) => new TextEncoder().encode(text).byteLength;

const STATUS_TEXT = {
  200: 'OK',
  204: 'No Content',
  304: 'Not Modified',
  404: 'Not Found',
  405: 'Method Not Allowed',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

// ——— Node: the demo server ———

/** Answers one request of Node's `http` server for a path under `/api/`. */
export function handleApi(req, res, url = new URL(req.url, `http://${req.headers.host ?? 'localhost'}`)) {
  const answer = route(req.method ?? 'GET', url.pathname, url.searchParams, req.headers);
  let timer;
  res.on('close', () => clearTimeout(timer));
  const send = () => {
    const bodiless = answer.status === 204 || answer.status === 304 || 'Content-Length' in answer.headers;
    const headers = bodiless ? answer.headers : { ...answer.headers, 'Content-Length': String(byteLength(answer.body)) };
    res.writeHead(answer.status, STATUS_TEXT[answer.status], headers);
    res.end(answer.body);
  };
  if (answer.hang) {
    // Never answers; after a minute the connection is closed so nothing leaks.
    timer = setTimeout(() => res.destroy(), HANG_CLOSE_MS);
  } else if (answer.delay) {
    timer = setTimeout(send, answer.delay);
  } else {
    send();
  }
}

/** Koa middleware (@web/dev-server, @web/test-runner): `/api/` from `route()`, and CORS on the library and demo files. */
export async function apiMiddleware(ctx, next) {
  if (ctx.path === '/api' || ctx.path.startsWith('/api/')) {
    ctx.respond = false;
    handleApi(ctx.req, ctx.res, new URL(ctx.url, `http://${ctx.host || 'localhost'}`));
    return;
  }
  await next();
  // Another origin may load the drop-in module (module scripts are fetched with CORS).
  if (/^\/(dist|demo)\//.test(ctx.path)) ctx.set('Access-Control-Allow-Origin', '*');
}

/** Connect / Express middleware. */
export function connectApiMiddleware(req, res, next) {
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
  if (url.pathname === '/api' || url.pathname.startsWith('/api/')) return handleApi(req, res, url);
  return next();
}

// ——— Browser: a `fetch` for the API ———

const abortable = (signal, ms) =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = ms === undefined ? undefined : setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });

/**
 * Answers a `Request` for the API the way the server would, with the
 * delays and the hang (which ends only when the request is aborted).
 * `ResponseClass` lets a caller build the response in another realm (an iframe).
 */
export async function fetchApi(request, ResponseClass = Response) {
  const url = new URL(request.url);
  const headers = { host: url.host, 'x-forwarded-proto': url.protocol.slice(0, -1) };
  request.headers.forEach((value, name) => {
    headers[name.toLowerCase()] = value;
  });
  const answer = route(request.method, url.pathname, url.searchParams, headers);
  if (answer.hang) await abortable(request.signal);
  if (answer.delay) await abortable(request.signal, answer.delay);
  const empty = answer.status === 204 || answer.status === 304 || request.method === 'HEAD';
  return new ResponseClass(empty ? null : answer.body, {
    status: answer.status,
    statusText: STATUS_TEXT[answer.status] ?? '',
    headers: answer.headers,
  });
}

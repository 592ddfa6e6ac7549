// `portal-widgets serve` (lib/server/service.js): fragments over HTTP, with
// the caching headers a web server or CDN needs, and the bounds of its source
// fetches. Sources are served on 127.0.0.1, which the service is told to allow.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { createService } from '../../lib/server/index.js';

const FEED = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Tin',
  items: [1, 2, 3].map((n) => ({
    id: String(n),
    title: `Bài số ${n}`,
    url: `https://portal.example/tin/${n}`,
    date_published: `2026-11-2${n}T08:00:00+07:00`,
  })),
};

const listen = (server) =>
  new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}`)));

let source;
let sourceOrigin;
const seen = [];

before(async () => {
  source = createServer((req, res) => {
    seen.push({ url: req.url, ifNoneMatch: req.headers['if-none-match'], host: req.headers.host });
    const { pathname } = new URL(req.url, 'http://source');
    if (pathname === '/moved.json') {
      res.writeHead(302, { Location: `http://cdn.test:${source.address().port}/gzip.json` });
      return res.end();
    }
    if (pathname === '/gzip.json' && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      res.writeHead(200, { 'Content-Type': 'application/feed+json', 'Content-Encoding': 'gzip' });
      return res.end(gzipSync(JSON.stringify(FEED)));
    }
    if (pathname === '/feed.json') {
      if (req.headers['if-none-match'] === '"v1"') return res.writeHead(304).end();
      res.writeHead(200, { 'Content-Type': 'application/feed+json', ETag: '"v1"' });
      return res.end(JSON.stringify(FEED));
    }
    if (pathname === '/large.json') {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      return res.end(JSON.stringify({ ...FEED, padding: 'x'.repeat(20_000) }));
    }
    res.writeHead(500).end('broken');
  });
  sourceOrigin = await listen(source);
});

after(() => source.close());

/** A service on a free port; `lines` collects its log. */
async function startService(options) {
  const lines = [];
  const service = createService({ log: (line) => lines.push(line), ...options });
  const origin = await listen(service);
  return { origin, lines, close: () => new Promise((resolve) => service.close(resolve)) };
}

describe('portal-widgets serve', () => {
  it('answers the fragment with max-age and an ETag, 304 for that ETag, and fetches its source conditionally', async () => {
    const service = await startService({ allowOrigins: [sourceOrigin], maxAge: 120 });
    try {
      const path = `/embed/news-list?src=${encodeURIComponent(`${sourceOrigin}/feed.json`)}&limit=2&lang=en`;
      const first = await fetch(service.origin + path);
      assert.equal(first.status, 200);
      assert.equal(first.headers.get('content-type'), 'text/html; charset=utf-8');
      assert.equal(first.headers.get('cache-control'), 'public, max-age=120');
      const etag = first.headers.get('etag');
      assert.match(etag, /^"[\w-]+"$/);
      const html = await first.text();
      assert.match(
        html,
        /<news-list [^>]*src="http:\/\/127\.0\.0\.1:\d+\/feed\.json"[^>]*><template shadowroot="open" shadowrootmode="open">/,
      );
      const shadow = html.match(/<template shadowroot="open" shadowrootmode="open">([^]*)<\/template>/)[1];
      assert.match(shadow, /Bài số 1[^]*Bài số 2/);
      assert.doesNotMatch(shadow, /Bài số 3/);

      const again = await fetch(service.origin + path, { headers: { 'If-None-Match': etag } });
      assert.equal(again.status, 304);
      assert.equal(again.headers.get('etag'), etag);
      // The second render asked the source with its validator, and got 304.
      const asked = seen.filter((request) => request.url === '/feed.json');
      assert.equal(asked.at(-1).ifNoneMatch, '"v1"');
      assert.equal(service.lines.length, 2);
      assert.match(service.lines[0], /^\S+Z GET \/embed\/news-list\?\S+ 200 \d+B \d+ms ok$/);
      assert.match(service.lines[1], / 304 0B /);
    } finally {
      await service.close();
    }
  });

  it("answers the element's error state when the source fails, with a status and max-age a cache does not keep long", async () => {
    const service = await startService({ allowOrigins: [sourceOrigin], maxAge: 300, errorMaxAge: 5 });
    try {
      const response = await fetch(`${service.origin}/embed/news-list?src=${encodeURIComponent(`${sourceOrigin}/broken.json`)}`);
      assert.equal(response.status, 502);
      assert.equal(response.headers.get('cache-control'), 'public, max-age=5');
      const html = await response.text();
      assert.match(
        html,
        /<template shadowroot="open"[^>]*>[^]*part="error"[^]*role="alert"[^]*Không tải được dữ liệu\.[^]*Thử lại/,
      );
      assert.match(html, /"error":\{"kind":"http","message":"The server answered 500/);
      assert.match(service.lines[0], / 502 \d+B \d+ms error=http$/);
    } finally {
      await service.close();
    }
  });

  it('refuses sources outside its allow-list, private addresses unless listed, and documents over its size', async () => {
    const listed = await startService({ allowOrigins: ['https://portal.example'] });
    const open = await startService({});
    const small = await startService({ allowOrigins: [sourceOrigin], maxBytes: 10_000 });
    try {
      const embed = (service, path) => fetch(`${service.origin}/embed/news-list?src=${encodeURIComponent(sourceOrigin + path)}`);
      // Each asks for a URL of its own: a URL that loaded before would show its last good copy, marked stale.
      const notListed = await embed(listed, '/feed.json?listed');
      assert.equal(notListed.status, 502);
      assert.match(await notListed.text(), /is not an allowed source/);
      const loopback = await embed(open, '/feed.json?open');
      assert.equal(loopback.status, 502);
      assert.match(await loopback.text(), /is a private address/);
      const large = await embed(small, '/large.json');
      assert.equal(large.status, 502);
      assert.match(await large.text(), /larger than 10000 bytes/);
    } finally {
      await Promise.all([listed.close(), open.close(), small.close()]);
    }
  });

  it('has a health endpoint, and answers 404 and 400 for what it cannot render', async () => {
    const service = await startService({ allowOrigins: [sourceOrigin] });
    try {
      const health = await fetch(`${service.origin}/health`);
      assert.equal(health.status, 200);
      assert.equal((await health.text()).trim(), 'ok');
      assert.equal((await fetch(`${service.origin}/embed/news-feed?src=x`)).status, 404);
      assert.equal((await fetch(`${service.origin}/embed/news-list`)).status, 400);
      assert.equal((await fetch(`${service.origin}/embed/news-list?src=x&on%3Aclick=1`)).status, 400);
      assert.equal((await fetch(`${service.origin}/other`)).status, 404);
      assert.equal(service.lines.length, 5);
    } finally {
      await service.close();
    }
  });
});

describe('portal-widgets serve: one resolution per source', () => {
  /** A resolver that answers each name from `answers` in turn (the last one again), and records what it was asked. */
  function resolver(answers) {
    const asked = [];
    const lookup = async (hostname) => {
      asked.push(hostname);
      const list = answers[hostname] ?? [];
      const answer = list[Math.min(asked.filter((name) => name === hostname).length, list.length) - 1];
      if (!answer) throw new Error(`${hostname}: not found`);
      return [{ address: answer, family: 4 }];
    };
    return { asked, lookup };
  }

  it('connects to the public address it checked, never to the private one a second resolution would answer', async () => {
    // A name that answers a public address (TEST-NET-1, which nothing here answers) first, then loopback.
    const { asked, lookup } = resolver({ 'rebind.test': ['192.0.2.10', '127.0.0.1'] });
    const service = await startService({ lookup, timeout: 1000 });
    try {
      const src = `http://rebind.test:${new URL(sourceOrigin).port}/feed.json?rebind`;
      const response = await fetch(`${service.origin}/embed/news-list?src=${encodeURIComponent(src)}`);
      assert.equal(response.status, 502);
      assert.deepEqual(asked, ['rebind.test']);
      assert.deepEqual(
        seen.filter((request) => request.url.includes('rebind')),
        [],
      );
    } finally {
      await service.close();
    }
  });

  it('fetches an allowed private origin by its name, each redirect hop at the address resolved for it, with its Host', async () => {
    const port = new URL(sourceOrigin).port;
    const { asked, lookup } = resolver({ 'portal.test': ['127.0.0.1'], 'cdn.test': ['127.0.0.1'] });
    const service = await startService({ lookup, allowOrigins: [`http://portal.test:${port}`, `http://cdn.test:${port}`] });
    try {
      const src = `http://portal.test:${port}/moved.json`;
      const response = await fetch(`${service.origin}/embed/news-list?src=${encodeURIComponent(src)}&lang=en`);
      assert.equal(response.status, 200);
      // The feed came gzipped from the second hop, and reads.
      assert.match(await response.text(), /Bài số 1[^]*Bài số 3/);
      assert.deepEqual(asked, ['portal.test', 'cdn.test']);
      assert.deepEqual(
        seen.filter((request) => /moved|gzip/.test(request.url)).map(({ url, host }) => [url, host]),
        [
          ['/moved.json', `portal.test:${port}`],
          ['/gzip.json', `cdn.test:${port}`],
        ],
      );
    } finally {
      await service.close();
    }
  });
});

// The benchmark's HTTP server: static files of the repository (only the
// folders the bench page needs) and a small API generating the documents.
// Loopback only, on a free port; it counts requests per `key` so a page can
// ask how many times an endpoint was hit.

import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, normalize, resolve, sep } from 'node:path';
import { article, feed, links } from './data.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};
const IMAGE = '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="9"><rect width="16" height="9" fill="#ccc"/></svg>';

/**
 * Starts the server on 127.0.0.1 and a free port. `mounts` maps the first
 * segment of a path to a folder (`{ dist: '…/dist' }` serves `/dist/…`);
 * nothing else is served. The server closes itself after `lifetimeMs`
 * whatever happens, so a crashed run never leaves it behind.
 */
export async function startServer({ mounts, lifetimeMs = 10 * 60_000 }) {
  const hits = new Map();
  // Big feeds are generated once; the `key` in their URL only makes each run a new URL.
  const bodies = new Map();
  const json = (value) => Buffer.from(JSON.stringify(value));

  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    const key = url.searchParams.get('key') ?? '';
    const send = (status, type, body) => {
      response.writeHead(status, {
        'Content-Type': type,
        'Content-Length': body.length,
        'Cache-Control': url.pathname.startsWith('/api/') ? 'no-store' : 'max-age=600',
      });
      response.end(body);
    };
    try {
      if (url.pathname.startsWith('/api/')) {
        const endpoint = url.pathname.slice(5);
        hits.set(`${endpoint}:${key}`, (hits.get(`${endpoint}:${key}`) ?? 0) + 1);
        switch (endpoint) {
          case 'feed': {
            const count = clamp(url.searchParams.get('count'), 1, 10_000);
            const offset = clamp(url.searchParams.get('offset'), 0, 100_000);
            const next = clamp(url.searchParams.get('next'), 0, 1_000);
            if (next) return send(200, 'application/feed+json; charset=utf-8', json(feed({ count, offset, next, key })));
            const id = `${count}:${offset}`;
            if (!bodies.has(id)) bodies.set(id, json(feed({ count, offset })));
            return send(200, 'application/feed+json; charset=utf-8', bodies.get(id));
          }
          case 'article':
            return send(200, 'application/feed+json; charset=utf-8', json(article()));
          case 'links':
            return send(200, 'application/json; charset=utf-8', json(links()));
          case 'hits':
            return send(
              200,
              'application/json; charset=utf-8',
              json({ count: hits.get(`${url.searchParams.get('endpoint')}:${key}`) ?? 0 }),
            );
          default:
            if (endpoint.startsWith('img/')) return send(200, TYPES['.svg'], Buffer.from(IMAGE));
            return send(404, 'text/plain', Buffer.from('not found'));
        }
      }
      const [, top, ...rest] = url.pathname.split('/');
      const folder = Object.hasOwn(mounts, top) ? resolve(mounts[top]) : undefined;
      const file = folder && resolve(folder, normalize(decodeURIComponent(rest.join('/'))));
      if (!file || !file.startsWith(folder + sep)) return send(404, 'text/plain', Buffer.from('not found'));
      send(200, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
    } catch {
      if (!response.headersSent) send(404, 'text/plain', Buffer.from('not found'));
      else response.destroy();
    }
  });
  server.keepAliveTimeout = 5_000;
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const lifetime = setTimeout(() => close(), lifetimeMs);
  lifetime.unref();
  function close() {
    clearTimeout(lifetime);
    return new Promise((done) => {
      server.close(() => done());
      server.closeAllConnections();
    });
  }
  return { origin: `http://127.0.0.1:${server.address().port}`, hits, close };
}

function clamp(value, min, max) {
  const n = Math.trunc(Number(value));
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : min;
}

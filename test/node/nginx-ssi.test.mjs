// Composition by the web server: Debian's nginx includes the service's
// fragment in a page with SSI, and its proxy_cache keeps the fragment for the
// fragment's max-age, so that many page views reach the service about once.
// nginx runs with a configuration of its own in a temporary folder, on a
// free port of 127.0.0.1 (or NGINX_TEST_PORT), and is stopped at the end. Outside CI a
// machine without nginx skips this test; in CI (CI=true) that is a failure.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { handleApi } from '../../demo/api.mjs';
import { createService } from '../../lib/server/index.js';

/** A port nothing listens on now: the system's choice for a moment's server. */
async function freePort() {
  const probe = createServer();
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

const NGINX_PORT = Number(process.env.NGINX_TEST_PORT) || (await freePort());

/** Debian installs nginx in /usr/sbin, which is not on every user's PATH. */
function findNginx() {
  for (const candidate of ['nginx', '/usr/sbin/nginx']) {
    if (spawnSync(candidate, ['-v']).status === 0) return candidate;
  }
  return undefined;
}

const nginx = findNginx();
if (!nginx && process.env.CI === 'true')
  throw new Error('nginx is not installed: CI must install it (.ci/run: apt-get install nginx)');

const listen = (server) =>
  new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}`)));

const config = (prefix, serviceOrigin) => `
daemon off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path ${prefix}/client-body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  proxy_cache_path ${prefix}/cache keys_zone=fragments:1m max_size=10m;
  types { text/html html; }
  server {
    listen 127.0.0.1:${NGINX_PORT};
    root ${prefix}/pages;
    location / {
      ssi on;
    }
    location /embed/ {
      proxy_pass ${serviceOrigin};
      proxy_cache fragments;
      proxy_cache_key $request_uri;
      proxy_cache_lock on;
      proxy_cache_revalidate on;
    }
  }
}
`;

describe(
  'nginx SSI with proxy_cache in front of portal-widgets serve',
  { skip: !nginx && 'nginx is not installed (apt-get install nginx)' },
  () => {
    let prefix;
    let source;
    let service;
    let server;
    const embeds = [];

    before(async () => {
      source = createServer((req, res) => handleApi(req, res, new URL(req.url, 'http://127.0.0.1')));
      const sourceOrigin = await listen(source);
      service = createService({ allowOrigins: [sourceOrigin], maxAge: 300, log: (line) => embeds.push(line) });
      const serviceOrigin = await listen(service);

      prefix = await mkdtemp(join(tmpdir(), 'portal-widgets-nginx-'));
      await mkdir(join(prefix, 'pages'));
      // nginx's workers run as another user where it starts as root: they write the cache here.
      await chmod(prefix, 0o777);
      const src = encodeURIComponent(`${sourceOrigin}/api/feed.json`);
      await writeFile(
        join(prefix, 'pages', 'index.html'),
        `<!doctype html><html lang="vi"><title>Trang</title><h1>Trang chủ</h1>\n<!--# include virtual="/embed/news-list?src=${src}&limit=3" -->\n</html>\n`,
      );
      await writeFile(join(prefix, 'nginx.conf'), config(prefix, serviceOrigin));
      server = spawn(nginx, ['-p', prefix, '-c', join(prefix, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
      let errors = '';
      server.stderr.on('data', (chunk) => (errors += chunk));
      // Up when it answers; an exit before that is a failed start.
      const exited = new Promise((resolve) => server.once('exit', resolve));
      for (;;) {
        const up = await fetch(`http://127.0.0.1:${NGINX_PORT}/`).then(
          () => true,
          () => false,
        );
        if (up) break;
        const gone = await Promise.race([exited.then(() => true), new Promise((resolve) => setTimeout(resolve, 50, false))]);
        if (gone) throw new Error(`nginx did not start: ${errors}`);
      }
    });

    after(async () => {
      if (server && server.exitCode === null) {
        const stopped = new Promise((resolve) => server.once('exit', resolve));
        server.kill('SIGTERM');
        await stopped;
      }
      await new Promise((resolve) => (service ? service.close(resolve) : resolve()));
      await new Promise((resolve) => (source ? source.close(resolve) : resolve()));
      if (prefix) await rm(prefix, { recursive: true, force: true });
    });

    it('serves 20 page views with the fragment, and the service renders it at most twice', async () => {
      for (let view = 0; view < 20; view++) {
        const response = await fetch(`http://127.0.0.1:${NGINX_PORT}/`);
        assert.equal(response.status, 200);
        const page = await response.text();
        assert.match(
          page,
          /<h1>Trang chủ<\/h1>\n<news-list [^>]*limit="3"[^>]*><template shadowroot="open" shadowrootmode="open">/,
        );
        assert.equal(page.match(/<li part="item">/g)?.length, 3);
        assert.match(page, /data-portal-state>[^<]+<\/script>/);
        assert.doesNotMatch(page, /<!--# include/);
      }
      const rendered = embeds.filter((line) => / GET \/embed\/news-list\?/.test(line));
      assert.ok(
        rendered.length >= 1 && rendered.length <= 2,
        `the service rendered ${rendered.length} times:\n${embeds.join('\n')}`,
      );
    });
  },
);

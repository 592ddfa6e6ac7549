// The demo's dev server: builds the library (rebuilding on change), serves
// the demo page and an embedded portal endpoint, and a second origin that
// embeds the widgets cross-origin, on the next port.
//   node demo/server.mjs [--port 8000] [--no-build]     (or PORT=8000; the second origin is port + 1)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { handleApi } from './api.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
const port = Number(args[args.indexOf('--port') + 1]) || Number(process.env.PORT) || 8000;
const otherPort = port + 1;

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.xml': 'application/xml; charset=utf-8',
};

/** Serves a file below the project root; nothing outside it, no directory listings. */
async function serveFile(res, pathname, extraHeaders = {}) {
  const file = normalize(join(root, decodeURIComponent(pathname)));
  if (!file.startsWith(root + '/') || /\/(node_modules|\.git)\//.test(file.slice(root.length))) return notFound(res);
  try {
    const info = await stat(file);
    if (!info.isFile()) return notFound(res);
    res.writeHead(200, {
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
      ...extraHeaders,
    });
    res.end(await readFile(file));
  } catch {
    notFound(res);
  }
}

function notFound(res) {
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Access-Control-Allow-Origin': '*' });
  res.end('Not found');
}

// Server rendering (lib/server): the render service at /embed/ (what `portal-widgets serve` answers, for
// the embed builder), and the demo page's `<!--# include virtual="/embed/…" -->` blocks, rendered here
// as nginx's SSI would include them from the service, with the style hashes in the page's policy.
let serverSide;
let embed;
const INCLUDE = /<!--# include virtual="\/embed\/([a-z-]+)\?([^"]*)" -->/g;

async function embedHandler(req, res) {
  serverSide ??= import(join(root, 'lib/server/index.js'));
  const { renderHandler } = await serverSide;
  embed ??= renderHandler({ allowOrigins: [`http://localhost:${port}`, `http://127.0.0.1:${port}`], log: () => {} });
  embed(req, res);
}

async function servePage(res, pathname, origin) {
  const html = await readFile(join(root, pathname), 'utf8');
  if (!html.includes('<!--# include virtual="/embed/')) return serveFile(res, pathname);
  serverSide ??= import(join(root, 'lib/server/index.js'));
  const { renderElement, styleHashes } = await serverSide;
  const blocks = await Promise.all(
    [...html.matchAll(INCLUDE)].map(async ([, tag, query]) => {
      const attributes = [...new URLSearchParams(query.replaceAll('&amp;', '&'))];
      return (await renderElement(tag, attributes, { base: `${origin}/` })).html;
    }),
  );
  const page = html
    .replace(INCLUDE, () => blocks.shift())
    .replace("style-src 'self'", `style-src 'self' ${styleHashes().join(' ')}`)
    // The drop-in that takes server-rendered blocks over (hydrates them) instead of rendering them again.
    .replace('src="/dist/portal-widgets.js"', 'src="/dist/ssr/portal-widgets.js"');
  res.writeHead(200, { 'Content-Type': types['.html'], 'Cache-Control': 'no-cache' });
  res.end(page);
}

function portalServer(page) {
  return createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
    try {
      if (url.pathname.startsWith('/api/')) return await handleApi(req, res, url);
      if (url.pathname.startsWith('/embed/')) return await embedHandler(req, res);
      if (url.pathname === '/' || url.pathname === page) return await servePage(res, page, url.origin);
      // A folder's index.html (the examples are linked as folders).
      const path = url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname;
      return await serveFile(res, path, { 'Access-Control-Allow-Origin': '*' });
    } catch (error) {
      console.error(error);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    }
  });
}

/** Listens on `at`; a port in use ends the server with one line naming it and how to choose others. */
function listen(server, at, what) {
  return new Promise((resolve) => {
    server.once('error', (error) => {
      if (error.code !== 'EADDRINUSE' && error.code !== 'EACCES') throw error;
      const reason = error.code === 'EADDRINUSE' ? 'is in use' : 'is not allowed';
      console.error(
        `Port ${at} (${what}) ${reason}: start on two other ports with PORT=9000 npm start, or npm start -- --port 9000 (then 9001 is the second origin).`,
      );
      process.exit(1);
    });
    server.listen(at, resolve);
  });
}

// Both ports first, so a busy one is said before anything is built.
await listen(portalServer('/demo/index.html'), port, 'the demo');
await listen(portalServer('/demo/cross-origin.html'), otherPort, 'the cross-origin page, port + 1');
console.log(`demo:         http://localhost:${port}/`);
console.log(`portal API:   http://localhost:${port}/api/`);
console.log(`cross-origin: http://localhost:${otherPort}/  (embeds the widgets and data from :${port})`);

// The React and bundler examples are bundled from lib/: again after each rebuild, so they run on a fresh clone.
const { buildExamples } = await import(join(root, 'scripts/build-examples.mjs'));
const examplesBuilt = () =>
  buildExamples().then(
    () => true,
    (error) => console.error('examples build failed:', error.message),
  );

if (!args.includes('--no-build')) {
  const { watch } = await import('rollup');
  const { default: configs } = await import(join(root, 'rollup.config.mjs'));
  const watcher = watch(configs.map((config) => ({ ...config, watch: { clearScreen: false } })));
  watcher.on('event', async (event) => {
    if (event.code === 'ERROR') console.error('build failed:', event.error.message);
    event.result?.close();
    if (event.code === 'END' && (await examplesBuilt())) console.log('built dist/, lib/ and examples/*/dist/');
  });
} else if (await stat(join(root, 'lib/index.js')).catch(() => false)) {
  await examplesBuilt();
}

// What the benchmarks share (layout-shift.mjs, content-time.mjs,
// rows.mjs): a server on 127.0.0.1 for the built files, generated documents
// and pictures (bench/generate.mjs), each answered after a delay the script
// chooses; and headless Chromium launched through puppeteer-core with no
// network beyond the loopback.

import { createServer } from 'node:http';
import { access, constants, readFile } from 'node:fs/promises';
import { delimiter, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { picture } from './generate.mjs';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/**
 * Each body brotli-compressed once: compressing the entry file at the highest
 * quality takes this server a quarter of a second, which a CDN serving
 * compressed copies does not spend on each request (nor should the bench).
 */
const compressed = new Map();
const brotli = (body) => {
  const key = typeof body === 'string' ? body : body.toString('latin1');
  if (!compressed.has(key)) compressed.set(key, brotliCompressSync(Buffer.from(body)));
  return compressed.get(key);
};

/** Sends `body` brotli-compressed when the browser accepts it, as a CDN or a configured server would. */
function send(req, res, type, body) {
  const headers = {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'Access-Control-Allow-Origin': '*',
    'Timing-Allow-Origin': '*',
  };
  if (/\bbr\b/.test(req.headers['accept-encoding'] ?? '')) {
    res.writeHead(200, { ...headers, 'Content-Encoding': 'br' }).end(brotli(body));
  } else {
    res.writeHead(200, headers).end(body);
  }
}

export const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The README's "Avoid layout shift" CSS, as a page copies it. */
export const README_RULES = (await readFile(join(ROOT, 'README.md'), 'utf8')).match(
  /```css\n(\/\* Heights for a column[^]*?)```/,
)[1];

async function serveFile(req, res, pathname) {
  const file = normalize(join(ROOT, decodeURIComponent(pathname)));
  if (!file.startsWith(ROOT) || file.includes('node_modules')) return res.writeHead(404).end();
  try {
    send(req, res, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
  } catch {
    res.writeHead(404).end();
  }
}

/**
 * Serves `pages` (path → HTML, or a function of the URL giving it),
 * `documents` (path under /data/ → a JSON value) after `delays.data` ms,
 * pictures `/img/W/H/name.svg` after `delays.image` ms, and files of the
 * repository (dist/, bench/) as they are.
 */
export function startServer({ pages = {}, documents = {}, delays = {}, port = Number(process.env.BENCH_PORT ?? 0) }) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const page = pages[url.pathname];
    if (page) {
      const body = typeof page === 'function' ? page(url) : page;
      return send(req, res, TYPES['.html'], body);
    }
    const [, area, ...rest] = url.pathname.split('/');
    if (area === 'data') {
      const document = documents[rest.join('/')];
      if (!document) return res.writeHead(404).end();
      await wait(delays.data ?? 0);
      return send(req, res, TYPES['.json'], JSON.stringify(document));
    }
    if (area === 'img') {
      const [width, height, name] = rest;
      await wait(delays.image ?? 0);
      // Pictures are sent as they are: a JPEG does not compress.
      res.writeHead(200, { 'Content-Type': TYPES['.svg'], 'Cache-Control': 'no-store', 'Timing-Allow-Origin': '*' });
      return res.end(picture(Number(width), Number(height), name.replace(/\.svg$/, '')));
    }
    return serveFile(req, res, url.pathname);
  });
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${server.address().port}` })),
  );
}

/**
 * The server of a bench that runs in one page (long-tasks.mjs, read-rss.mjs,
 * read-json.mjs): `routes` (path → [content type, body]) and the JavaScript
 * files under `/FOLDER/` of the repository (`lib` or `dist`), nothing else,
 * never cached; on BENCH_PORT, else a free port.
 */
export function serveFolder(folder, routes) {
  const root = join(ROOT, folder);
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const send = (type, body) => {
      response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' });
      response.end(body);
    };
    if (routes.has(path)) return send(...routes.get(path));
    const file = normalize(join(ROOT, path));
    if (!path.startsWith(`/${folder}/`) || !file.startsWith(root + sep)) return response.writeHead(404).end();
    try {
      send('text/javascript; charset=utf-8', await readFile(file));
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((ready) => server.listen(Number(process.env.BENCH_PORT ?? 0), '127.0.0.1', () => ready(server)));
}

/** A new tab on the page of a `serveFolder` server, once the page's script says it is `ready`. */
export async function openBenchPage(browser, server) {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => globalThis.ready === true);
  return page;
}

/** CHROMIUM_PATH, else the first Chromium or Chrome on PATH. */
export async function findChromium() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome']) {
    for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
      const candidate = join(dir, name);
      const found = await access(candidate, constants.X_OK).then(
        () => true,
        () => false,
      );
      if (found) return candidate;
    }
  }
  throw new Error('no Chromium found on PATH: set CHROMIUM_PATH to a Chromium or Chrome binary');
}

/** The flags every bench's browser runs with. */
export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--hide-scrollbars',
  // Nothing may leave the machine: every host name but the loopback address fails to resolve.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

/**
 * Headless Chromium through puppeteer-core that can reach nothing but the
 * loopback, once the build is there: `args` are flags besides
 * `CHROMIUM_FLAGS`, the rest goes to `puppeteer.launch` as it is.
 */
export async function launch({ args = [], ...options } = {}) {
  await access(join(ROOT, 'dist/portal-widgets.js')).catch(() => {
    throw new Error('dist/portal-widgets.js is missing: run `npm run build` first');
  });
  return puppeteer.launch({ executablePath: await findChromium(), ...options, args: [...CHROMIUM_FLAGS, ...args] });
}

/** Records every `layout-shift` entry in `window.shifts`, from the page's start. */
export const SHIFT_OBSERVER = `<script>
  window.shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) shifts.push({ at: e.startTime, value: e.value,
      sources: e.sources.map((s) => s.node?.nodeName + ' ' + Math.round(s.previousRect.height) + '→' + Math.round(s.currentRect.height)) });
  }).observe({ type: 'layout-shift', buffered: true });
</script>`;

export const sum = (shifts) => shifts.reduce((total, shift) => total + shift.value, 0);
export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** The machine, for the reports: results from a busy 2-core machine are noisy. */
export const machineNote = async (browser) => {
  const { cpus, loadavg } = await import('node:os');
  return `${cpus().length} cores (${cpus()[0]?.model.trim()}), load average ${loadavg()
    .map((load) => load.toFixed(1))
    .join(
      ' / ',
    )} at the start, ${await browser.version()}; other work shared the machine, so times are noisy and ratios of runs made back to back hold up better than absolute values.`;
};

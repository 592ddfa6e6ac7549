/// <reference types="node" />
// The commands of `portal-widgets` that render on the server: `snapshot`
// (the embed code of one element, printed) and `serve` (the render service).
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { escapeHtml, NO_BODIES, renderElement, rendersBodies, runtimeFetch, styleHashes } from './render.js';
import { createService } from './service.js';

/** A mistake in the command line or its source: the message goes to stderr, the status is 1. */
export class UsageError extends Error {}

const ATTRIBUTE = /^([a-z][a-z0-9-]*)=(.*)$/s;

/** `<src>` as a URL: a URL as it is (a Windows drive letter is a path), anything else a path from here. */
function sourceUrl(src: string): URL {
  let from: URL;
  try {
    from = /^[a-z][a-z0-9+.-]+:/i.test(src) ? new URL(src) : pathToFileURL(src);
  } catch {
    throw new UsageError(`"${src}" is not a valid URL or path`);
  }
  if (!['http:', 'https:', 'file:'].includes(from.protocol)) {
    throw new UsageError(`"${src}": only http, https and file URLs can be read`);
  }
  return from;
}

/** `fetch` that reads `file:` URLs, and reads `from` in place of the public URL it is a copy of. */
function localFetch(copies: Map<string, URL>): typeof fetch {
  return async (input, init) => {
    const requested = new URL(input instanceof Request ? input.url : String(input));
    const url = copies.get(requested.href) ?? requested;
    if (url.protocol !== 'file:') return runtimeFetch(url, init);
    try {
      return new Response(await readFile(fileURLToPath(url)));
    } catch (error) {
      const { code, message } = error as NodeJS.ErrnoException;
      return new Response(null, { status: 404, statusText: code === 'ENOENT' ? 'No such file' : message });
    }
  };
}

/**
 * `snapshot <tag> <src> [name=value…] [--script URL] [--lang L]`: the script
 * tag and the element rendered on this machine, with its declarative shadow
 * root, in the language of the page it goes in (`--lang`) unless it has a
 * `lang=` of its own.
 */
export async function snapshotCommand(args: string[], defaultScript: string): Promise<string> {
  const { values, positionals } = parseArgs({
    args,
    options: { script: { type: 'string' }, lang: { type: 'string' } },
    allowPositionals: true,
  });
  const [tag, src, ...rest] = positionals;
  if (!tag || !src) throw new UsageError('snapshot needs an element and a src');
  const attributes = rest.map((arg): [string, string] => {
    const match = ATTRIBUTE.exec(arg);
    if (!match) throw new UsageError(`"${arg}" is not an attribute (name=value)`);
    return [match[1], match[2]];
  });
  const from = sourceUrl(src);
  // The snippet names <src> unless the attributes name the public URL: then <src> is a local copy of it.
  const named = attributes.find(([name]) => name === 'src' || name === 'article-src');
  const copies = new Map<string, URL>();
  if (named) {
    if (!URL.canParse(named[1])) throw new UsageError(`${named[0]}="${named[1]}" is not an absolute URL`);
    copies.set(new URL(named[1]).href, from);
  } else {
    attributes.unshift(['src', from.protocol === 'file:' ? from.href : src]);
  }
  const options = { base: from.href, fetch: localFetch(copies), lang: values.lang };
  const { html, state } = await renderElement(tag, attributes, options);
  if (state.error) throw new UsageError(`${state.error.message}${state.url ? ` (${state.url})` : ''}`);
  const full = tag === 'article-card' && attributes.some(([name, value]) => name === 'variant' && value === 'full');
  if (full && !(await rendersBodies())) process.stderr.write(`portal-widgets snapshot: ${NO_BODIES}\n`);
  const script = values.script ?? defaultScript;
  return `<script type="module" src="${escapeHtml(script)}"></script>\n${html}\n`;
}

/** `csp`: the `style-src` sources of the server-rendered shadow roots. */
export const cspCommand = (): string => `style-src 'self' ${styleHashes().join(' ')}\n`;

const number = (value: string | undefined, name: string, fallback: number) => {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new UsageError(`--${name} needs a whole number, not "${value}"`);
  return parsed;
};

/** `serve [--port N] [--host H] [--allow-origin URL…] [--max-age S] [--accept-language] …`: starts the render service. */
export async function serveCommand(args: string[]): Promise<{ close(): Promise<void>; port: number }> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'allow-origin': { type: 'string', multiple: true },
      'max-age': { type: 'string' },
      'error-max-age': { type: 'string' },
      timeout: { type: 'string' },
      'max-bytes': { type: 'string' },
      'max-fetches': { type: 'string' },
      'accept-language': { type: 'boolean' },
    },
  });
  const service = createService({
    allowOrigins: values['allow-origin'] ?? [],
    maxAge: number(values['max-age'], 'max-age', 300),
    errorMaxAge: number(values['error-max-age'], 'error-max-age', 10),
    timeout: number(values.timeout, 'timeout', 10) * 1000,
    maxBytes: number(values['max-bytes'], 'max-bytes', 5 * 1024 * 1024),
    maxFetches: number(values['max-fetches'], 'max-fetches', 8),
    acceptLanguage: values['accept-language'] ?? false,
  });
  const port = number(values.port ?? process.env.PORT, 'port', 8080);
  const host = values.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    service.once('error', reject);
    service.listen(port, host, resolve);
  });
  const address = service.address();
  const listening = typeof address === 'object' && address ? address.port : port;
  process.stderr.write(`portal-widgets serve: http://${host}:${listening}/embed/<element>?src=<url>  (health: /health)\n`);
  if (!(await rendersBodies())) process.stderr.write(`portal-widgets serve: ${NO_BODIES}\n`);
  return { port: listening, close: () => new Promise((resolve) => service.close(() => resolve())) };
}

// Serves the recorded WordPress site of test/fixtures/wordpress/ under
// `/wordpress/` of the test server (a web-test-runner / dev-server middleware):
// `/wordpress/wp-json/wp/v2/posts?_embed&per_page=5&page=2` answers what
// WordPress answered to `/wp-json/wp/v2/posts?_embed&per_page=5&page=2`, with
// its status and headers as recorded. Two things follow the server it is
// served from, as they would on the real site: the site's address in headers
// (`Link: <http://portal.example/…>; rel="next"`, `Location`) becomes this
// server's `/wordpress`, and the REST API's `Access-Control-Allow-Origin`,
// which WordPress copies from the request's `Origin`, copies it here too.
// Bodies are sent byte for byte. Anything not recorded answers 404.

import { readFile } from 'node:fs/promises';

const MOUNT = '/wordpress';
const FIXTURES = new URL('../../test/fixtures/wordpress/', import.meta.url);
/** Hop-by-hop and per-response headers: the test server writes its own. */
const NOT_REPLAYED = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'date']);

let recording;
const recorded = () => (recording ??= readFile(new URL('exchanges.json', FIXTURES), 'utf8').then(JSON.parse));

export async function recordedWordPress(context, next) {
  if (context.path !== MOUNT && !context.path.startsWith(`${MOUNT}/`)) return next();
  const { site, embeddingPage, exchanges } = await recorded();
  const path = context.path.slice(MOUNT.length) + (context.querystring ? `?${context.querystring}` : '');
  const exchange = exchanges.find(({ request }) => request.path === path);
  if (!exchange) {
    context.status = 404;
    return undefined;
  }
  const { status, headers, body } = exchange.response;
  context.body = body ? await readFile(new URL(body, FIXTURES)) : '';
  context.status = status;
  const here = `${context.origin}${MOUNT}`;
  // Only what WordPress sent: not the test server's own `Access-Control-Allow-Origin: *`.
  context.remove('Access-Control-Allow-Origin');
  const written = new Set();
  for (const [name, recordedValue] of headers) {
    const key = name.toLowerCase();
    const value =
      key === 'access-control-allow-origin' && recordedValue === embeddingPage ? context.get('Origin') : recordedValue;
    if (NOT_REPLAYED.has(key) || !value) continue;
    if (written.has(key)) context.append(name, value.replaceAll(site, here));
    else context.set(name, value.replaceAll(site, here));
    written.add(key);
  }
  return undefined;
}

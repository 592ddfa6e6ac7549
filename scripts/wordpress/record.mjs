// Records the requests the widgets make to a WordPress site, with WordPress's
// own response headers, and checks which feed URLs a page on another origin
// may read. Run by record.sh against the site it sets up:
//
//   node scripts/wordpress/record.mjs --origin http://127.0.0.1:8181 \
//     --rules-origin http://127.0.0.1:8182 --mu-plugins DIR --out test/fixtures/wordpress
//
// `--origin` serves the site as WordPress ships; `--rules-origin` the same site
// behind docs/wordpress/feed-cors.apache.conf; `--file-rule-origin` behind
// `<FilesMatch "\.(rss|xml)$">`, a rule for feeds that are files. The site's own address is
// http://portal.example (sent as `Host`), so nothing recorded names this machine.

import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const SITE = 'http://portal.example';
/** The page that embeds the widgets, on another origin than the site. */
const EMBEDDING_PAGE = 'https://tinh.example';
const POSTS = '/wp-json/wp/v2/posts?_embed&per_page=5';
const ALL_POSTS = '/wp-json/wp/v2/posts?_embed&per_page=100';
const FEEDS = ['/feed/', '/?feed=rss2', '/feed/atom/'];
/** Feed URLs WordPress answers through index.php, for the CORS check. */
const FEED_SHAPES = [...FEEDS, '/?feed=atom', '/category/tin-tuc/feed/', '/?cat=2&feed=rss2', '/2026/11/feed/'];
const MU_PLUGIN = 'docs/wordpress/portal-widgets-feed-cors.php';

const { values: args } = parseArgs({
  options: {
    origin: { type: 'string' },
    'rules-origin': { type: 'string' },
    'file-rule-origin': { type: 'string' },
    'mu-plugins': { type: 'string' },
    out: { type: 'string' },
    wordpress: { type: 'string' },
  },
});

/** One GET as a browser on the embedding page sends it; the body as bytes, the headers as sent, in order. */
function get(origin, path) {
  const headers = { Host: new URL(SITE).host, Origin: EMBEDDING_PAGE, Accept: '*/*' };
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, origin), { headers }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => {
        const pairs = [];
        for (let i = 0; i < res.rawHeaders.length; i += 2) pairs.push([res.rawHeaders[i], res.rawHeaders[i + 1]]);
        resolve({ request: { path, headers }, status: res.statusCode, headers: pairs, body: Buffer.concat(chunks) });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

const header = (exchange, name) =>
  exchange.headers.filter(([key]) => key.toLowerCase() === name.toLowerCase()).map(([, value]) => value);

/** The URL a `Link` header names as `rel="next"`, made relative to the site. */
function nextOf(exchange) {
  for (const link of header(exchange, 'Link').flatMap((value) => value.split(/,(?=\s*<)/))) {
    const match = /^\s*<([^>]+)>\s*;\s*rel="?next"?/.exec(link);
    if (match) return match[1].startsWith(SITE) ? match[1].slice(SITE.length) : match[1];
  }
  return undefined;
}

function fail(message) {
  console.error(`record: ${message}`);
  process.exit(1);
}

async function recordExchanges() {
  const recorded = [];
  const save = async (name, exchange) => {
    const file = exchange.body.length ? name : undefined;
    if (file) await writeFile(join(args.out, file), exchange.body);
    recorded.push({ request: exchange.request, response: { status: exchange.status, headers: exchange.headers, body: file } });
    console.log(`${exchange.status} ${exchange.request.path} → ${file ?? '(no body)'}`);
  };

  const posts = [];
  let path = POSTS;
  for (let page = 1; path; page += 1) {
    const exchange = await get(args.origin, path);
    if (exchange.status !== 200) fail(`${path} answered ${exchange.status}`);
    await save(`posts-page-${page}.json`, exchange);
    posts.push(...JSON.parse(exchange.body.toString('utf8')));
    path = nextOf(exchange);
    if (page > 20) fail('more than 20 pages: is the Link header looping?');
  }
  // One post (for <article-card variant="full"> and <related-articles article-src>): the newest, and
  // the one with the editor's video; and every post at once (a pool for <related-articles feed-src>).
  const newest = posts[0];
  const withVideo = posts.find((post) => post.content.rendered.includes('youtube'));
  await save('post-newest.json', await get(args.origin, `/wp-json/wp/v2/posts/${newest.id}?_embed`));
  await save('post-video.json', await get(args.origin, `/wp-json/wp/v2/posts/${withVideo.id}?_embed`));
  await save('posts-all.json', await get(args.origin, ALL_POSTS));
  for (const feed of FEEDS) {
    const exchange = await get(args.origin, feed);
    const name = feed === '/feed/' ? 'feed-rss2.xml' : feed === '/feed/atom/' ? 'feed-atom.xml' : 'feed-query-rss2.xml';
    await save(name, exchange);
  }
  return recorded;
}

/** `Access-Control-Allow-Origin` of each feed URL shape: as WordPress ships, with the mu-plugin, behind the Apache rule. */
async function checkFeedCors() {
  const allowed = async (origin) => {
    const answers = {};
    for (const path of FEED_SHAPES) {
      const exchange = await get(origin, path);
      answers[path] = { status: exchange.status, allowOrigin: header(exchange, 'Access-Control-Allow-Origin')[0] ?? null };
    }
    return answers;
  };
  const shipped = await allowed(args.origin);
  const plugin = join(args['mu-plugins'], 'portal-widgets-feed-cors.php');
  await copyFile(MU_PLUGIN, plugin);
  const withPlugin = await allowed(args.origin);
  await rm(plugin);
  const withRule = await allowed(args['rules-origin']);
  const withFileRule = await allowed(args['file-rule-origin']);

  for (const path of FEED_SHAPES) {
    if (shipped[path].allowOrigin !== null) fail(`${path} already allows ${shipped[path].allowOrigin} without the plugin`);
    if (withPlugin[path].allowOrigin !== '*') fail(`${path} with the mu-plugin: no Access-Control-Allow-Origin: *`);
    if (withRule[path].allowOrigin !== '*') fail(`${path} behind the Apache rule: no Access-Control-Allow-Origin: *`);
    if (withFileRule[path].allowOrigin !== null) fail(`${path} matched <FilesMatch "\\.(rss|xml)$">`);
  }
  return FEED_SHAPES.map((path) => ({
    path,
    status: shipped[path].status,
    'as shipped': shipped[path].allowOrigin,
    'mu-plugin': withPlugin[path].allowOrigin,
    'apache rule': withRule[path].allowOrigin,
    'FilesMatch rss|xml': withFileRule[path].allowOrigin,
  }));
}

await mkdir(args.out, { recursive: true });
const exchanges = await recordExchanges();
const feedCors = await checkFeedCors();
const server = exchanges[0].response.headers.find(([name]) => name === 'Server')?.[1];
await writeFile(
  join(args.out, 'exchanges.json'),
  `${JSON.stringify({ wordpress: args.wordpress, server, site: SITE, embeddingPage: EMBEDDING_PAGE, exchanges, feedCors }, null, 2)}\n`,
);
console.table(feedCors);

// Pages for test/server/*.test.ts, served by web-test-runner (see its config):
// the seed article page's four blocks, built from server-rendered snapshots
// (`ssr`: with dist/ssr/portal-widgets.js; `ssr-plain`: with dist/portal-widgets.js,
// which has no hydration support; `nojs`: the same HTML, no script),
// or from bare tags (`client`: dist/portal-widgets.js renders them). Every
// page is sent with the README's strict policy, and the style hashes of
// `portal-widgets csp` unless `?hashes=0`.
import { SEED_ID } from '../../demo/data/portal-data.mjs';

let server;
const serverSide = () => (server ??= import('../../lib/server/index.js'));

/** The seed page's blocks: [tag, attributes]. */
const BLOCKS = [
  ['website-links', { src: '/api/links.json' }],
  ['article-card', { src: `/api/articles/${SEED_ID}.json`, 'heading-level': '1' }],
  ['news-list', { src: `/api/articles/${SEED_ID}/newer.json`, heading: 'Các tin mới hơn', limit: '5' }],
  ['related-articles', { 'article-src': `/api/articles/${SEED_ID}.json`, limit: '6' }],
  ['news-list', { src: '/api/feed.json', layout: 'cards', limit: '2' }],
  // A pattern only date-fns formats: the server loads it before rendering, the browser before showing it.
  ['news-list', { src: '/api/feed.json', limit: '3', 'date-format': 'EEEE, d MMMM yyyy', heading: 'Theo ngày' }],
];

/** The seed article alone, as the article page shows it (`&article=full`): its body is server-rendered too. */
const FULL_ARTICLE = [['article-card', { src: `/api/articles/${SEED_ID}.json`, variant: 'full', 'heading-level': '1' }]];

const escape = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

const bareTag = (tag, attributes) =>
  `<${tag}${Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escape(value)}"`)
    .join('')}></${tag}>`;

async function page(mode, origin, withHashes, full) {
  const { renderElement, styleHashes } = await serverSide();
  const blocks = await Promise.all(
    (full ? FULL_ARTICLE : BLOCKS).map(async ([tag, attributes]) =>
      mode === 'client' ? bareTag(tag, attributes) : (await renderElement(tag, attributes, { base: `${origin}/` })).html,
    ),
  );
  const scripts = {
    ssr: '<script src="/test/server/watch-rows.js"></script>\n<script type="module" src="/dist/ssr/portal-widgets.js"></script>',
    client: '<script type="module" src="/dist/portal-widgets.js"></script>',
    'ssr-plain':
      '<script src="/test/server/watch-rows.js"></script>\n<script type="module" src="/dist/portal-widgets.js"></script>',
    nojs: '',
  }[mode];
  const html = `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><title>Bài viết</title>
<script src="/test/server/watch-page.js"></script>
</head>
<body>
<main>
${blocks.map((block) => `<section>${block}</section>`).join('\n')}
</main>
${scripts}
${mode === 'nojs' ? '' : '<script type="module" src="/test/server/report-page.js"></script>'}
</body>
</html>
`;
  const hashes = withHashes ? ` ${styleHashes().join(' ')}` : '';
  const policy = `default-src 'self'; script-src 'self'; style-src 'self'${hashes}; img-src 'self' data:; connect-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html dompurify portal-widgets`;
  return { html, policy };
}

/** Koa middleware: `/test/server/page.html?mode=ssr|ssr-plain|client|nojs[&hashes=0][&article=full]`. */
export async function serverRenderedPages(context, next) {
  if (context.path !== '/test/server/page.html') return next();
  const mode = ['ssr', 'ssr-plain', 'client', 'nojs'].includes(context.query.mode) ? context.query.mode : 'ssr';
  const full = context.query.article === 'full';
  const { html, policy } = await page(mode, context.origin, context.query.hashes !== '0', full);
  context.set('Content-Security-Policy', policy);
  context.set('Cache-Control', 'no-store');
  context.type = 'text/html';
  context.body = html;
  return undefined;
}

let handler;

/**
 * Koa middleware: the render service (`portal-widgets serve`) at /embed/, as
 * `npm start` mounts it, allowed to fetch from this server only (the demo API).
 */
export async function renderService(context, next) {
  if (!context.path.startsWith('/embed/')) return next();
  const { renderHandler } = await serverSide();
  handler ??= renderHandler({ allowOrigins: [context.origin], log: () => undefined });
  context.respond = false;
  handler(context.req, context.res);
  return undefined;
}

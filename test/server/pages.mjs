// Pages for test/server/*.test.ts, served by web-test-runner (see its config):
// the seed article page's four blocks, built from server-rendered snapshots
// (`ssr`: with dist/ssr/portal-widgets.js; `ssr-plain`: with dist/portal-widgets.js,
// which has no hydration support; `nojs`: the same HTML, no script),
// or from bare tags (`client`: dist/portal-widgets.js renders them). Every
// page is sent with the README's strict policy, and the style hashes of
// `portal-widgets csp` unless `?hashes=0`.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { SEED_ID } from '../../demo/data/portal-data.mjs';

let server;
const serverSide = () => (server ??= import('../../lib/server/index.js'));

const run = promisify(execFile);
const withoutJsdom = fileURLToPath(new URL('./render-without-jsdom.mjs', import.meta.url));

/** The HTML of one element as lib/server renders it where the optional peer jsdom is not installed (in a process of its own). */
async function renderedWithoutJsdom(tag, attributes, options) {
  const { stdout } = await run(process.execPath, [withoutJsdom, JSON.stringify([tag, attributes, options])], { timeout: 30_000 });
  return stdout;
}

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

/**
 * A full article whose body holds embeds from another origin (the page's
 * host named the other way: localhost and 127.0.0.1), listed in
 * `embed-origins` and the policy's `frame-src` (`&article=embed`).
 */
const EMBED_ARTICLE = '/test/server/embed-article.json';
const otherOrigin = (origin) =>
  origin.includes('//localhost') ? origin.replace('//localhost', '//127.0.0.1') : origin.replace('//127.0.0.1', '//localhost');
const embedArticle = (origin) => [
  ['article-card', { src: EMBED_ARTICLE, variant: 'full', 'heading-level': '1', 'embed-origins': otherOrigin(origin) }],
];

/** The feed of that article: a 16 / 9 player, a 4 / 3 one and one without a size, between paragraphs. */
function embedFeed(origin) {
  const player = `${otherOrigin(origin)}/test/server/embed-player.html`;
  const content = [
    '<p>Đoạn mở đầu, trước video.</p>',
    `<p><iframe width="560" height="315" src="${player}?v=1" title="Video một"></iframe></p>`,
    '<p>Đoạn giữa bài.</p>',
    `<iframe width="640" height="480" src="${player}?v=2" title="Video hai"></iframe>`,
    `<iframe src="${player}?map" width="100%"></iframe>`,
    '<p>Đoạn cuối của bài.</p>',
  ].join('');
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Tin',
    items: [{ id: 'video', title: 'Bài có video', url: `${origin}/tin/video.html`, content_html: content }],
  };
}

/**
 * A full article whose body has headings, paragraphs, a list and links, rendered
 * by a server without jsdom (`&article=text`): the body is its text alone, which
 * the browser replaces with the sanitised body when it takes the element over.
 */
const TEXT_ARTICLE = '/test/server/text-article.json';
const TEXT_CARD = [['article-card', { src: TEXT_ARTICLE, variant: 'full', 'heading-level': '1' }]];

/** The feed of that article. */
const textFeed = (origin) => ({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Tin',
  items: [
    {
      id: 'ke-hoach',
      title: 'Triển khai kế hoạch phát triển kinh tế - xã hội năm 2027',
      url: `${origin}/tin/ke-hoach.html`,
      summary: 'Ủy ban nhân dân tỉnh giao nhiệm vụ cho các sở, ngành và địa phương.',
      date_published: '2026-12-02T08:00:00+07:00',
      content_html: [
        '<p>Sáng 2/12, Ủy ban nhân dân tỉnh tổ chức hội nghị <a href="https://tin.example/hoi-nghi.html">triển khai kế hoạch năm 2027</a> với các sở, ngành.</p>',
        '<h2>Ba nhiệm vụ trọng tâm</h2>',
        '<p>Hội nghị thống nhất ba nhiệm vụ trong năm tới:</p>',
        '<ul><li>chuyển đổi số trong cải cách hành chính;</li><li>hạ tầng giao thông;</li><li>y tế cơ sở.</li></ul>',
        '<h3>Chuyển đổi số</h3>',
        '<p>Xem <a href="/van-ban/ke-hoach-12.html">Kế hoạch số 12/KH-UBND</a> và <a href="https://dichvucong.example/">Cổng dịch vụ công</a>.</p>',
        '<h2>Tổ chức thực hiện</h2>',
        '<p>Các sở, ngành báo cáo kết quả thực hiện trước ngày 15/12 hằng năm.</p>',
      ].join(''),
    },
  ],
});

const escape = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

const bareTag = (tag, attributes) =>
  `<${tag}${Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escape(value)}"`)
    .join('')}></${tag}>`;

async function page(mode, origin, withHashes, article, lang) {
  const { renderElement, styleHashes } = await serverSide();
  const shown = { full: FULL_ARTICLE, embed: embedArticle(origin), text: TEXT_CARD }[article] ?? BLOCKS;
  const render = async (tag, attributes) => {
    const options = { base: `${origin}/`, lang: lang.server };
    if (mode === 'client') return bareTag(tag, attributes);
    if (article === 'text') return renderedWithoutJsdom(tag, attributes, options);
    return (await renderElement(tag, attributes, options)).html;
  };
  const blocks = await Promise.all(shown.map(([tag, attributes]) => render(tag, attributes)));
  const scripts = {
    ssr: '<script src="/test/server/watch-rows.js"></script>\n<script type="module" src="/dist/ssr/portal-widgets.js"></script>',
    client: '<script type="module" src="/dist/portal-widgets.js"></script>',
    'ssr-plain':
      '<script src="/test/server/watch-rows.js"></script>\n<script type="module" src="/dist/portal-widgets.js"></script>',
    nojs: '',
  }[mode];
  const html = `<!doctype html>
<html lang="${lang.page}">
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
  const frames = article === 'embed' ? `; frame-src ${otherOrigin(origin)}` : '';
  const policy = `default-src 'self'; script-src 'self'; style-src 'self'${hashes}; img-src 'self' data:; connect-src 'self'${frames}; require-trusted-types-for 'script'; trusted-types lit-html dompurify portal-widgets`;
  return { html, policy };
}

/**
 * Koa middleware: `/test/server/page.html?mode=ssr|ssr-plain|client|nojs[&hashes=0][&article=full|embed|text]`,
 * `[&page-lang=en]` (the page's `<html lang>`, else `vi`) `[&server-lang=en]` (the language the server is told
 * the page has), and the feeds of the embeds' article and of the article rendered without jsdom.
 */
export async function serverRenderedPages(context, next) {
  const feeds = { [EMBED_ARTICLE]: embedFeed, [TEXT_ARTICLE]: textFeed };
  if (Object.hasOwn(feeds, context.path)) {
    context.type = 'application/feed+json';
    context.body = JSON.stringify(feeds[context.path](context.origin));
    return undefined;
  }
  if (context.path !== '/test/server/page.html') return next();
  const mode = ['ssr', 'ssr-plain', 'client', 'nojs'].includes(context.query.mode) ? context.query.mode : 'ssr';
  const lang = { page: context.query['page-lang'] === 'en' ? 'en' : 'vi', server: context.query['server-lang'] };
  const { html, policy } = await page(mode, context.origin, context.query.hashes !== '0', context.query.article, lang);
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

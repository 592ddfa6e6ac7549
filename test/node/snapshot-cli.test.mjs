// `portal-widgets snapshot` (bin/portal-widgets.mjs) against documents served
// on 127.0.0.1: the demo API, real captures and a hostile feed. The element is
// rendered on the server: its declarative shadow root holds what it shows.
// Needs `npm run build` (the command reads lib/).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { handleApi } from '../../demo/api.mjs';

const run = promisify(execFile);
const bin = fileURLToPath(new URL('../../bin/portal-widgets.mjs', import.meta.url));
const real = new URL('../fixtures/real/', import.meta.url);

const HOSTILE = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Hostile',
  items: [
    {
      id: '1',
      title: '<img src=x onerror=alert(1)> "quoted" & <script>alert(2)</script>',
      url: 'https://portal.example/a?x=1&y="2"',
      date_published: '2026-11-29T18:30:00Z',
    },
    { id: '2', title: 'Bad link', url: 'javascript:alert(3)', date_published: '2026-11-30T01:00:00Z' },
  ],
};

let server;
let origin;

before(async () => {
  server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (url.pathname.startsWith('/api/')) return handleApi(req, res, url);
    if (url.pathname === '/hostile.json') {
      res.writeHead(200, { 'Content-Type': 'application/feed+json' });
      return res.end(JSON.stringify(HOSTILE));
    }
    const name = /^\/real\/([\w.-]+)$/.exec(url.pathname)?.[1];
    try {
      if (!name) throw new Error('not found');
      const body = await readFile(new URL(name, real));
      res.writeHead(200);
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end('Not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
});

after(() => server.close());

const snapshot = (...args) => run(process.execPath, [bin, 'snapshot', ...args]);

/** The HTML without Lit's hydration markers. */
const plain = (html) => html.replace(/<!--[^]*?-->|<\?>/g, '');
/** What the declarative shadow root of the first element holds. */
const shadow = (html) => plain(html).match(/<template shadowroot="open" shadowrootmode="open">([^]*?)<\/template>/)[1];
/** The rows of a list: [href, title, datetime, shown date]. */
const rows = (html) =>
  [
    ...shadow(html).matchAll(
      /<li part="item">\s*(?:<a part="link" href="([^"]*)">([^<]*)<\/a>|<span part="link">([^<]*)<\/span>)\s*(?:<span class="date">\((?:<time part="date" datetime="([^"]*)">([^<]*)<\/time>)\)<\/span>)?/g,
    ),
  ].map(([, href, title, text, datetime, date]) => [href ?? null, title ?? text, datetime, date]);

describe('portal-widgets snapshot', () => {
  it("renders a JSON Feed into the element's declarative shadow root, after the script, with its state beside it", async () => {
    const { stdout } = await snapshot('news-list', `${origin}/api/feed.json`, 'limit=3', '--script', 'https://cdn.example/pw.js');
    assert.match(stdout, /^<script type="module" src="https:\/\/cdn\.example\/pw\.js"><\/script>\n/);
    assert.match(
      plain(stdout),
      new RegExp(`<news-list\\s+src="${origin}/api/feed\\.json" limit="3" layout="list"><template shadowroot`),
    );
    assert.match(shadow(stdout), /<h2 class="heading" part="heading">Tin mới nhất<\/h2>/);
    assert.equal(rows(stdout).length, 3);
    for (const [href, title, datetime, date] of rows(stdout)) {
      assert.match(href, /^http:\/\/127\.0\.0\.1:\d+\//);
      assert.ok(title.length > 10);
      assert.ok(Date.parse(datetime));
      assert.match(date, /^\d\d\/\d\d\/\d{4}$/);
    }
    const state = JSON.parse(plain(stdout).match(/<script type="application\/json" data-portal-state>([^<]*)<\/script>/)[1]);
    assert.equal(state.url, `${origin}/api/feed.json`);
    assert.equal(state.source, JSON.stringify([`${origin}/api/feed.json`]));
    assert.ok(state.value.items.length >= 3);
  });

  it('reads WordPress posts, with the heading and language asked for', async () => {
    const { stdout } = await snapshot(
      'news-list',
      `${origin}/api/wp/v2/posts?_embed`,
      'limit=2',
      'lang=en',
      'heading=News & events',
    );
    assert.match(shadow(stdout), /<h2 class="heading" part="heading">News &amp; events<\/h2>/);
    assert.equal(rows(stdout).length, 2);
    assert.match(shadow(stdout), /Continue/);
  });

  it('reads a real RSS capture in its zone, relative to the public URL when given a local copy', async () => {
    const served = await snapshot('news-list', `${origin}/real/rss-baochinhphu.xml`, 'limit=2');
    assert.deepEqual(rows(served.stdout), [
      [
        'https://baochinhphu.vn/co-che-chinh-sach-xac-dinh-gia-san-pham-in-duc-tien-102260905122709839.htm',
        'Cơ chế, chính sách xác định giá sản phẩm in, đúc tiền',
        '2026-09-05T06:30:00.000Z',
        '05/09/2026',
      ],
      [
        'https://baochinhphu.vn/dien-bien-phai-dua-ra-nhung-bai-toan-cu-the-de-co-loi-giai-ve-phat-trien-kinh-te-102260905123138618.htm',
        'Điện Biên phải đưa ra những bài toán cụ thể để có lời giải về phát triển kinh tế',
        '2026-09-05T05:34:00.000Z',
        '05/09/2026',
      ],
    ]);
    // Atom with relative links (namespaces, CDATA, xml:base): read from disk, resolved against src=.
    const local = await snapshot(
      'news-list',
      fileURLToPath(new URL('atom-qemu.xml', real)),
      'src=https://www.qemu.org/feed.xml',
      'limit=1',
      'time-zone=UTC',
    );
    assert.match(plain(local.stdout), /<news-list\s+src="https:\/\/www\.qemu\.org\/feed\.xml" time-zone="UTC" limit="1"/);
    assert.deepEqual(rows(local.stdout), [
      ['https://www.qemu.org/2025/08/26/qemu-10-1-0/', 'QEMU version 10.1.0 released', '2025-08-26T23:25:00.000Z', '26/08/2025'],
    ]);
  });

  it('renders each of the four elements with a declarative shadow root', async () => {
    const links = await snapshot('website-links', `${origin}/api/links.json`);
    assert.match(
      shadow(links.stdout),
      /<select id="portal-links-\d+" part="select">\s*<option value="">-- Chọn liên kết --<\/option>\s*<optgroup label="[^"]+"><option value="https:\/\/[^"]+">/,
    );

    const card = await snapshot('article-card', `${origin}/api/articles/6302.json`, 'heading-level=3');
    assert.match(
      shadow(card.stdout),
      /<h3 class="title" part="heading title"><a\s+part="link"\s+href="[^"]+"\s*>[^<]+<\/a\s*><\/h3>/,
    );
    assert.match(shadow(card.stdout), /<time part="date" datetime="[^"]+">\d\d\/\d\d\/\d{4}<\/time>/);

    const full = await snapshot('article-card', `${origin}/api/articles/6241.json`, 'variant=full');
    assert.match(
      shadow(full.stdout),
      /<p class="updated">Cập nhật: <time part="date" datetime="2020-10-29T00:57:30.000Z">29\/10\/2020 07:57<\/time><\/p>/,
    );
    assert.match(shadow(full.stdout), /Quay lại<\/a/);

    const related = await snapshot(
      'related-articles',
      `${origin}/api/articles/6241.json`,
      `article-src=${origin}/api/articles/6241.json`,
    );
    assert.match(shadow(related.stdout), /Các bài liên quan/);
    assert.ok(rows(related.stdout).length >= 3);
  });

  it('escapes hostile titles and drops unsafe links, in the shadow root and in the state', async () => {
    const { stdout } = await snapshot('news-list', `${origin}/hostile.json`, 'heading=<b>x</b>');
    assert.doesNotMatch(stdout, /<img|<script>alert|<b>x|javascript:/);
    // Two scripts end: the module's and the state's, which ends the element.
    assert.equal(stdout.match(/<\/script/g).length, 2);
    assert.match(stdout, /<\/script><\/news-list>\n$/);
    assert.deepEqual(rows(stdout), [
      [
        'https://portal.example/a?x=1&amp;y=%222%22',
        '&lt;img src=x onerror=alert(1)&gt; &quot;quoted&quot; &amp; &lt;script&gt;alert(2)&lt;/script&gt;',
        '2026-11-29T18:30:00.000Z',
        '30/11/2026',
      ],
      [null, 'Bad link', '2026-11-30T01:00:00.000Z', '30/11/2026'],
    ]);
    assert.match(shadow(stdout), /<h2 class="heading" part="heading">&lt;b&gt;x&lt;\/b&gt;<\/h2>/);
    // The state's JSON cannot end its script: every "<" in it is \u003c.
    const script = stdout.match(/<script type="application\/json" data-portal-state>([^]*?)<\/script>/)[1];
    assert.doesNotMatch(script, /</);
    assert.match(script, /\\u003cscript>alert\(2\)\\u003c\/script>/);
  });

  it('fails with a clear message on an unknown element, an unreachable or bad URL, or a document of the wrong kind', async () => {
    const cases = [
      [['news-feed', `${origin}/api/feed.json`], /Unknown element <news-feed>: expected one of news-list/],
      [['news-list', `${origin}/api/missing.json`], /The server answered 404/],
      [['news-list', 'javascript:alert(1)'], /only http, https and file URLs can be read/],
      [['news-list', `${origin}/real/no-such-file.xml`], /The server answered 404/],
      [['website-links', `${origin}/api/feed.json`], /links: expected a links document/],
      [['news-list'], /snapshot needs an element and a src/],
    ];
    for (const [args, message] of cases) {
      await assert.rejects(snapshot(...args), (error) => {
        assert.equal(error.code, 1, args.join(' '));
        assert.equal(error.stdout, '');
        assert.match(error.stderr, /^portal-widgets: /);
        assert.match(error.stderr, message);
        return true;
      });
    }
  });

  it('prints the style-src sources of the rendered styles', async () => {
    const { stdout } = await run(process.execPath, [bin, 'csp']);
    assert.match(stdout, /^style-src 'self'( 'sha256-[\w+/]+=*'){4,5}\n$/);
  });
});

// `portal-widgets snapshot` (bin/portal-widgets.mjs) against documents served
// on 127.0.0.1: the demo API, real captures and a hostile feed. Needs
// `npm run build` (the command reads lib/).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { handleApi } from '../../demo/api.mjs';
import { RESERVATION_CSS } from '../../lib/snapshot/snapshot.js';

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

/** The `<li>` rows of a snippet. */
const rows = (html) => [...html.matchAll(/<li>(.*?)<\/li>/g)].map(([, row]) => row);

describe('portal-widgets snapshot', () => {
  it('writes a JSON Feed as links with dates in Vietnam time, after the reservation CSS and the script', async () => {
    const { stdout } = await snapshot('news-list', `${origin}/api/feed.json`, 'limit=3', '--script', 'https://cdn.example/pw.js');
    assert.match(
      stdout,
      /^<style>\nnews-list:not\(:defined\) \{ display: flow-root; \}\nnews-list:not\(:defined\) \{ min-height: 31\.5em; \}/,
    );
    assert.match(stdout, /<script type="module" src="https:\/\/cdn\.example\/pw\.js"><\/script>/);
    assert.match(stdout, new RegExp(`<news-list src="${origin}/api/feed\\.json" limit="3">\\n  <h2>Tin mới nhất</h2>`));
    assert.equal(rows(stdout).length, 3);
    for (const row of rows(stdout)) {
      assert.match(
        row,
        /^<a href="http:\/\/127\.0\.0\.1:\d+\/[^"]+">[^<]+<\/a> \(<time datetime="[^"]+">\d\d\/\d\d\/\d{4}<\/time>\)$/,
      );
    }
  });

  it('reads WordPress posts, with the heading and language asked for', async () => {
    const { stdout } = await snapshot(
      'news-list',
      `${origin}/api/wp/v2/posts?_embed`,
      'limit=2',
      'lang=en',
      'heading=News & events',
    );
    assert.match(stdout, /<h2>News &amp; events<\/h2>/);
    assert.equal(rows(stdout).length, 2);
    assert.match(rows(stdout)[0], /^<a href="[^"]+">[^<]+<\/a> \(<time/);
  });

  it('reads a real RSS capture in its zone, relative to the public URL when given a local copy', async () => {
    const served = await snapshot('news-list', `${origin}/real/rss-baochinhphu.xml`, 'limit=2');
    assert.deepEqual(rows(served.stdout), [
      '<a href="https://baochinhphu.vn/co-che-chinh-sach-xac-dinh-gia-san-pham-in-duc-tien-102260905122709839.htm">Cơ chế, chính sách xác định giá sản phẩm in, đúc tiền</a> (<time datetime="2026-09-05T06:30:00.000Z">05/09/2026</time>)',
      '<a href="https://baochinhphu.vn/dien-bien-phai-dua-ra-nhung-bai-toan-cu-the-de-co-loi-giai-ve-phat-trien-kinh-te-102260905123138618.htm">Điện Biên phải đưa ra những bài toán cụ thể để có lời giải về phát triển kinh tế</a> (<time datetime="2026-09-05T05:34:00.000Z">05/09/2026</time>)',
    ]);
    // Atom with relative links (namespaces, CDATA, xml:base): read from disk, resolved against src=.
    const local = await snapshot(
      'news-list',
      fileURLToPath(new URL('atom-qemu.xml', real)),
      'src=https://www.qemu.org/feed.xml',
      'limit=1',
      'time-zone=UTC',
    );
    assert.match(local.stdout, /<news-list src="https:\/\/www\.qemu\.org\/feed\.xml" limit="1" time-zone="UTC">/);
    assert.deepEqual(rows(local.stdout), [
      '<a href="https://www.qemu.org/2025/08/26/qemu-10-1-0/">QEMU version 10.1.0 released</a> (<time datetime="2025-08-26T23:25:00.000Z">26/08/2025</time>)',
    ]);
  });

  it('writes a links document as a list of links, and a card as its title link', async () => {
    const links = await snapshot('website-links', `${origin}/api/links.json`, 'variant=list', 'limit=4');
    assert.match(links.stdout, /<h2>Liên kết website<\/h2>/);
    assert.equal(rows(links.stdout).length, 4);
    for (const row of rows(links.stdout)) assert.match(row, /^<a href="https?:\/\/[^"]+">[^<]+<\/a>$/);

    const card = await snapshot('article-card', `${origin}/api/articles/6302.json`, 'heading-level=3');
    assert.match(
      card.stdout,
      /<article-card src="[^"]+" heading-level="3">\n {2}<h3><a href="[^"]+">[^<]+<\/a><\/h3>\n {2}<p><time datetime="[^"]+">\d\d\/\d\d\/\d{4}<\/time><\/p>/,
    );
    assert.match(card.stdout, /^article-card:not\(:defined\) \{ min-height: 26em; \}/m);
  });

  it('escapes hostile titles and drops unsafe links', async () => {
    const { stdout } = await snapshot('news-list', `${origin}/hostile.json`, 'heading=<b>x</b>');
    assert.doesNotMatch(stdout, /<img|<script>alert|<b>x|javascript:/);
    assert.deepEqual(rows(stdout), [
      '<a href="https://portal.example/a?x=1&amp;y=%222%22">&lt;img src=x onerror=alert(1)&gt; &quot;quoted&quot; &amp; &lt;script&gt;alert(2)&lt;/script&gt;</a> (<time datetime="2026-11-29T18:30:00.000Z">30/11/2026</time>)',
      'Bad link (<time datetime="2026-11-30T01:00:00.000Z">30/11/2026</time>)',
    ]);
    assert.match(stdout, /<h2>&lt;b&gt;x&lt;\/b&gt;<\/h2>/);
  });

  it('fails with a clear message on an unknown element, an unreachable or bad URL, or a document of the wrong kind', async () => {
    const cases = [
      [['news-feed', `${origin}/api/feed.json`], /Unknown element <news-feed>: expected one of news-list/],
      [['news-list', `${origin}/api/missing.json`], /The server answered 404/],
      [['news-list', 'javascript:alert(1)'], /only http, https and file URLs can be read/],
      [['news-list', `${origin}/real/no-such-file.xml`], /The server answered 404/],
      [['website-links', `${origin}/api/feed.json`], /website-links: expected a links document/],
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

  it('uses the README\'s "Avoid layout shift" rules word for word', async () => {
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    assert.equal(readme.match(/```css\n(\/\* Heights for a column[^]*?)```/)[1], RESERVATION_CSS);
  });
});

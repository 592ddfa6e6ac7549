// The language of a server-rendered element (lib/server): the tag's own
// `lang`, else the language of the page it goes in, told to the renderer
// (the Node API's `lang`, `snapshot --lang`, `serve --accept-language`), else
// `vi`. The page's language never becomes the tag's `lang`: in the browser the
// element still follows its page (test/server/server-rendered.test.ts).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createService, renderElement } from '../../lib/server/index.js';

const FEED = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Tin',
  items: [{ id: '1', title: 'Bài số 1', url: 'https://tin.example/1', date_published: '2026-11-20T08:00:00+07:00' }],
};
const SRC = 'https://tin.example/feed.json';
const feedFetch = async () => new Response(JSON.stringify(FEED), { headers: { 'Content-Type': 'application/feed+json' } });

/** The open tag, the heading the shadow root shows, and the language its state says it was rendered in. */
function read(html) {
  const plain = html.replace(/<!--[^]*?-->/g, '');
  return {
    tag: plain.match(/^<news-list[^>]*>/m)[0],
    heading: plain.match(/<h2 class="heading" part="heading">([^<]*)<\/h2>/)[1],
    lang: JSON.parse(plain.match(/<script type="application\/json" data-portal-state>([^<]*)<\/script>/)[1]).lang,
  };
}

describe('server rendering: the language', () => {
  it("renders vi by default, the page's language when told (without writing it on the tag), the tag's own over both", async () => {
    const render = async (attributes, options) =>
      read((await renderElement('news-list', { src: SRC, ...attributes }, { fetch: feedFetch, ...options })).html);
    assert.deepEqual(await render({}, {}), {
      tag: `<news-list src="${SRC}" layout="list">`,
      heading: 'Tin mới nhất',
      lang: 'vi',
    });
    assert.deepEqual(await render({}, { lang: 'en-GB' }), {
      tag: `<news-list src="${SRC}" layout="list">`,
      heading: 'Latest news',
      lang: 'en',
    });
    assert.deepEqual(await render({ lang: 'vi' }, { lang: 'en' }), {
      tag: `<news-list src="${SRC}" lang="vi" layout="list">`,
      heading: 'Tin mới nhất',
      lang: 'vi',
    });
  });

  describe('portal-widgets serve', () => {
    let source;
    let src;
    before(async () => {
      const { createServer } = await import('node:http');
      source = createServer((req, res) => {
        res.writeHead(200, { 'Content-Type': 'application/feed+json' });
        res.end(JSON.stringify(FEED));
      });
      await new Promise((resolve) => source.listen(0, '127.0.0.1', resolve));
      src = encodeURIComponent(`http://127.0.0.1:${source.address().port}/feed.json`);
    });
    after(() => source.close());

    async function ask(options, query, acceptLanguage) {
      const service = createService({
        allowOrigins: [decodeURIComponent(src).replace(/\/feed\.json$/, '')],
        log: () => {},
        ...options,
      });
      await new Promise((resolve) => service.listen(0, '127.0.0.1', resolve));
      try {
        const response = await fetch(`http://127.0.0.1:${service.address().port}/embed/news-list?src=${src}${query}`, {
          headers: { 'Accept-Language': acceptLanguage },
        });
        return { ...read(await response.text()), vary: response.headers.get('vary'), etag: response.headers.get('etag') };
      } finally {
        await new Promise((resolve) => service.close(resolve));
      }
    }

    it('takes the page language from Accept-Language only when told to, and the lang of the query over it', async () => {
      const header = 'fr-CH, fr;q=0.9, en-US;q=0.8, vi;q=0.7';
      const off = await ask({}, '', header);
      assert.deepEqual([off.heading, off.lang, off.vary], ['Tin mới nhất', 'vi', 'Accept-Encoding']);
      const on = await ask({ acceptLanguage: true }, '', header);
      assert.deepEqual([on.heading, on.lang, on.vary], ['Latest news', 'en', 'Accept-Encoding, Accept-Language']);
      assert.doesNotMatch(on.tag, /\slang=/);
      // Another language is another fragment for a cache.
      assert.notEqual(on.etag, off.etag);
      const vietnamese = await ask({ acceptLanguage: true }, '', 'vi-VN, en;q=0.5');
      assert.equal(vietnamese.heading, 'Tin mới nhất');
      const none = await ask({ acceptLanguage: true }, '', 'de, fr;q=0.5, en;q=0');
      assert.equal(none.lang, 'vi');
      const query = await ask({ acceptLanguage: true }, '&lang=vi', header);
      assert.deepEqual([query.heading, query.lang], ['Tin mới nhất', 'vi']);
      assert.match(query.tag, /\slang="vi"/);
    });
  });

  it('portal-widgets snapshot --lang renders in the language of the page it goes in', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'portal-widgets-lang-'));
    try {
      const file = join(folder, 'feed.json');
      await writeFile(file, JSON.stringify(FEED));
      const bin = fileURLToPath(new URL('../../bin/portal-widgets.mjs', import.meta.url));
      const run = (...args) => promisify(execFile)(process.execPath, [bin, 'snapshot', 'news-list', file, `src=${SRC}`, ...args]);
      const english = read((await run('--lang', 'en')).stdout.replace(/^<script[^\n]*\n/, ''));
      assert.deepEqual(english, { tag: `<news-list src="${SRC}" layout="list">`, heading: 'Latest news', lang: 'en' });
      const own = read((await run('lang=vi', '--lang', 'en')).stdout.replace(/^<script[^\n]*\n/, ''));
      assert.deepEqual([own.heading, own.lang], ['Tin mới nhất', 'vi']);
    } finally {
      await rm(folder, { recursive: true });
    }
  });
});

import { expect } from '@open-wc/testing';
import { syntaxOf } from '../../src/data/detect.js';
import type { PortalDocument } from '../../src/data/model.js';
import { realFixture } from '../helpers/errors.js';
import { portalRejection, readText } from '../helpers/read.js';

const fixture = realFixture;

const feedOf = (doc: PortalDocument) => {
  expect(doc.kind).to.equal('feed');
  return (doc as Extract<PortalDocument, { kind: 'feed' }>).feed;
};

// Deliberately misleading URLs: detection reads the content, never the name.
const REAL: [string, string, number, string][] = [
  ['rss-baochinhphu.xml', 'https://baochinhphu.vn/kinh-te.json', 50, 'Cơ chế, chính sách xác định giá sản phẩm in, đúc tiền'],
  [
    'rss-nguoiquansat.xml',
    'https://nguoiquansat.vn/rss/chung-khoan',
    40,
    'Doanh nghiệp cấp nước cho hơn 32 triệu dân tại TP. HCM, Đồng Nai... sắp hoàn thành nhà máy hơn 1.000 tỷ đồng, biến 500 tấn rác mỗi ngày thành điện',
  ],
  [
    'rss-vietnambiz.xml',
    'https://vietnambiz.vn/chung-khoan.rss',
    30,
    'TCH và hai mã họ FPT tăng mạnh nhất danh mục PYN Elite trong tháng 8',
  ],
  ['atom-qemu.xml', 'https://www.qemu.org/feed.xml', 10, 'QEMU version 10.1.0 released'],
  ['jsonfeed-3960-journal.json', 'https://journal.3960.org/feed.xml', 20, 'Lecker, lecker'],
  ['jsonfeed-pxlnv.json', 'https://pxlnv.com/feed/json/', 20, 'Uber Lost $4.5 Billion in 2017'],
  [
    'jsonfeed-inessential.json',
    'http://inessential.com/feed.json',
    20,
    'James Dempsey and the Breakpoints Benefit App Camp for Girls',
  ],
  ['wp-posts-demo-worona-embed.json', 'https://demo.worona.org/wp-json/wp/v2/posts?_embed', 5, 'Machu Picchu'],
  ['wp-posts-unitingnc.json', 'https://www.unitingnc.org/wp-json/wp/v2/posts/index.html', 10, 'An App for the Ministry'],
  [
    'wp-posts-kcua-musicology.json',
    'https://kcua-musicology.github.io/wp-json/wp/v2/posts',
    1,
    '音楽学専攻Webサイトへようこそ！',
  ],
];

describe('readDocument', () => {
  for (const [name, url, count, title] of REAL) {
    it(`recognises ${name} by its content`, async () => {
      const feed = feedOf(await readText(await fixture(name), url));
      expect(feed.items).to.have.length(count);
      expect(feed.items[0].title).to.equal(title);
      expect(feed.items[0].baseUrl).to.not.equal(undefined);
    });
  }

  it('reads zone-less dates in Asia/Ho_Chi_Minh unless told otherwise', async () => {
    const text = await fixture('rss-baochinhphu.xml');
    expect(feedOf(await readText(text, 'https://baochinhphu.vn/kinh-te.rss')).items[0].datePublished).to.equal(
      '2026-09-05T06:30:00.000Z',
    );
    expect(
      feedOf(await readText(text, 'https://baochinhphu.vn/kinh-te.rss', { timeZone: 'UTC' })).items[0].datePublished,
    ).to.equal('2026-09-05T13:30:00.000Z');
  });

  it('strips a byte order mark and surrounding white space', async () => {
    const doc = await readText(
      '\uFEFF \n{"version":"https://jsonfeed.org/version/1.1","items":[]}\n',
      'https://a.example/feed.json',
    );
    expect(feedOf(doc).items).to.deep.equal([]);
    const xml = await readText(
      '\uFEFF<?xml version="1.0"?><rss><channel><title>T</title></channel></rss>',
      'https://a.example/rss',
    );
    expect(feedOf(xml).title).to.equal('T');
  });

  it('recognises the links document, a single article, a single WordPress post', async () => {
    const links = await readText(
      '{"title":"Liên kết website","links":[{"name":"A","url":"/a"}]}',
      'https://a.example/api/links.json',
    );
    expect(links.kind).to.equal('links');
    expect(links.kind === 'links' && links.links.links[0].url).to.equal('https://a.example/a');

    const article = await readText(
      '{"id":"12345","title":"Tin","content_html":"<p>x</p>","_portal":{"back_url":"/"}}',
      'https://a.example/tin.json',
    );
    expect(article.kind).to.equal('article');
    expect(article.kind === 'article' && article.article.backUrl).to.equal('https://a.example/');

    const post = await readText(
      '{"id":1,"link":"https://a.example/p/","date":"2020-10-29T07:57:30","title":{"rendered":"P &#8211; 1"}}',
      'https://a.example/wp-json/wp/v2/posts/1',
    );
    expect(post.kind).to.equal('article');
    expect(post.kind === 'article' && [post.article.title, post.article.datePublished]).to.deep.equal([
      'P – 1',
      '2020-10-29T00:57:30.000Z',
    ]);
  });

  it('reads an empty feed or an empty WordPress list as no items, not an error', async () => {
    expect(
      feedOf(await readText('{"version":"https://jsonfeed.org/version/1.1","title":"x","items":[]}', 'https://a.example/')).items,
    ).to.deep.equal([]);
    expect(feedOf(await readText('[]', 'https://a.example/wp-json/wp/v2/posts')).items).to.deep.equal([]);
    expect(
      feedOf(await readText('<rss version="2.0"><channel><title>x</title></channel></rss>', 'https://a.example/')).items,
    ).to.deep.equal([]);
    expect(
      feedOf(await readText('<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>', 'https://a.example/')).items,
    ).to.deep.equal([]);
  });

  it('turns bodies that are not JSON or XML into parse errors', async () => {
    const url = 'https://a.example/feed';
    for (const [body, message] of [
      ['', 'The response is empty'],
      [' \n\uFEFF', 'The response is empty'],
      ['<!DOCTYPE html><html><head><title>404</title></head></html>', 'Expected a feed but got an HTML page'],
      ['<!-- cache --> <html lang="vi"><body>Trang chủ</body></html>', 'Expected a feed but got an HTML page'],
      [
        '<?xml version="1.0"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x"><html xmlns="http://www.w3.org/1999/xhtml"></html>',
        'Expected a feed but got an HTML page',
      ],
    ]) {
      const error = await portalRejection(() => readText(body, url));
      expect([error.kind, error.message, error.url], body).to.deep.equal(['parse', message, url]);
    }
    for (const body of ['{"items": [', 'Not Found', "{'single': 'quotes'}"]) {
      const error = await portalRejection(() => readText(body, url));
      expect(error.kind, body).to.equal('parse');
      expect(error.message, body).to.match(/^The response is not valid JSON: /);
    }
    expect((await portalRejection(() => readText('<rss><channel>', url))).kind).to.equal('parse');
  });

  it('turns documents that fit no format, or fit badly, into format errors naming the field', async () => {
    const url = 'https://a.example/feed.json';
    const unknown = 'The document is not a JSON Feed, WordPress posts list, RSS/Atom feed or links document';
    for (const [body, message] of [
      ['42', unknown],
      ['"a string"', unknown],
      ['null', unknown],
      ['{"hello":"world"}', unknown],
      ['[1, 2, 3]', unknown],
      ['{"version":"https://jsonfeed.org/version/1.1","items":{"0":{}}}', 'items: expected an array'],
      ['{"version":"https://jsonfeed.org/version/1.1"}', 'items: expected an array'],
      ['{"items":"none"}', 'items: expected an array'],
      ['{"links":"none"}', 'links: expected an array'],
      ['{"version":"https://jsonfeed.org/version/1","items":[{"id":"1","title":42}]}', 'items[0].title: expected a string'],
      ['<urlset><url/></urlset>', 'The document is not an RSS or Atom feed'],
    ]) {
      const error = await portalRejection(() => readText(body, url));
      expect([error.kind, error.message, error.url], body).to.deep.equal(['format', message, url]);
    }
  });

  it('keeps the good items of a feed with some bad ones, listing the problems', async () => {
    const items = [0, 1, 2, 3, 4, 5].map((n) => ({
      id: String(n),
      title: n === 3 ? 3 : `Tin ${n}`,
      url: n === 5 ? 5 : `https://a.example/${n}`,
    }));
    const feed = feedOf(
      await readText(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items }), 'https://a.example/feed.json'),
    );
    // Item 3 keeps its link and is titled by it; item 5 keeps its title.
    expect(feed.items.map((item) => item.title)).to.deep.equal([
      'Tin 0',
      'Tin 1',
      'Tin 2',
      'https://a.example/3',
      'Tin 4',
      'Tin 5',
    ]);
    expect(feed.problems).to.deep.equal(['items[3].title: expected a string', 'items[5].url: expected a string']);
  });

  it('reads the format it is told to, whatever the content looks like', async () => {
    const url = 'https://a.example/data.json';
    // An article-looking object read as WordPress.
    const wp = await readText('{"id":5,"title":{"rendered":"Bài &amp; viết"}}', url, { format: 'wordpress' });
    expect(wp.kind === 'article' && wp.article.title).to.equal('Bài & viết');
    // A JSON Feed forced to be a links document.
    expect(
      (
        await portalRejection(() =>
          readText('{"version":"https://jsonfeed.org/version/1.1","items":[]}', url, { format: 'links' }),
        )
      ).message,
    ).to.equal('links: expected an array');
    // Portal JSON without a version.
    const portal = await readText('{"items":[{"id":"1","title":"Một"}]}', url, { format: 'portal' });
    expect(feedOf(portal).items[0].title).to.equal('Một');
    const jsonfeed = await readText('{"id":"1","title":"Một"}', url, { format: 'jsonfeed' });
    expect(jsonfeed.kind).to.equal('article');
    // RSS forced to Atom, and JSON forced to RSS.
    expect((await portalRejection(() => readText('<rss><channel/></rss>', url, { format: 'atom' }))).message).to.equal(
      'The document is not an Atom feed',
    );
    expect((await portalRejection(() => readText('{"items":[]}', url, { format: 'rss' }))).kind).to.equal('parse');
    expect(
      feedOf(await readText('<rss><channel><item><title>X</title></item></channel></rss>', url, { format: 'rss' })).items,
    ).to.have.length(1);
    // A value that is not a format name means "detect".
    const detected = await readText('<rss><channel><item><title>X</title></item></channel></rss>', url, {
      format: 'json' as never,
    });
    expect(feedOf(detected).items).to.have.length(1);
  });

  it('tells XML from JSON by the first visible characters, and a body that opens as JSON does is JSON at once', () => {
    const utf8 = (text: string) => new TextEncoder().encode(text);
    const utf16le = (text: string) => new Uint8Array(new Uint16Array([0xfeff, ...[...text].map((c) => c.charCodeAt(0))]).buffer);
    const cases: [string, Uint8Array, 'xml' | 'json'][] = [
      ['an object', utf8('{"items":[]}'), 'json'],
      ['an array after a byte-order mark and white space', utf8('\uFEFF \r\n\t[{"id":1}]'), 'json'],
      ['UTF-16 with its byte-order mark', utf16le('{"items":[]}'), 'json'],
      // The JSON parser, not detection, then says what is wrong with it.
      ['an object with a feed further on', utf8('{ <rss version="2.0"><channel/></rss>'), 'json'],
      ['RSS', utf8('<?xml version="1.0"?><rss/>'), 'xml'],
      ['Atom in UTF-16', utf16le('<feed xmlns="http://www.w3.org/2005/Atom"/>'), 'xml'],
      ['a line of prose before a feed', utf8('Trang này là RSS.\n<rss version="2.0"/>'), 'xml'],
      ['prose with a brace before a feed', utf8('Tin { mới }\n<?xml version="1.0"?><rss/>'), 'xml'],
      ['prose alone', utf8('Not Found'), 'json'],
      ['nothing visible', utf8(' \n\uFEFF'), 'json'],
    ];
    for (const [name, bytes, syntax] of cases) expect(syntaxOf(bytes), name).to.equal(syntax);
  });
});

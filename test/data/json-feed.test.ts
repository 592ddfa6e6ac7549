import { expect } from '@open-wc/testing';
import '../../src/data/date-reader.js';
import { parseJsonArticle, parseJsonFeed } from '../../src/data/json-feed.js';
import { formatError, realFixture } from '../helpers/errors.js';

const fixture = async (name: string) => JSON.parse(await realFixture(name)) as unknown;

const URL_ = 'https://portal.example/api/chinh-tri.json';
const V11 = 'https://jsonfeed.org/version/1.1';
const item = (extra: Record<string, unknown> = {}, n = 1) => ({
  id: String(n),
  url: `https://portal.example/tin/${n}`,
  title: `Tin ${n}`,
  date_published: '2020-10-29T07:57:30+07:00',
  ...extra,
});
const feed = (items: unknown, extra: Record<string, unknown> = {}) => ({ version: V11, title: 'Chính trị', items, ...extra });

describe('parseJsonFeed with real feeds', () => {
  it('reads journal.3960.org (1.1, author and authors, title with literal <i>)', async () => {
    const result = parseJsonFeed(await fixture('jsonfeed-3960-journal.json'), 'https://journal.3960.org/feed.json');
    expect(result.items).to.have.length(20);
    expect(result.problems).to.deep.equal([]);
    expect(result.title).to.equal('fboës - Der Blog | Startseite');
    expect(result.homePageUrl).to.equal('https://journal.3960.org/');
    expect(result.language).to.equal('de-DE');
    const first = result.items[0];
    expect(first.id).to.equal('user/posts/2020-02-21-lecker-lecker/index.md');
    expect(first.title).to.equal('Lecker, lecker');
    expect(first.url).to.equal('https://journal.3960.org/posts/2020-02-21-lecker-lecker/');
    expect(first.summary).to.equal("Da ist es zwar nicht ganz billig, dafür schmeckt's aber auch nicht.");
    expect(first.image).to.equal('https://cdn.3960.org/favicon-192x192.png');
    expect(first.datePublished).to.equal('2020-02-21T17:08:06.000Z');
    expect(first.dateModified).to.equal('2020-02-21T17:08:06.000Z');
    // `author` and `authors` name the same person: once.
    expect(first.authors).to.deep.equal(['Frank Boës']);
    expect(first.tags).to.deep.equal(['Lustiges']);
    expect(first.contentHtml).to.match(/^<blockquote><p>Da ist es zwar/);
    expect(first.baseUrl).to.equal('https://journal.3960.org/feed.json');
    // JSON Feed titles are plain text: the markup is shown as written.
    expect(result.items[13].title).to.equal('Die Rückkehr von <i> und <b>');
    // A link post keeps its permalink as `url`.
    expect(result.items[12].url).to.equal('https://journal.3960.org/posts/2019-09-13-programmierung-zurueck-zur-werkbank/');
  });

  it('reads pxlnv.com (http:// version URL, WordPress entities in titles)', async () => {
    const result = parseJsonFeed(await fixture('jsonfeed-pxlnv.json'), 'https://pxlnv.com/feed/json/');
    expect(result.items).to.have.length(20);
    expect(result.title).to.equal('Pixel Envy');
    const first = result.items[0];
    expect(first.title).to.equal('Uber Lost $4.5 Billion in 2017');
    expect(first.url).to.equal('https://pxlnv.com/linklog/uber-losses-2017/');
    expect(first.datePublished).to.equal('2018-02-13T23:23:12.000Z');
    expect(first.dateModified).to.equal('2018-02-13T23:51:35.000Z');
    expect(first.authors).to.deep.equal(['Nick Heer']);
    const titles = result.items.map((article) => article.title);
    expect(titles).to.include('FCC Says Releasing ‘Jokes’ It Wrote About Ajit Pai Colluding With Verizon Would ‘Harm’ Agency');
    expect(titles.join(' ')).not.to.contain('&#');
  });

  it('reads inessential.com (minimal items, no summary, no image)', async () => {
    const result = parseJsonFeed(await fixture('jsonfeed-inessential.json'), 'http://inessential.com/feed.json');
    expect(result.items).to.have.length(20);
    const first = result.items[0];
    expect(first.title).to.equal('James Dempsey and the Breakpoints Benefit App Camp for Girls');
    expect(first.id).to.equal('http://inessential.com/2017/06/02/james_dempsey_and_the_breakpoints_benefi');
    expect(first.datePublished).to.equal('2017-06-03T05:05:47.000Z');
    expect(first.summary).to.equal(undefined);
    expect(first.image).to.equal(undefined);
    expect(first.authors).to.deep.equal([]);
    expect(result.items[2].title).to.equal('“App: The Human Story” Screening in San Jose');
  });
});

describe('parseJsonFeed with Portal JSON', () => {
  const portal = {
    version: V11,
    title: 'Chính trị',
    language: 'vi',
    home_page_url: '/chinh-tri',
    next_url: '?page=2',
    _portal: { page: 1, per_page: 10, total_items: 134, total_pages: 14 },
    items: [
      {
        id: 12345,
        url: '/tin/12345',
        title: 'Hội nghị Ban Chấp hành Đảng bộ tỉnh',
        summary: 'Sáng 29/10,   hội nghị…',
        content_html: '<p>Nội dung</p>',
        image: '/anh/a.jpg',
        date_published: '2020-10-29T07:57:30+07:00',
        date_modified: '2020-10-29T08:00:00+07:00',
        authors: [{ name: 'Thành Chung' }],
        tags: ['Hội nghị', 7],
        _portal: {
          category: { id: 'chinh-tri', name: 'Chính trị', url: '/chinh-tri' },
          image_alt: 'Quang cảnh hội nghị',
          image_caption: 'Quang cảnh hội nghị. Ảnh: Thành Chung.',
          related: [
            { id: '1', url: '/tin/1', title: 'Bài liên quan', date_published: '2020-10-28T10:00:00+07:00' },
            { id: '2', title: { vi: 'sai kiểu' } },
          ],
          newer: [{ id: 3, url: 'https://portal.example/tin/3', title: 'Tin mới hơn' }],
          back_url: '/chinh-tri',
          next_url: '/tin/12346',
        },
        _unknown: { ignored: true },
      },
    ],
  };

  it('maps every _portal field, resolving URLs against the document', () => {
    const result = parseJsonFeed(portal, 'https://portal.example/api/chinh-tri.json');
    expect(result.title).to.equal('Chính trị');
    expect(result.language).to.equal('vi');
    expect(result.homePageUrl).to.equal('https://portal.example/chinh-tri');
    expect(result.nextUrl).to.equal('https://portal.example/api/chinh-tri.json?page=2');
    const [article] = result.items;
    expect(article.id).to.equal('12345');
    expect(article.url).to.equal('https://portal.example/tin/12345');
    expect(article.summary).to.equal('Sáng 29/10, hội nghị…');
    expect(article.image).to.equal('https://portal.example/anh/a.jpg');
    expect(article.imageAlt).to.equal('Quang cảnh hội nghị');
    expect(article.imageCaption).to.equal('Quang cảnh hội nghị. Ảnh: Thành Chung.');
    expect(article.datePublished).to.equal('2020-10-29T00:57:30.000Z');
    expect(article.dateModified).to.equal('2020-10-29T01:00:00.000Z');
    expect(article.authors).to.deep.equal(['Thành Chung']);
    expect(article.tags).to.deep.equal(['Hội nghị']);
    expect(article.category).to.deep.equal({ id: 'chinh-tri', name: 'Chính trị', url: 'https://portal.example/chinh-tri' });
    expect(article.backUrl).to.equal('https://portal.example/chinh-tri');
    expect(article.nextUrl).to.equal('https://portal.example/tin/12346');
    expect(article.related).to.deep.equal([
      { id: '1', url: 'https://portal.example/tin/1', title: 'Bài liên quan', datePublished: '2020-10-28T03:00:00.000Z' },
    ]);
    expect(article.newer).to.deep.equal([
      { id: '3', url: 'https://portal.example/tin/3', title: 'Tin mới hơn', datePublished: undefined },
    ]);
    // A bad reference is dropped on its own; the article stays.
    expect(result.problems).to.deep.equal(['items[0]._portal.related[1].title: expected a string']);
  });

  it('reads a single-article document', () => {
    const article = parseJsonArticle(portal.items[0], 'https://portal.example/api/tin/12345.json');
    expect(article.title).to.equal('Hội nghị Ban Chấp hành Đảng bộ tỉnh');
    expect(article.baseUrl).to.equal('https://portal.example/api/tin/12345.json');
    expect(formatError(() => parseJsonArticle({ id: '1', title: 5 }, URL_)).message).to.equal('title: expected a string');
    expect(formatError(() => parseJsonArticle(null, URL_)).message).to.equal('document: expected an object');
  });
});

describe('parseJsonFeed with malformed documents', () => {
  it('drops a field of the wrong type, keeps the item and names the field', () => {
    const items = [item({}, 0), item({}, 1), item({}, 2), item({ title: 42, summary: 'Tóm tắt' }, 3), item({}, 4)];
    const result = parseJsonFeed(feed(items), URL_);
    expect(result.items.map((a) => a.id)).to.deep.equal(['0', '1', '2', '3', '4']);
    expect(result.items[3].title).to.equal('Tóm tắt');
    expect(result.problems).to.deep.equal(['items[3].title: expected a string']);
  });

  it('reports wrong types of other fields the same way', () => {
    const items = [
      item({ title: { text: 'x' } }, 0),
      item({ url: 7 }, 1),
      item({ tags: 'a' }, 2),
      item({ _portal: [] }, 3),
      'not an item',
      item({}, 5),
    ];
    expect(parseJsonFeed(feed(items), URL_).problems).to.deep.equal([
      'items[0].title: expected a string',
      'items[1].url: expected a string',
      'items[2].tags: expected an array',
      'items[3]._portal: expected an object',
      'items[4]: expected an object',
    ]);
  });

  it('records each field of a wrong type in the order of the model, and keeps the item for what is left', () => {
    const wrong = {
      id: 1,
      title: 2,
      summary: 3,
      content_text: 'Nội  dung',
      content_html: 5,
      url: 6,
      external_url: 7,
      image: 8,
      banner_image: 9,
      date_published: 10,
      date_modified: 'x',
      authors: 'a',
      tags: 'b',
      _portal: {
        image_alt: 1,
        image_caption: 2,
        image_sizes: 'c',
        category: { name: 3 },
        related: 'd',
        newer: [{}],
        back_url: 4,
        next_url: 5,
      },
    };
    const result = parseJsonFeed(feed([wrong]), URL_);
    expect(result.items[0]).to.include({ id: '1', title: 'Nội dung', contentHtml: '<p>Nội  dung</p>' });
    expect(result.problems).to.deep.equal([
      'items[0].url: expected a string',
      'items[0].external_url: expected a string',
      'items[0].summary: expected a string',
      'items[0].content_html: expected a string',
      'items[0].authors: expected an array',
      'items[0].title: expected a string',
      'items[0].image: expected a string',
      'items[0].banner_image: expected a string',
      'items[0]._portal.image_sizes: expected an array',
      'items[0]._portal.image_alt: expected a string',
      'items[0]._portal.image_caption: expected a string',
      'items[0].date_published: expected a string',
      'items[0].date_modified: not a date',
      'items[0].tags: expected an array',
      'items[0]._portal.category.name: expected a string',
      'items[0]._portal.related: expected an array',
      'items[0]._portal.newer[0].id: missing',
      'items[0]._portal.back_url: expected a string',
      'items[0]._portal.next_url: expected a string',
    ]);
  });

  it('reads dates that are not RFC 3339, and drops (keeping the item) those that are no date', () => {
    const items = [item({ date_published: '29/10/2020 07:57' }, 0), item({ date_modified: 'yesterday' }, 1), item({}, 2)];
    const result = parseJsonFeed(feed(items), URL_);
    expect(result.items).to.have.length(3);
    expect(result.items[0].datePublished).to.equal('2020-10-29T07:57:00.000Z');
    expect(result.items[1].dateModified).to.equal(undefined);
    expect(result.problems).to.deep.equal(['items[1].date_modified: not a date']);
  });

  it('reads the dates real JSON Feeds write: no zone (as UTC), a space, RFC 822', () => {
    const dates = ['2018-01-06T08:00', '2022-07-26 13:01:01', 'Fri, 31 May 2019 12:17:58 -0700', 42];
    const result = parseJsonFeed(feed(dates.map((date, n) => item({ date_published: date }, n))), URL_);
    expect(result.items.map((a) => a.datePublished)).to.deep.equal([
      '2018-01-06T08:00:00.000Z',
      '2022-07-26T13:01:01.000Z',
      '2019-05-31T19:17:58.000Z',
      undefined,
    ]);
    expect(result.problems).to.deep.equal(['items[3].date_published: expected a string']);
  });

  it('reads zone-less dates of Portal JSON in the assumed zone', () => {
    const items = [item({ date_published: '2020-10-29T07:57:30', _portal: {} })];
    expect(parseJsonFeed(feed(items), URL_, 'Asia/Ho_Chi_Minh').items[0].datePublished).to.equal('2020-10-29T00:57:30.000Z');
    expect(parseJsonArticle(items[0], URL_, 'Asia/Ho_Chi_Minh').datePublished).to.equal('2020-10-29T00:57:30.000Z');
    expect(parseJsonArticle(item({ date_published: '2020-10-29T07:57:30' }), URL_, 'Asia/Ho_Chi_Minh').datePublished).to.equal(
      '2020-10-29T07:57:30.000Z',
    );
  });

  it('reads numeric dates in the order the document shows', () => {
    const dayFirst = ['04/12/2020 10:00:00 PM', '29/10/2020 07:57:30 AM'];
    const monthFirst = ['04/12/2020 10:00:00 PM', '3/28/2020 07:57:30 AM'];
    const read = (dates: string[]) =>
      parseJsonFeed(feed(dates.map((date, n) => item({ date_published: date }, n))), URL_).items[0].datePublished;
    expect(read(dayFirst)).to.equal('2020-12-04T22:00:00.000Z');
    expect(read(monthFirst)).to.equal('2020-04-12T22:00:00.000Z');
  });

  it('keeps an item whose external_url is null, and shows &amp; in a title as &', () => {
    const result = parseJsonFeed(feed([item({ external_url: null, title: 'Kinh tế &amp; xã hội' })]), URL_);
    expect(result.items.map((a) => [a.title, a.url])).to.deep.equal([['Kinh tế & xã hội', 'https://portal.example/tin/1']]);
    expect(result.problems).to.deep.equal([]);
  });

  it('fails as a whole when no item has anything to show, with the first problem', () => {
    const error = formatError(() =>
      parseJsonFeed(
        feed([
          { id: 'a', title: 1 },
          { id: 'b', date_published: 'x' },
        ]),
        URL_,
      ),
    );
    expect(error.message).to.equal('items[0].title: expected a string');
    expect(error.url).to.equal(URL_);
  });

  it('gives an item without id its url, else a stable hash of its content', () => {
    const items = [{ title: 'No id', url: '/tin/9' }, { title: 'Một' }, { title: 'Hai' }, { title: 'Ba', id: { x: 1 } }];
    const result = parseJsonFeed(feed(items), URL_);
    const ids = result.items.map((a) => a.id);
    expect(ids).to.have.length(4);
    expect(ids[0]).to.equal('https://portal.example/tin/9');
    expect(new Set(ids).size).to.equal(4);
    expect(parseJsonFeed(feed(items), URL_).items.map((a) => a.id)).to.deep.equal(ids);
    expect(result.problems).to.deep.equal(['items[3].id: expected a string']);
  });

  it('keeps an item with only a link, titled by it', () => {
    const result = parseJsonFeed(feed([{ id: 'x', url: 'https://portal.example/tin/9' }]), URL_);
    expect(result.items[0].title).to.equal('https://portal.example/tin/9');
  });

  it('derives a missing title from the summary or the body, as JSON Feed allows', () => {
    const long = 'Một đoạn tóm tắt rất dài về hội nghị của tỉnh, với nhiều nội dung quan trọng cần được nêu ra đầy đủ ở đây.';
    const result = parseJsonFeed(
      feed([
        { id: 'a', summary: 'Tóm tắt ngắn' },
        { id: 'b', content_html: '<p>Nội <b>dung</b> &amp; hình</p>' },
        { id: 'c', content_text: long },
        { id: 'd', image: 'https://portal.example/a.jpg' },
      ]),
      URL_,
    );
    expect(result.items.map((a) => a.title)).to.deep.equal([
      'Tóm tắt ngắn',
      'Nội dung & hình',
      'Một đoạn tóm tắt rất dài về hội nghị của tỉnh, với nhiều nội dung quan trọng…',
    ]);
    expect(result.problems).to.deep.equal(['items[3].title: missing']);
  });

  it('turns content_text into an escaped body', () => {
    const [article] = parseJsonFeed(feed([item({ content_text: '<b>not bold</b>\n\nPara 2' })]), URL_).items;
    expect(article.contentHtml).to.equal('<p>&#60;b&#62;not bold&#60;/b&#62;</p><p>Para 2</p>');
  });

  it('reads an empty feed as valid', () => {
    const result = parseJsonFeed(feed([]), URL_);
    expect(result.items).to.deep.equal([]);
    expect(result.problems).to.deep.equal([]);
  });

  it('refuses a document whose items are not an array', () => {
    expect(formatError(() => parseJsonFeed(feed({ 0: item() }), URL_)).message).to.equal('items: expected an array');
    expect(formatError(() => parseJsonFeed({ version: V11 }, URL_)).message).to.equal('items: expected an array');
    expect(formatError(() => parseJsonFeed(42, URL_)).message).to.equal('document: expected an object');
  });

  it('drops a feed-level field of the wrong type and keeps the items', () => {
    const result = parseJsonFeed(feed([item()], { title: ['x'], home_page_url: 5 }), URL_);
    expect(result.title).to.equal(undefined);
    expect(result.items).to.have.length(1);
    expect(result.problems).to.deep.equal(['title: expected a string', 'home_page_url: expected a string']);
  });

  it('drops script-bearing URLs and keeps the item', () => {
    const [article] = parseJsonFeed(
      feed([
        item({
          url: 'javascript:alert(1)',
          external_url: ' JaVaScRiPt:alert(2)',
          image: 'data:image/svg+xml,<svg onload=alert(3)>',
          _portal: {
            back_url: 'vbscript:msgbox(1)',
            next_url: 'java\nscript:alert(4)',
            category: { name: 'X', url: 'javascript:x' },
          },
        }),
      ]),
      URL_,
    ).items;
    expect(article.url).to.equal(undefined);
    expect(article.image).to.equal(undefined);
    expect(article.backUrl).to.equal(undefined);
    expect(article.nextUrl).to.equal(undefined);
    expect(article.category).to.deep.equal({ id: undefined, name: 'X', url: undefined });
  });

  it('resolves a relative image against the document on another origin, not the page', () => {
    const [article] = parseJsonFeed(
      feed([item({ image: '/anh/b.png', url: 'tin/1' })]),
      'https://cdn.other.example/api/feed.json',
    ).items;
    expect(article.image).to.equal('https://cdn.other.example/anh/b.png');
    expect(article.url).to.equal('https://cdn.other.example/api/tin/1');
    expect(new URL(article.image!).origin).not.to.equal(location.origin);
  });

  it('keeps a title containing <script> as text', () => {
    const [article] = parseJsonFeed(feed([item({ title: '<script>alert(1)</script> Tin &lt;b&gt;' })]), URL_).items;
    expect(article.title).to.equal('<script>alert(1)</script> Tin <b>');
  });

  it('reads JSON Feed 1.0 `author` and `banner_image`', () => {
    const [article] = parseJsonFeed(
      {
        version: 'http://jsonfeed.org/version/1',
        items: [item({ author: { name: ' Nick  Heer ' }, banner_image: 'https://a.example/b.jpg' })],
      },
      URL_,
    ).items;
    expect(article.authors).to.deep.equal(['Nick Heer']);
    expect(article.image).to.equal('https://a.example/b.jpg');
  });
});

describe('Portal JSON `_portal.image_sizes`', () => {
  it('reads the widths of the picture, narrowest first, and drops an entry without a safe URL or a whole width', () => {
    const result = parseJsonFeed(
      feed([
        item({
          image: '/anh/a.jpg',
          _portal: {
            image_sizes: [
              { url: '/anh/a-1024.jpg', width: 1024 },
              { url: '/anh/a-300.jpg', width: 300 },
              { url: 'javascript:alert(1)', width: 640 },
              { url: '/anh/a-half.jpg', width: 12.5 },
              { url: '/anh/a-none.jpg' },
            ],
          },
        }),
      ]),
      URL_,
    );
    expect(result.items[0].imageSizes).to.deep.equal([
      { url: 'https://portal.example/anh/a-300.jpg', width: 300 },
      { url: 'https://portal.example/anh/a-1024.jpg', width: 1024 },
    ]);
    expect(result.problems).to.have.length(3);
  });

  it('leaves them out when the item gives none', () => {
    expect(parseJsonFeed(feed([item({ image: '/anh/a.jpg' })]), URL_).items[0].imageSizes).to.equal(undefined);
  });
});

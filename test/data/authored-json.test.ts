import { expect } from '@open-wc/testing';
import { show as showDocument } from '../helpers/shown.js';

// JSON documents with fields of the wrong type everywhere, written by hand
// (not the real captures), shown in a <news-list>: each odd field is dropped
// and reported, and the items that still have something to show are shown.

const show = (body: Uint8Array<ArrayBuffer> | string, type = 'application/feed+json') => showDocument(body, type);

const feed = (items: unknown, extra: object = {}) =>
  JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'T', ...extra, items });
const good = { id: 'g', title: 'Tin tốt', url: 'https://a.vn/g', date_published: '2020-10-29T07:57:30+07:00' };

describe('authored JSON Feed with fields of the wrong type', () => {
  it('shows the good items among items that are null, numbers and strings', async () => {
    const shown = await show(feed([null, 1, 'x', true, [], good]));
    expect(shown.event, shown.message).to.equal('portal-load');
    expect(shown.titles).to.deep.equal(['Tin tốt']);
    expect(shown.problems).to.include('items[0]: expected an object');
  });

  it('titles an item whose title is a number from its text, and reports it', async () => {
    const shown = await show(feed([{ id: '1', title: 123, summary: 'Tóm tắt', url: 'https://a.vn/1' }, good]));
    expect(shown.titles).to.deep.equal(['Tóm tắt', 'Tin tốt']);
    expect(shown.problems).to.include('items[0].title: expected a string');
  });

  it('keeps items whose authors, tags, image, _portal and dates have the wrong type', async () => {
    const odd = {
      id: 2,
      title: 'Lạ',
      url: 'https://a.vn/2',
      authors: 'x',
      author: 5,
      tags: 'a,b',
      image: { url: 'https://a.vn/i.jpg' },
      banner_image: 7,
      date_published: 1603951050,
      date_modified: { at: 'now' },
      summary: ['a'],
      content_html: 42,
      content_text: null,
      external_url: null,
      _portal: { category: 'Thời sự', related: {}, newer: [null, 'x', { id: 'n' }], image_alt: 3, back_url: [] },
    };
    const shown = await show(feed([odd, { ...good, _portal: 'x' }, { ...good, id: 'g2', _portal: [] }]));
    expect(shown.event, shown.message).to.equal('portal-load');
    expect(shown.titles).to.deep.equal(['Lạ', 'Tin tốt', 'Tin tốt']);
    expect(shown.links[0]).to.equal('https://a.vn/2');
    expect(shown.dates[0]).to.equal('');
    expect(shown.problems).to.include.members([
      'items[0].authors: expected an array',
      'items[0].tags: expected an array',
      'items[0].image: expected a string',
      'items[0].date_published: expected a string',
    ]);
  });

  it('is a format error naming the field when items is an object', async () => {
    const shown = await show(feed({}));
    expect(shown.event).to.equal('portal-error');
    expect(shown.kind).to.equal('format');
    expect(shown.message).to.contain('items');
  });

  it('is a format error when no item has anything to show', async () => {
    const shown = await show(feed([{ id: 'a' }, { id: 'b', title: '', summary: '  ' }]));
    expect(shown.event).to.equal('portal-error');
    expect(shown.kind).to.equal('format');
    expect(shown.message).to.contain('items[0].title');
  });

  it('reads a JSON Feed after a byte-order mark', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(feed([good]))]);
    const shown = await show(bytes, 'application/json');
    expect(shown.titles).to.deep.equal(['Tin tốt']);
  });

  it('reads a JSON Feed after a BOM and white space, served as text/plain', async () => {
    const shown = await show(`\uFEFF \n ${feed([good])}`, 'text/plain; charset=utf-8');
    expect(shown.titles).to.deep.equal(['Tin tốt']);
  });

  for (const [name, text] of [
    ['a trailing comma', feed([good]).replace(/\]\}$/, ',]}')],
    ['a comment', `// feed\n${feed([good])}`],
    ['single quotes', "{'items': []}"],
    ['a JSONP wrapper', `callback(${feed([good])})`],
  ]) {
    it(`leaves JSON with ${name} as a parse error, not a blank box`, async () => {
      const shown = await show(text);
      expect(shown.event).to.equal('portal-error');
      expect(shown.kind).to.equal('parse');
    });
  }

  it('shows an item with a huge title and body', async () => {
    const huge = 'Dài '.repeat(250_000);
    const shown = await show(feed([{ id: 'h', title: huge, content_html: `<p>${huge}</p>`, url: 'https://a.vn/h' }, good]));
    expect(shown.event, shown.message).to.equal('portal-load');
    expect(shown.titles).to.have.length(2);
    expect(shown.titles[1]).to.equal('Tin tốt');
  });

  it('reads &amp; and numeric references in titles as characters', async () => {
    const shown = await show(feed([{ ...good, title: 'A &amp; B &#8216;x&#8217; &nbsp;C' }]));
    expect(shown.titles).to.deep.equal(['A & B ‘x’ C']);
  });

  it('reads zone-less, spaced and RFC 822 dates, and leaves an unreadable one out', async () => {
    const shown = await show(
      feed([
        { id: '1', title: 'Một', date_published: '2018-01-06T08:00' },
        { id: '2', title: 'Hai', date_published: '2022-07-26 13:01:01' },
        { id: '3', title: 'Ba', date_published: 'Fri, 31 May 2019 12:17:58 -0700' },
        { id: '4', title: 'Bốn', date_published: 'hôm qua' },
      ]),
    );
    expect(shown.dates).to.deep.equal(['2018-01-06T08:00:00.000Z', '2022-07-26T13:01:01.000Z', '2019-05-31T19:17:58.000Z', '']);
    expect(shown.problems).to.include('items[3].date_published: not a date');
  });
});

describe('authored WordPress REST with fields of the wrong type', () => {
  const post = (id: number, title: unknown, extra: object = {}) => ({
    id,
    date: '2020-10-29T07:57:30',
    date_gmt: '2020-10-29T00:57:30',
    link: `https://a.vn/?p=${id}`,
    title: { rendered: title },
    excerpt: { rendered: '<p>Tóm tắt</p>' },
    ...extra,
  });

  it('keeps the posts that have something to show', async () => {
    const shown = await show(
      JSON.stringify([
        post(1, 'Một &#8211; hai'),
        null,
        post(2, 5, { excerpt: 'x', _embedded: 'x' }),
        post(3, 'Ba', { title: 'Ba', link: 7, date_gmt: 'x', date: 5 }),
        { id: 4 },
      ]),
      'application/json',
    );
    expect(shown.event, shown.message).to.equal('portal-load');
    expect(shown.titles[0]).to.equal('Một – hai');
    expect(shown.titles).to.have.length.within(2, 4);
    expect(shown.problems.length).to.be.greaterThan(0);
  });
});

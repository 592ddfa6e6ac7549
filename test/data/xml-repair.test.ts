import { expect, fixture, html } from '@open-wc/testing';
import '../../src/news-list/news-list.js';
import type { NewsList } from '../../src/news-list/news-list.js';
import type { PortalErrorEvent, PortalLoadEvent } from '../../src/events.js';
import { decodeXml, parseXmlFeed } from '../../src/data/rss-atom.js';
import { nextEvent, stubFetch, type FetchStub } from '../helpers/fetch-stub.js';
import { portalError } from '../helpers/errors.js';

const FEED = 'https://portal.example/rss/tin-moi.rss';

/** Bytes from ASCII text and raw byte values, as a server would send them. */
const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...part].map((c) => c.charCodeAt(0)) : part)));

const served = (body: Uint8Array<ArrayBuffer>, type: string) => new Response(body, { headers: { 'Content-Type': type } });

/** An RSS document around one item whose title is `title` (bytes or text). */
const rssBytes = (declaration: string, title: (string | number[])[]) =>
  bytes(
    declaration,
    '<rss version="2.0"><channel><title>Feed</title><item><title>',
    ...title,
    '</title><link>https://portal.example/tin/1</link><pubDate>Fri, 04 Dec 2020 08:00:00 +0700</pubDate></item></channel></rss>',
  );

const titles = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part~="item"] [part~="link"]')].map((a) => a.textContent!.trim());

/** A `<news-list>` reading `body` as `type`; resolves once it settled, with the event it fired. */
async function show(body: Uint8Array<ArrayBuffer> | string, type = 'application/rss+xml') {
  stub = stubFetch({ '/feed.rss': () => served(typeof body === 'string' ? new TextEncoder().encode(body) : body, type) });
  const el = await fixture<NewsList>(html`<news-list limit="50"></news-list>`);
  const settled = Promise.race([nextEvent<PortalLoadEvent>(el, 'portal-load'), nextEvent<PortalErrorEvent>(el, 'portal-error')]);
  el.src = '/feed.rss';
  const event = await settled;
  await el.updateComplete;
  return { el, event };
}

let stub: FetchStub | undefined;
afterEach(() => stub?.restore());

describe('XML bytes in their declared encoding', () => {
  const cases: [string, Uint8Array<ArrayBuffer>, string, string][] = [
    [
      'gb2312 declared, served without a charset',
      rssBytes('<?xml version="1.0" encoding="gb2312"?>', [[0xd0, 0xc2, 0xce, 0xc5, 0xb1, 0xea, 0xcc, 0xe2]]),
      'application/rss+xml',
      '新闻标题',
    ],
    [
      'windows-1251 declared, served without a charset',
      rssBytes('<?xml version="1.0" encoding="windows-1251"?>', [
        [0xcd, 0xee, 0xe2, 0xee, 0xf1, 0xf2, 0xe8, 0x20, 0xe4, 0xed, 0xff],
      ]),
      'text/xml',
      'Новости дня',
    ],
    [
      'ISO-8859-1 declared, served without a charset',
      rssBytes("<?xml version='1.0' encoding='ISO-8859-1'?>", ['Caf', [0xe9], ' ', [0xe0], ' Paris']),
      'application/xml',
      'Café à Paris',
    ],
    [
      'Latin-1 bytes without a declaration',
      rssBytes('', ['Caf', [0xe9], ' cr', [0xe8], 'me']),
      'application/rss+xml',
      'Café crème',
    ],
    [
      'Latin-1 bytes declared and served as UTF-8',
      rssBytes('<?xml version="1.0" encoding="UTF-8"?>', ['Caf', [0xe9], ' cr', [0xe8], 'me']),
      'application/rss+xml; charset=utf-8',
      'Café crème',
    ],
    [
      'a UTF-8 byte-order mark, whatever the HTTP charset and the declaration say',
      bytes(
        [0xef, 0xbb, 0xbf],
        ...[
          rssBytes('<?xml version="1.0" encoding="iso-8859-1"?>', [[0x54, 0x69, 0x6e, 0x20, 0x6d, 0xe1, 0xbb, 0x9b, 0x69]]),
        ].map((b) => [...b]),
      ),
      'application/rss+xml; charset=iso-8859-1',
      'Tin mới',
    ],
    [
      'utf-16 declared on UTF-8 bytes',
      rssBytes('<?xml version="1.0" encoding="utf-16"?>', [[0x54, 0x69, 0x6e, 0x20, 0x6d, 0xe1, 0xbb, 0x9b, 0x69]]),
      'application/rss+xml',
      'Tin mới',
    ],
    [
      'the HTTP charset over the declaration',
      rssBytes('<?xml version="1.0" encoding="utf-8"?>', [[0xcd, 0xee, 0xe2, 0xee, 0xf1, 0xf2, 0xe8]]),
      'application/rss+xml; charset=windows-1251',
      'Новости',
    ],
    [
      'gb2312 declared, served with a wrong UTF-8 charset',
      rssBytes('<?xml version="1.0" encoding="gb2312"?>', [[0xd0, 0xc2, 0xce, 0xc5]]),
      'application/rss+xml; charset=utf-8',
      '新闻',
    ],
  ];
  for (const [name, body, type, title] of cases) {
    it(`reads ${name}`, async () => {
      const { el, event } = await show(body, type);
      expect(event.type).to.equal('portal-load');
      expect(titles(el)).to.deep.equal([title]);
    });
  }

  it('reads UTF-16 with a byte-order mark, little- and big-endian', async () => {
    const text =
      '<?xml version="1.0" encoding="utf-16"?><rss version="2.0"><channel><item><title>Tin mới</title></item></channel></rss>';
    const units = [...text].map((c) => c.charCodeAt(0));
    const le = new Uint8Array([0xff, 0xfe, ...units.flatMap((u) => [u & 0xff, u >> 8])]);
    const be = new Uint8Array([0xfe, 0xff, ...units.flatMap((u) => [u >> 8, u & 0xff])]);
    for (const body of [le, be]) {
      const { el } = await show(body, 'application/rss+xml');
      expect(titles(el)).to.deep.equal(['Tin mới']);
    }
  });

  it('keeps UTF-8 with one stray byte as UTF-8', async () => {
    const { el } = await show(
      rssBytes('', [[0x54, 0x69, 0x6e, 0x20, 0x6d, 0xe1, 0xbb, 0x9b, 0x69, 0x20, 0xe1, 0xbb, 0x9b, 0x20, 0xff]]),
      'application/rss+xml',
    );
    expect(titles(el)[0]).to.match(/^Tin mới ớ/);
  });
});

const rss = (items: string, channel = '') =>
  `<rss version="2.0"><channel><title>Tin mới</title><link>https://portal.example/</link>${channel}${items}</channel></rss>`;
const item = (title: string, extra = '') =>
  `<item><title>${title}</title><link>https://portal.example/tin/${encodeURIComponent(title)}</link>${extra}</item>`;

describe('ill-formed XML, repaired', () => {
  it('reads HTML named entities outside CDATA as characters, and leaves unknown ones as text', () => {
    const feed = parseXmlFeed(rss(item('Caf&eacute;&nbsp;cr&egrave;me &hellip; &Omega; &there4; &foo;')), FEED);
    expect(feed.items.map((a) => a.title)).to.deep.equal(['Café crème … Ω ∴ &foo;']);
    expect(feed.problems).to.deep.equal([
      'xml: HTML entity read as a character (&eacute;)',
      'xml: unknown entity shown as text (&foo;)',
    ]);
  });

  it('knows every HTML entity, not only HTML 4, and no false prefix', () => {
    const feed = parseXmlFeed(rss(item('&rarr; &NotEqualTilde; &fjlig;ord &Tab;&notit; &#8220;x&#x201D;')), FEED);
    expect(feed.items[0].title).to.equal('→ ≂̸ fjord &notit; “x”');
  });

  it('escapes a bare "&" in text, in a link and in an attribute URL', () => {
    const feed = parseXmlFeed(
      rss(
        `<item><title>Tom & Jerry <3</title><link>https://portal.example/tin?id=1&cat=2</link><enclosure url="https://portal.example/a.jpg?w=1&h=2" type="image/jpeg"/></item>`,
      ),
      FEED,
    );
    const [first] = feed.items;
    expect([first.title, first.url, first.image]).to.deep.equal([
      'Tom & Jerry <3',
      'https://portal.example/tin?id=1&cat=2',
      'https://portal.example/a.jpg?w=1&h=2',
    ]);
    expect(feed.problems).to.deep.equal(['xml: bare "&" escaped', 'xml: bare "<" escaped']);
  });

  it('drops control characters XML forbids', () => {
    const feed = parseXmlFeed(rss(item('Tin\u0001 mới\u000B nhất&#1;')), FEED);
    expect(feed.items[0].title).to.equal('Tin mới nhất');
    expect(feed.problems[0]).to.equal('xml: characters XML forbids removed (U+0001)');
  });

  it('closes an unclosed <br> or <p> in a description without CDATA', () => {
    const feed = parseXmlFeed(
      rss(
        item('Một', '<description>Dòng một<br>dòng hai<p>Đoạn</description><pubDate>Fri, 04 Dec 2020 08:00:00 +0700</pubDate>') +
          item('Hai', '<description><img src=/anh.jpg width=130>Tóm tắt</br></description>'),
      ),
      FEED,
    );
    expect(feed.items.map((a) => [a.title, a.summary])).to.deep.equal([
      ['Một', 'Dòng một dòng hai Đoạn'],
      ['Hai', 'Tóm tắt'],
    ]);
    expect(feed.items[0].datePublished).to.equal('2020-12-04T01:00:00.000Z');
    expect(feed.problems).to.include('xml: unclosed element closed (<br>)');
    expect(feed.problems).to.include('xml: end tag without a start tag dropped (</br>)');
  });

  it('reads a description of hundreds of unclosed elements, deeper than the XML parser allows', () => {
    const feed = parseXmlFeed(
      rss(item('Một', `<description>${'<p>Đoạn'.repeat(300)}${'<div>Khối'.repeat(300)}</description>`) + item('Hai')),
      FEED,
    );
    expect(feed.items.map((a) => a.title)).to.deep.equal(['Một', 'Hai']);
    expect(feed.items[0].summary).to.match(/^Đoạn Đoạn .* Khối Khối$/);
  });

  it('drops text before the root element, as a copy from a browser carries', () => {
    const text = `This XML file does not appear to have any style information associated with it. The document tree is shown below.\n\n<?xml version="1.0" encoding="UTF-8"?>\n${rss(item('Một'))}`;
    const feed = parseXmlFeed(text, FEED);
    expect(feed.items.map((a) => a.title)).to.deep.equal(['Một']);
    expect(feed.problems).to.deep.equal(['xml: text before the root element dropped']);
  });

  it('drops HTML markup before the root element, as a PHP warning puts there', () => {
    const warning = '<br />\n<b>Warning</b>:  Cannot modify header information on line <b>3</b><br />\n';
    const feed = parseXmlFeed(`${warning}<?xml version="1.0" encoding="UTF-8"?>\n${rss(item('Một'))}`, FEED);
    expect(feed.items.map((a) => a.title)).to.deep.equal(['Một']);
    expect(feed.problems).to.deep.equal(['xml: text before the root element dropped']);
  });

  it('keeps an unclosed last <item>', () => {
    const feed = parseXmlFeed(rss(`${item('Một')}<item><title>Hai</title><link>https://portal.example/tin/2</link>`), FEED);
    expect(feed.items.map((a) => a.title)).to.deep.equal(['Một', 'Hai']);
    expect(feed.problems).to.deep.equal(['xml: unclosed element closed (<item>)']);
  });

  it('recovers every complete item of a document cut short', () => {
    const whole = rss(item('Một') + item('Hai') + item('Ba'));
    for (const cut of [
      '<item><title>Ba</ti',
      '<item><title>Ba</title><li',
      '<item><title>Ba</title><description><![CDATA[<p>Đo',
    ]) {
      const feed = parseXmlFeed(whole.slice(0, whole.indexOf('<item><title>Ba')) + cut, FEED);
      expect(
        feed.items.map((a) => a.title),
        cut,
      ).to.deep.equal(['Một', 'Hai']);
      expect(feed.problems, cut).to.deep.equal(['xml: document cut short']);
    }
  });

  it('declares the namespace prefixes a feed uses without declaring them', () => {
    const feed = parseXmlFeed(
      rss(
        item(
          'Một',
          '<media:content url="https://portal.example/a.jpg" medium="image"/><dc:creator>Lan</dc:creator><content:encoded><![CDATA[<p>Bài</p>]]></content:encoded>',
        ),
      ),
      FEED,
    );
    const [first] = feed.items;
    expect([first.image, first.authors, first.contentHtml]).to.deep.equal([
      'https://portal.example/a.jpg',
      ['Lan'],
      '<p>Bài</p>',
    ]);
    expect(feed.problems).to.deep.equal(['xml: undeclared namespace prefix declared (media:)']);
  });

  it('repairs Atom too', () => {
    const feed = parseXmlFeed(
      `<feed xmlns="http://www.w3.org/2005/Atom"><title>Cổng</title><entry><title>A &amp; B&nbsp;&mdash; C & D</title><link href="https://portal.example/?a=1&b=2"/><id>1</id><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Dòng<br>hai</div></content></entry></feed>`,
      FEED,
    );
    expect(feed.items.map((a) => [a.title, a.url])).to.deep.equal([['A & B — C & D', 'https://portal.example/?a=1&b=2']]);
    expect(feed.items[0].contentHtml).to.contain('Dòng<br');
  });

  it('is still a parse error when no item can be recovered', () => {
    for (const text of ['<rss><channel><item><title>Mộ', '<rss><channel><item></rss>', '<<<', '<rss']) {
      const error = portalError(() => parseXmlFeed(text, FEED), 'parse');
      expect(error.message, text).to.match(/^The response is not well-formed XML: /);
    }
  });

  it('changes nothing in a well-formed feed', () => {
    const text = `<?xml version="1.0"?><!-- a comment --><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>T</title><item><title>A &amp; B &#8220;C&#8221;</title><br></br><media:thumbnail url="https://portal.example/a.jpg"/></item></channel></rss>`;
    const feed = parseXmlFeed(text, FEED);
    expect(feed.problems).to.deep.equal([]);
    expect(feed.items.map((a) => [a.title, a.image])).to.deep.equal([['A & B “C”', 'https://portal.example/a.jpg']]);
  });
});

describe('<news-list> with a repaired feed', () => {
  it('fires portal-load with what was repaired in detail.problems', async () => {
    const { el, event } = await show(
      `\n\nSaved from the feed (view-source) [Chrome]:\n<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>${item('Caf&eacute; & b&aacute;nh')}${item('Hai', '<description>A<br>B</description>')}<item><title>Ba`,
    );
    expect(event.type).to.equal('portal-load');
    expect(titles(el)).to.deep.equal(['Café & bánh', 'Hai']);
    expect((event as PortalLoadEvent).detail.problems).to.deep.equal([
      'xml: text before the root element dropped',
      'xml: HTML entity read as a character (&eacute;)',
      'xml: bare "&" escaped',
      'xml: unclosed element closed (<br>)',
      'xml: document cut short',
    ]);
  });

  it('shows the localised error state for a document with no usable item', async () => {
    const { el, event } = await show('<rss><channel><item><title>Tin');
    expect(event.type).to.equal('portal-error');
    expect((event as PortalErrorEvent).detail.kind).to.equal('parse');
    expect(el.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.contain('Không tải được dữ liệu');
  });
});

describe('decodeXml', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);
  const decl = (encoding: string) => `<?xml version="1.0" encoding="${encoding}"?><t>`;

  it('reads valid UTF-8 past ASCII as UTF-8 whatever the HTTP charset or declaration says', () => {
    expect(decodeXml(utf8(`${decl('utf-8')}Tin tức</t>`), 'ISO-8859-1')).to.equal(`${decl('utf-8')}Tin tức</t>`);
    expect(decodeXml(utf8(`${decl('windows-1252')}“Việt”</t>`))).to.equal(`${decl('windows-1252')}“Việt”</t>`);
  });

  it('keeps the label for bytes that are not UTF-8, and for ASCII', () => {
    expect(decodeXml(bytes(decl('utf-8'), [0x43, 0x61, 0x66, 0xe9], '</t>'), 'iso-8859-1')).to.equal(`${decl('utf-8')}Café</t>`);
    expect(decodeXml(bytes(decl('gb2312'), [0xd6, 0xd0, 0xce, 0xc4], '</t>'))).to.equal(`${decl('gb2312')}中文</t>`);
  });
});

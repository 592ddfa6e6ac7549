import { expect } from '@open-wc/testing';
import { parseXmlFeed } from '../../src/data/rss-atom.js';
import { portalError, realFixture } from '../helpers/errors.js';

const fixture = realFixture;

const FEED = 'https://portal.example/rss/tin-moi.rss';
const rss = (items: string, channel = '') =>
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>Tin mới</title><link>/tin-moi</link>${channel}${items}</channel></rss>`;
const atom = (entries: string, head = '') =>
  `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">${head}<title>Cổng</title>${entries}</feed>`;

describe('parseXmlFeed with real RSS', () => {
  it('reads baochinhphu.vn: CDATA links, US dates without zone, enclosure pictures', async () => {
    const feed = parseXmlFeed(await fixture('rss-baochinhphu.xml'), 'https://baochinhphu.vn/kinh-te.rss');
    expect(feed.items).to.have.length(50);
    expect(feed.problems).to.deep.equal([]);
    expect(feed.title).to.equal('Kinh tế - RSS Feed');
    expect(feed.homePageUrl).to.equal('https://baochinhphu.vn/kinh-te.htm');
    expect(feed.language).to.equal('vi-vn');
    const [first, second] = feed.items;
    expect(first.title).to.equal('Cơ chế, chính sách xác định giá sản phẩm in, đúc tiền');
    expect(first.url).to.equal(
      'https://baochinhphu.vn/co-che-chinh-sach-xac-dinh-gia-san-pham-in-duc-tien-102260905122709839.htm',
    );
    // No guid: the link is the id.
    expect(first.id).to.equal(first.url);
    // 9/5/2026 1:30:00 PM in Asia/Ho_Chi_Minh.
    expect(first.datePublished).to.equal('2026-09-05T06:30:00.000Z');
    expect(first.summary).to.match(/^\(Chinhphu\.vn\) - Chính phủ ban hành Nghị quyết số 40\/2026\/NQ-CP/);
    expect(first.image).to.equal(
      'https://bcp.cdnchinhphu.vn/334894974524682240/2026/9/5/tim-hieu-quy-trinh-cong-nghe-san-xuat-tien-1-17429993575282014816136-17885859314891058744229-0-0-420-672-crop-1788585957492506468519.jpg',
    );
    // A .png announced as image/jpeg is still the picture.
    expect(second.image).to.equal('https://bcp.cdnchinhphu.vn/334894974524682240/2026/9/5/base64-1788586132273202750109.png');
    // Double spaces folded.
    expect(second.summary).to.match(/^\(Chinhphu\.vn\) - Phó Thủ tướng/);
    expect(feed.items.every((article) => article.datePublished && article.image)).to.equal(true);
  });

  it('reads vietnambiz.vn: lying utf-16 declaration, entities inside CDATA, GMT+7 dates', async () => {
    const feed = parseXmlFeed(await fixture('rss-vietnambiz.xml'), 'https://vietnambiz.vn/chung-khoan.rss');
    expect(feed.items).to.have.length(30);
    expect(feed.title).to.equal('vietnambiz - Chứng khoán - RSS Feed');
    const first = feed.items[0];
    expect(first.title).to.equal('TCH và hai mã họ FPT tăng mạnh nhất danh mục PYN Elite trong tháng 8');
    expect(first.id).to.equal('6436edd2-b40a-4c66-9b26-a13159505de7');
    // A guid that is not a permalink is not a URL.
    expect(first.url).to.equal(
      'https://vietnambiz.vn/tch-va-hai-ma-ho-fpt-tang-manh-nhat-danh-muc-pyn-elite-trong-thang-8-202694173243150.htm',
    );
    expect(first.datePublished).to.equal('2026-09-04T11:48:27.000Z');
    // The picture comes from the description's <img>; the text after it is the summary.
    expect(first.image).to.equal(
      'https://cdn.vietnambiz.vn/1881912202208555/images/2026/09/04/4-9-pyn-4-20260904173225604-avatar-15x10-20260904173242673.png',
    );
    expect(first.summary).to.match(/^Thông tin cập nhật tháng 8 của PYN Elite/);
    expect(feed.items[21].title).to.equal("VN-Index chờ 'cú hích kép' từ lợi nhuận doanh nghiệp và dòng vốn ngoại");
    for (const article of feed.items) expect(article.title).not.to.match(/&#\d+;/);
  });

  it('reads nguoiquansat.vn: RFC 822 dates, description pictures, decomposed accents made NFC', async () => {
    const feed = parseXmlFeed(await fixture('rss-nguoiquansat.xml'), 'https://nguoiquansat.vn/rss/chung-khoan');
    expect(feed.items).to.have.length(40);
    const [first, second] = feed.items;
    expect(first.title).to.equal(
      'Doanh nghiệp cấp nước cho hơn 32 triệu dân tại TP. HCM, Đồng Nai... sắp hoàn thành nhà máy hơn 1.000 tỷ đồng, biến 500 tấn rác mỗi ngày thành điện',
    );
    expect(first.datePublished).to.equal('2026-09-05T15:17:01.000Z');
    expect(first.image).to.equal(
      'https://nqs.1cdn.vn/2026/09/05/439F_du-kien-nha-may-dien-rac-biwase-se-van-hanh-trong-thang-122026..jpg',
    );
    expect(first.summary).to.match(/^Doanh nghiệp hiện đầu tư hoặc tham gia quản lý/);
    expect(first.id).to.equal(first.url);
    expect(second.title).to.equal(
      "Tập đoàn Trung Quốc thâm nhập vào Việt Nam, 'bắt tay' Petrolimex đưa cửa hàng tiện lợi vào hệ thống 5.500 cây xăng",
    );
    const decomposed = feed.items[27];
    expect(decomposed.summary).to.contain('Hóa chất Đức Giang (DGC)');
    for (const article of feed.items) {
      expect(article.summary!.normalize('NFC')).to.equal(article.summary);
      expect(article.title.normalize('NFC')).to.equal(article.title);
    }
  });
});

describe('parseXmlFeed with real Atom', () => {
  it('reads qemu.org: relative URLs made absolute against the feed URL, html text, empty author', async () => {
    const feed = parseXmlFeed(await fixture('atom-qemu.xml'), 'https://www.qemu.org/feed.xml');
    expect(feed.items).to.have.length(10);
    expect(feed.title).to.equal('QEMU');
    expect(feed.homePageUrl).to.equal('https://www.qemu.org/');
    const first = feed.items[0];
    expect(first.title).to.equal('QEMU version 10.1.0 released');
    expect(first.url).to.equal('https://www.qemu.org/2025/08/26/qemu-10-1-0/');
    expect(first.id).to.equal('/2025/08/26/qemu-10-1-0');
    expect(first.datePublished).to.equal('2025-08-26T23:25:00.000Z');
    expect(first.dateModified).to.equal('2025-08-26T23:25:00.000Z');
    expect(first.summary).to.equal(
      'We’d like to announce the availability of the QEMU 10.1.0 release. This release contains 2700+ commits from 226 authors.',
    );
    expect(first.contentHtml).to.match(/^<p>We’d like to announce/);
    expect(first.contentHtml).to.contain('<a href="https://www.qemu.org/download/#source">');
    // The body's xml:base, resolved against the feed URL.
    expect(first.baseUrl).to.equal('https://www.qemu.org/2025/08/26/qemu-10-1-0/');
    expect(first.authors).to.deep.equal([]);
    expect(first.category).to.deep.equal({ name: 'releases' });
    expect(first.tags).to.deep.equal(['releases', 'qemu 10.1']);
    for (const article of feed.items) expect(article.url).to.match(/^https:\/\/www\.qemu\.org\/20\d\d\//);
  });
});

describe('parseXmlFeed with RSS shapes', () => {
  it('takes the picture from media:content, media:thumbnail, any image enclosure, then the description', () => {
    const feed = parseXmlFeed(
      rss(`
        <item><title>A</title><media:group><media:content url="/a.jpg" medium="image"/></media:group><media:thumbnail url="/a-small.jpg"/></item>
        <item><title>B</title><media:thumbnail url="https://cdn.example/b.jpg"/></item>
        <item><title>C</title><enclosure url="/c.webp" type="application/octet-stream" length="0"/></item>
        <item><title>D</title><enclosure url="/d.mp3" type="audio/mpeg"/><description><![CDATA[<p><img src="/d.jpg?w=1&amp;h=2" alt="d"> Text</p>]]></description></item>
        <item><title>E</title><media:content url="/e.mp4" type="video/mp4"/></item>
        <item><title>F</title><description>&lt;img src="javascript:alert(1)"&gt;Plain</description></item>`),
      'https://cdn.other.example/feeds/rss.xml',
    );
    expect(feed.items.map((a) => a.image)).to.deep.equal([
      'https://cdn.other.example/a.jpg',
      'https://cdn.example/b.jpg',
      'https://cdn.other.example/c.webp',
      'https://cdn.other.example/d.jpg?w=1&h=2',
      undefined,
      undefined,
    ]);
    expect(feed.items[3].summary).to.equal('Text');
    expect(feed.items[5].summary).to.equal('Plain');
  });

  it('reads guid, dc:date, dc:creator, categories and content:encoded', () => {
    const [item] = parseXmlFeed(
      rss(`<item><title>Tin &amp;amp; &lt;b&gt;ảnh&lt;/b&gt;</title><link> /tin/1 </link><guid isPermaLink="false">tin-1</guid>
        <dc:date>2020-10-29T07:57:30+07:00</dc:date><dc:creator>Thành Chung</dc:creator>
        <category>Chính trị</category><category>Thời sự</category>
        <content:encoded><![CDATA[<p>Nội dung <img src="body.jpg"></p>]]></content:encoded></item>`),
      FEED,
    ).items;
    expect(item.id).to.equal('tin-1');
    // The title is HTML escaped once more (`&lt;b&gt;`): what a reader sees is its text.
    expect(item.title).to.equal('Tin & ảnh');
    expect(item.url).to.equal('https://portal.example/tin/1');
    expect(item.datePublished).to.equal('2020-10-29T00:57:30.000Z');
    expect(item.authors).to.deep.equal(['Thành Chung']);
    expect(item.category).to.deep.equal({ name: 'Chính trị' });
    expect(item.tags).to.deep.equal(['Chính trị', 'Thời sự']);
    expect(item.contentHtml).to.equal('<p>Nội dung <img src="body.jpg"></p>');
    expect(item.image).to.equal('https://portal.example/rss/body.jpg');
  });

  it('reads element names in any case, as hand-written feeds write them (<pubdate>, <Title>, <Item>)', () => {
    const feed = parseXmlFeed(
      `<rss version="2.0"><Channel><title>T</title>
        <Item><Title>Một</Title><Link>https://portal.example/1</Link><pubdate>Thu, 29 Oct 2020 07:57:30 +0700</pubdate></Item>
        <item><title>Hai</title><link>https://portal.example/2</link><PubDate>29/10/2020 07:00:00</PubDate></item>
      </Channel></rss>`,
      FEED,
    );
    expect(feed.items.map((a) => [a.title, a.url, a.datePublished])).to.deep.equal([
      ['Một', 'https://portal.example/1', '2020-10-29T00:57:30.000Z'],
      ['Hai', 'https://portal.example/2', '2020-10-29T00:00:00.000Z'],
    ]);
  });

  it('uses a permalink guid as the link, and a hash when there is neither', () => {
    const feed = parseXmlFeed(
      rss(`<item><title>A</title><guid>https://portal.example/a</guid></item>
           <item><title>B</title><pubDate>Fri, 04 Sep 2026 18:48:27 +0700</pubDate></item>
           <item><title>B</title><pubDate>Fri, 04 Sep 2026 18:48:27 +0700</pubDate></item>`),
      FEED,
    );
    expect(feed.items[0].url).to.equal('https://portal.example/a');
    expect(feed.items[1].id).to.match(/^h[0-9a-z]+$/);
    expect(feed.items[1].id).to.equal(feed.items[2].id);
  });

  it('leaves an unreadable pubDate out instead of dropping the item', () => {
    const feed = parseXmlFeed(rss('<item><title>A</title><pubDate>hôm qua</pubDate></item>'), FEED);
    expect(feed.items).to.have.length(1);
    expect(feed.items[0].datePublished).to.equal(undefined);
    expect(feed.problems).to.deep.equal([]);
  });

  it('derives a missing title from the description; skips an item with neither', () => {
    const feed = parseXmlFeed(rss('<item><description>Chỉ có mô tả</description></item><item><link>/x</link></item>'), FEED);
    expect(feed.items.map((a) => a.title)).to.deep.equal(['Chỉ có mô tả']);
    expect(feed.items[0]).not.to.have.property('untitled');
    expect(feed.problems).to.deep.equal(['item[1].title: missing']);
    expect(portalError(() => parseXmlFeed(rss('<item><link>/x</link></item>'), FEED)).message).to.equal('item[0].title: missing');
  });

  it('keeps an item with no title, text or link when it has a date or a guid, with an empty title', () => {
    const feed = parseXmlFeed(
      rss(
        `<item><title></title><link></link><pubDate>Wed, 17 Oct 2018 10:30:00 GMT</pubDate><description></description></item>
         <item><guid isPermaLink="false">tin-2</guid></item>
         <item><title/><description/></item>`,
      ),
      FEED,
    );
    expect(feed.items.map(({ title, untitled, url }) => ({ title, untitled, url }))).to.deep.equal([
      { title: '', untitled: true, url: undefined },
      { title: '', untitled: true, url: undefined },
    ]);
    expect(feed.items[0].datePublished).to.equal('2018-10-17T10:30:00.000Z');
    expect(feed.items[1].id).to.equal('tin-2');
    // Nothing to show or identify it: skipped, as before.
    expect(feed.problems).to.deep.equal(['item[2].title: missing']);
  });

  it('drops script-bearing links', () => {
    const [item] = parseXmlFeed(
      rss(
        '<item><title>A</title><link><![CDATA[javascript:alert(1)]]></link><enclosure url="data:image/png;base64,AA" type="image/png"/></item>',
      ),
      FEED,
    ).items;
    expect(item.url).to.equal(undefined);
    expect(item.image).to.equal(undefined);
  });

  it('reads an empty channel, the next page link, and RSS 1.0 (RDF)', () => {
    const empty = parseXmlFeed(rss('', '<atom:link rel="next" href="?page=2"/>'), FEED);
    expect(empty.items).to.deep.equal([]);
    expect(empty.nextUrl).to.equal('https://portal.example/rss/tin-moi.rss?page=2');
    const rdf = parseXmlFeed(
      `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel rdf:about="x"><title>RDF</title><link>https://rdf.example/</link></channel>
        <item rdf:about="https://rdf.example/1"><title>Một</title><link>https://rdf.example/1</link><dc:date>2026-09-05T10:00:00+07:00</dc:date></item>
      </rdf:RDF>`,
      FEED,
    );
    expect(rdf.title).to.equal('RDF');
    expect(rdf.items.map((a) => [a.title, a.url, a.datePublished])).to.deep.equal([
      ['Một', 'https://rdf.example/1', '2026-09-05T03:00:00.000Z'],
    ]);
  });
});

describe('parseXmlFeed with Atom shapes', () => {
  it('resolves nested xml:base, prefers the HTML alternate link, inherits the feed author', () => {
    const feed = parseXmlFeed(
      atom(
        `<entry xml:base="/tin/"><id>urn:1</id><title>Một</title><updated>2026-09-05T10:00:00+07:00</updated>
          <link rel="self" href="/api/1"/><link rel="alternate" type="application/pdf" href="1.pdf"/><link href="1.html" type="text/html"/>
          <link rel="enclosure" type="image/jpeg" href="1.jpg"/>
          <content type="html" xml:base="bai-1/">&lt;p&gt;Xin chào&lt;/p&gt;</content></entry>
         <entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Hai <b>đậm</b></div></title>
          <author><name>Riêng</name></author>
          <summary type="html">&lt;img src="s.png"&gt; Tóm tắt &amp;amp; thêm</summary>
          <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Thân <em>bài</em></p></div></content></entry>
         <entry><title>Ba</title><link href="javascript:alert(1)"/><content>a &lt; b</content></entry>`,
        '<author><name>Ban biên tập</name></author><link rel="alternate" href="/"/>',
      ),
      'https://portal.example/atom.xml',
    );
    const [one, two, three] = feed.items;
    expect(feed.homePageUrl).to.equal('https://portal.example/');
    expect(one.url).to.equal('https://portal.example/tin/1.html');
    expect(one.image).to.equal('https://portal.example/tin/1.jpg');
    expect(one.baseUrl).to.equal('https://portal.example/tin/bai-1/');
    expect(one.contentHtml).to.equal('<p>Xin chào</p>');
    expect(one.datePublished).to.equal('2026-09-05T03:00:00.000Z');
    expect(one.authors).to.deep.equal(['Ban biên tập']);
    expect(one.id).to.equal('urn:1');
    expect(two.title).to.equal('Hai đậm');
    expect(two.summary).to.equal('Tóm tắt & thêm');
    expect(two.image).to.equal('https://portal.example/s.png');
    expect(two.authors).to.deep.equal(['Riêng']);
    expect(two.contentHtml).to.match(/^<p[^>]*>Thân <em>bài<\/em><\/p>$/);
    expect(two.id).to.match(/^h/);
    expect(three.url).to.equal(undefined);
    expect(three.contentHtml).to.equal('<p>a &#60; b</p>');
  });

  it('keeps an entry with no title, text or link when it has a date or an id, with an empty title', () => {
    const feed = parseXmlFeed(
      atom(
        `<entry><id>urn:1</id><title></title></entry>
         <entry><title type="html"></title><updated>2026-09-05T10:00:00+07:00</updated></entry>
         <entry><summary></summary></entry>`,
      ),
      'https://portal.example/atom.xml',
    );
    expect(feed.items.map(({ id, title, url }) => ({ id, title, url }))).to.deep.include({
      id: 'urn:1',
      title: '',
      url: undefined,
    });
    expect(feed.items).to.have.length(2);
    expect(feed.items[1].title).to.equal('');
    expect(feed.items[1].datePublished).to.equal('2026-09-05T03:00:00.000Z');
    expect(feed.problems).to.deep.equal(['entry[2].title: missing']);
  });
});

describe('parseXmlFeed errors', () => {
  it('reports malformed XML as a parse error', () => {
    const error = portalError(() => parseXmlFeed('<rss><channel><item></rss>', FEED));
    expect(error.kind).to.equal('parse');
    expect(error.message).to.match(/^The response is not well-formed XML: /);
    expect(error.url).to.equal(FEED);
  });

  it('retries without an XML declaration the parser rejects', () => {
    const feed = parseXmlFeed(
      `<?xml version="1.0" encoding="utf-16" standalone="maybe"?>${rss('<item><title>A</title></item>').replace(/^<\?xml[^>]*>/, '')}`,
      FEED,
    );
    expect(feed.items.map((a) => a.title)).to.deep.equal(['A']);
  });

  it('refuses other XML, and the wrong kind when a kind is expected', () => {
    const other = portalError(() => parseXmlFeed('<sitemap><url/></sitemap>', FEED));
    expect([other.kind, other.message]).to.deep.equal(['format', 'The document is not an RSS or Atom feed']);
    expect(portalError(() => parseXmlFeed(rss(''), FEED, 'UTC', 'atom')).message).to.equal('The document is not an Atom feed');
    expect(portalError(() => parseXmlFeed(atom(''), FEED, 'UTC', 'rss')).message).to.equal('The document is not an RSS feed');
  });
});

describe('parseXmlFeed under a strict CSP with Trusted Types', () => {
  /**
   * Runs the adapter on `text` in a fresh frame with this CSP, and returns what it produced and the CSP violations
   * it caused: after reading, the frame causes one of its own, and every violation before it is the reader's.
   */
  async function inFrame(csp: string, text: string): Promise<string> {
    const frame = document.createElement('iframe');
    const adapter = new URL('../../src/data/rss-atom.ts', import.meta.url).href;
    const answer = new Promise<string>((resolve) => {
      window.addEventListener('message', function onMessage(event) {
        if (event.source !== frame.contentWindow) return;
        window.removeEventListener('message', onMessage);
        resolve(String(event.data));
      });
    });
    frame.srcdoc = `<meta http-equiv="Content-Security-Policy" content="${csp}"><script type="module">
      import { parseXmlFeed } from '${adapter}';
      const violations = [];
      let read;
      document.addEventListener('securitypolicyviolation', (event) => {
        if (event.target !== document.body) violations.push(event.violatedDirective);
        else parent.postMessage(read + (violations.length ? ' ' + violations.join(' ') : ''), '*');
      });
      try {
        read = parseXmlFeed(${JSON.stringify(text)}, 'https://a.example/').items.map((item) => item.title).join('|');
      } catch (error) {
        read = error.name + ': ' + error.message;
      }
      document.body.setAttribute('style', 'color: red');
    </script>`;
    document.body.append(frame);
    try {
      return await answer;
    } finally {
      frame.remove();
    }
  }

  const STRICT = "style-src-attr 'none'; script-src-attr 'none'; require-trusted-types-for 'script'";
  const FEED_TEXT = '<rss><channel><item><title>Tin</title></item></channel></rss>';

  it('reads when the page allows the "portal-widgets" policy', async () => {
    expect(await inFrame(`${STRICT}; trusted-types portal-widgets`, FEED_TEXT)).to.equal('Tin');
  });

  it('reads when the page allows no policy at all: no markup meets a parser of the browser', async () => {
    expect(await inFrame(`${STRICT}; trusted-types 'none'`, FEED_TEXT)).to.equal('Tin');
  });

  it('causes no CSP violation for ill-formed XML, inline handlers and styles in XHTML content, or no XML at all', async () => {
    const texts = [
      '<rss><channel><item><title>A</titme><pubDate\u00be>x</pubDate\u00be></item><item><title>B<br></channel>',
      `<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>1</id><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><b style="color:red" onclick="alert(1)">X</b></div></title><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="alert(1)" style="width:1px"/><svg xmlns="http://www.w3.org/2000/svg" onload="alert(2)"/></div></content></entry></feed>`,
      '<<<',
    ];
    const answers = await Promise.all(texts.map((text) => inFrame(`${STRICT}; trusted-types 'none'`, text)));
    expect(answers).to.deep.equal(['A|B', 'X', 'PortalError: The response is not well-formed XML: no root element']);
  });
});

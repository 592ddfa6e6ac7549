import { expect } from '@open-wc/testing';
import { parseJsonFeed } from '../../src/data/json-feed.js';
import { parseLinks } from '../../src/data/links.js';
import { parseXmlFeed } from '../../src/data/rss-atom.js';
import { parseWordPress } from '../../src/data/wordpress.js';

// Text as rich-text editors write it (CKEditor 4 writes named references by
// default), in every format and every text field: what a reader sees.

const WRITTEN = 'Th&ocirc;ng b&aacute;o &hellip; H&agrave; N&#7897;i';
const READ = 'Thông báo … Hà Nội';
const URL_ = 'https://portal.example/api/tin.json';
const V11 = 'https://jsonfeed.org/version/1.1';

const jsonFeed = (item: Record<string, unknown>) =>
  parseJsonFeed({ version: V11, items: [{ id: '1', url: '/1', ...item }] }, URL_).items[0];
const wordpress = (post: Record<string, unknown>) =>
  parseWordPress([{ id: 1, link: 'https://portal.example/1/', date: '2026-09-05T10:00:00', ...post }], URL_).items[0];
const rss = (title: string, extra = '') =>
  parseXmlFeed(
    `<rss version="2.0"><channel><title>K</title><item><title>${title}</title><guid>g1</guid>${extra}</item></channel></rss>`,
    'https://portal.example/rss.xml',
  ).items[0];
const atom = (title: string) =>
  parseXmlFeed(
    `<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>1</id>${title}<link href="https://portal.example/1"/></entry></feed>`,
    'https://portal.example/atom.xml',
  ).items[0];

describe('named character references, in every format and field', () => {
  it('reads them in a WordPress title.rendered, excerpt, caption and alt text', () => {
    const post = wordpress({
      title: { rendered: WRITTEN },
      excerpt: { rendered: `<p>${WRITTEN}</p>` },
      _embedded: {
        'wp:featuredmedia': [{ source_url: '/a.jpg', alt_text: WRITTEN, caption: { rendered: `<p>${WRITTEN}</p>` } }],
      },
    });
    expect([post.title, post.summary, post.imageAlt, post.imageCaption]).to.deep.equal([READ, READ, READ, READ]);
  });

  it('reads them in a JSON Feed title and summary', () => {
    const item = jsonFeed({ title: WRITTEN, summary: WRITTEN });
    expect([item.title, item.summary]).to.deep.equal([READ, READ]);
  });

  it('reads them in a Portal JSON title, alt text, caption and category name', () => {
    const item = jsonFeed({
      title: WRITTEN,
      image: '/a.jpg',
      _portal: { image_alt: WRITTEN, image_caption: WRITTEN, category: { name: WRITTEN } },
    });
    expect([item.title, item.imageAlt, item.imageCaption, item.category?.name]).to.deep.equal([READ, READ, READ, READ]);
  });

  it('reads them in an Atom type="html" title, escaped or in CDATA', () => {
    expect(atom(`<title type="html">${WRITTEN.replace(/&/g, '&amp;')}</title>`).title).to.equal(READ);
    expect(atom(`<title type="html"><![CDATA[${WRITTEN}]]></title>`).title).to.equal(READ);
  });

  it('reads them in an RSS title, written in CDATA or bare, and in its description', () => {
    expect(rss(`<![CDATA[${WRITTEN}]]>`).title).to.equal(READ);
    expect(rss(WRITTEN).title).to.equal(READ);
    expect(rss('T', `<description><![CDATA[<p>${WRITTEN}</p>]]></description>`).summary).to.equal(READ);
  });

  it('reads them in a link name and a group', () => {
    const list = parseLinks({ links: [{ name: WRITTEN, url: 'https://a.vn/', group: WRITTEN }] }, URL_);
    expect([list.links[0].name, list.links[0].group]).to.deep.equal([READ, READ]);
  });

  it('reads names beyond HTML 4, names without their ";" as HTML does, and leaves unknown names as written', () => {
    expect(jsonFeed({ title: '&NotEqualTilde; &fjlig;ord &copy2026 &ecirc;' }).title).to.equal('≂̸ fjord ©2026 ê');
    expect(jsonFeed({ title: 'AT&T &notit; &foo; & co' }).title).to.equal('AT&T &notit; &foo; & co');
    // Numeric references as the HTML parser reads them: 0x80–0x9F are windows-1252, nothing valid is U+FFFD.
    expect(jsonFeed({ title: '&#x93;x&#148; &#0; &#xD800;' }).title).to.equal('“x” \ufffd \ufffd');
  });
});

describe('titles are text', () => {
  it('reduces markup in an RSS title, in CDATA or escaped, to its text', () => {
    expect(rss('<![CDATA[Căn hộ 93m<sup>2</sup> giá tốt]]>').title).to.equal('Căn hộ 93m2 giá tốt');
    expect(rss('Tin &lt;b&gt;quan trọng&lt;/b&gt;').title).to.equal('Tin quan trọng');
  });

  it('reduces markup in a JSON Feed and Portal JSON title, in a WordPress and an Atom html title', () => {
    expect(jsonFeed({ title: 'Căn hộ 93m<sup>2</sup>' }).title).to.equal('Căn hộ 93m2');
    expect(jsonFeed({ title: 'Tin &lt;b&gt;quan trọng&lt;/b&gt;', _portal: {} }).title).to.equal('Tin quan trọng');
    expect(wordpress({ title: { rendered: 'Tin <b>quan trọng</b>' } }).title).to.equal('Tin quan trọng');
    expect(atom('<title type="html">Tin &lt;b&gt;quan trọng&lt;/b&gt;</title>').title).to.equal('Tin quan trọng');
  });

  it('keeps a title that is text about markup readable, as the HTML parser would', () => {
    expect(rss('<![CDATA[a < b và b > c]]>').title).to.equal('a < b và b > c');
    expect(rss('x &lt; 3').title).to.equal('x < 3');
    expect(jsonFeed({ title: 'Die Rückkehr von <i> und <b>' }).title).to.equal('Die Rückkehr von <i> und <b>');
    expect(jsonFeed({ title: '<script>alert(1)</script> Tin' }).title).to.equal('<script>alert(1)</script> Tin');
  });
});

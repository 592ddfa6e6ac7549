import { expect } from '@open-wc/testing';
import { show as showDocument } from '../helpers/shown.js';

// Ill-formed and tricky documents written by hand, one per defect class of
// issue 12 (not the real captures): each served as bytes to a <news-list>,
// and checked for what a careful reader shows.

/** Bytes of a string whose characters are all below U+0100 (`\xE9` is the byte 0xE9). */
const latin = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const utf8 = (text: string) => new TextEncoder().encode(text);
function utf16(text: string, littleEndian: boolean, bom: boolean) {
  const units = (bom ? '\uFEFF' : '') + text;
  const view = new DataView(new ArrayBuffer(units.length * 2));
  for (let i = 0; i < units.length; i++) view.setUint16(i * 2, units.charCodeAt(i), littleEndian);
  return new Uint8Array(view.buffer);
}

const show = (body: Uint8Array<ArrayBuffer> | string, type = 'application/rss+xml') => showDocument(body, type);

const item = (title: string, link = 'https://a.vn/1', date = 'Thu, 29 Oct 2020 07:57:30 +0700', extra = '') =>
  `<item><title>${title}</title><link>${link}</link><pubDate>${date}</pubDate>${extra}</item>`;
const rss = (items: string, head = '<?xml version="1.0" encoding="utf-8"?>') =>
  `${head}<rss version="2.0"><channel><title>T</title><link>https://a.vn/</link>${items}</channel></rss>`;
const second = item('Tin hai', 'https://a.vn/2', 'Wed, 28 Oct 2020 07:00:00 +0700');

async function expectRepaired(doc: Uint8Array<ArrayBuffer> | string, titles: string[], type?: string) {
  const shown = await show(doc, type);
  expect(shown.event, shown.message).to.equal('portal-load');
  expect(shown.titles).to.deep.equal(titles);
  return shown;
}

describe('authored ill-formed RSS: entities outside CDATA', () => {
  for (const [name, title, expected] of [
    ['&nbsp;', 'Hà&nbsp;Nội', 'Hà Nội'],
    ['&eacute;', 'Caf&eacute; &amp; th&eacute;', 'Café & thé'],
    ['&hellip; &mdash; &laquo;', '&laquo;Tin&raquo; &mdash; m&oacute;i&hellip;', '«Tin» — mói…'],
    ['&Agrave; &ETH; &thorn;', '&Agrave;&ETH;&thorn;', 'ÀÐþ'],
    ['an unknown entity', 'A &bogus; B', 'A &bogus; B'],
    ['a numeric reference', 'Vi&#7879;t &#x4E2D;', 'Việt 中'],
  ]) {
    it(`reads ${name} in a title`, async () => {
      const shown = await expectRepaired(rss(item(title) + second), [expected, 'Tin hai']);
      expect(shown.links[0]).to.equal('https://a.vn/1');
    });
  }

  it('reads an HTML entity inside an attribute (enclosure) and still shows the items', async () => {
    await expectRepaired(
      rss(
        item(
          'Ảnh',
          'https://a.vn/1',
          'Thu, 29 Oct 2020 07:57:30 +0700',
          '<enclosure url="https://a.vn/caf&eacute;.jpg" type="image/jpeg" length="1"/>',
        ),
      ),
      ['Ảnh'],
    );
  });

  it('reads &nbsp; in an Atom xhtml content and a text title', async () => {
    const shown = await expectRepaired(
      `<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><id>1</id><title>Xin&nbsp;chào</title><link href="https://a.vn/x"/><updated>2020-10-29T07:57:30+07:00</updated><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>a&nbsp;b<br>c</p></div></content></entry></feed>`,
      ['Xin chào'],
      'application/atom+xml',
    );
    expect(shown.dates[0]).to.equal('2020-10-29T00:57:30.000Z');
  });
});

describe('authored ill-formed RSS: bare "&"', () => {
  it('in a title, a link and an attribute URL', async () => {
    const shown = await expectRepaired(
      rss(
        item(
          'Kinh tế & xã hội',
          'https://a.vn/?a=1&b=2',
          'Thu, 29 Oct 2020 07:57:30 +0700',
          '<enclosure url="https://a.vn/i.jpg?w=1&h=2" type="image/jpeg"/>',
        ) + item('A&B&&C &', 'https://a.vn/x?q=a&amp;r=b&s'),
      ),
      ['Kinh tế & xã hội', 'A&B&&C &'],
    );
    expect(shown.links).to.deep.equal(['https://a.vn/?a=1&b=2', 'https://a.vn/x?q=a&r=b&s']);
    expect(shown.problems.join('\n')).to.contain('bare "&" escaped');
  });

  it('an "&" that looks like the start of an entity name without ";"', async () => {
    await expectRepaired(rss(item('AT&T và P&G', 'https://a.vn/?x=1&copy=2')), ['AT&T và P&G']);
  });
});

describe('authored ill-formed RSS: control characters', () => {
  for (const code of [0x01, 0x0b, 0x1f, 0x0c, 0x7f]) {
    it(`U+${code.toString(16).padStart(4, '0')} in a title and an attribute`, async () => {
      const c = String.fromCharCode(code);
      const shown = await expectRepaired(
        rss(
          item(
            `Tin${c} một`,
            'https://a.vn/1',
            'Thu, 29 Oct 2020 07:57:30 +0700',
            `<guid isPermaLink="false">id${c}1</guid><enclosure url="https://a.vn/a${c}.jpg" type="image/jpeg"/>`,
          ) + second,
        ),
        [code === 0x7f ? 'Tin\x7f một' : 'Tin một', 'Tin hai'],
      );
      if (code !== 0x7f) expect(shown.problems.join('\n')).to.contain('characters XML forbids removed');
    });
  }
});

describe('authored ill-formed RSS: HTML in non-CDATA descriptions', () => {
  for (const markup of [
    'a<br>b',
    'a<p>b<p>c',
    '<img src="https://a.vn/i.jpg">x',
    'a<hr>b',
    '<p>a<br>b<img src=x.jpg alt=y><hr></p>',
    '<BR>a<Br/>b',
    '<ul><li>a<li>b</ul>',
    '<p>a</b>b</p>',
    '<font color=red>x</font>',
  ]) {
    it(`keeps the items with ${markup}`, async () => {
      const shown = await expectRepaired(
        rss(item('Một', 'https://a.vn/1', 'Thu, 29 Oct 2020 07:57:30 +0700', `<description>${markup}</description>`) + second),
        ['Một', 'Tin hai'],
      );
      expect(shown.dates).to.deep.equal(['2020-10-29T00:57:30.000Z', '2020-10-28T00:00:00.000Z']);
    });
  }
});

describe('authored ill-formed RSS: what comes before the root', () => {
  for (const [name, head] of [
    ['a blank line', '\n<?xml version="1.0" encoding="utf-8"?>'],
    ['a sentence and a blank line', 'This XML file does not appear to have any style information.\n\n<?xml version="1.0"?>'],
    ['a BOM and white space', '\uFEFF  \n\t<?xml version="1.0" encoding="utf-8"?>'],
    ['a BOM, white space and no declaration', '\uFEFF\n\n'],
    ['a sentence without a declaration', 'Tin mới nhất\n'],
    [
      'a PHP warning',
      '<br />\n<b>Warning</b>:  Cannot modify header information in <b>/var/www/rss.php</b> on line <b>3</b><br />\n<?xml version="1.0" encoding="utf-8"?>',
    ],
    ['a comment and a stylesheet', '<?xml version="1.0"?><!-- x --><?xml-stylesheet type="text/xsl" href="rss.xsl"?>\n'],
    [
      'a DOCTYPE',
      '<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">',
    ],
  ]) {
    it(`reads a feed after ${name}`, async () => {
      await expectRepaired(rss(item('Một') + second, head), ['Một', 'Tin hai']);
    });
  }
});

describe('authored ill-formed RSS: unclosed and cut short', () => {
  it('shows an unclosed last <item>', async () => {
    const doc = rss(`${second}<item><title>Cuối</title><link>https://a.vn/3</link>`);
    await expectRepaired(doc, ['Tin hai', 'Cuối']);
  });

  it('shows an unclosed middle <item>', async () => {
    await expectRepaired(rss(`<item><title>Một</title><link>https://a.vn/1</link>${second}`), ['Một', 'Tin hai']);
  });

  const full = rss(item('Một') + second + item('Ba', 'https://a.vn/3'));
  const cuts: [string, string][] = [
    ['mid-tag', full.slice(0, full.indexOf('<title>Ba') + 4)],
    ['mid-CDATA', rss(item('Một') + second).replace('</channel></rss>', '') + '<item><title><![CDATA[Ba đang'],
    ['mid-attribute', rss(item('Một') + second).replace('</channel></rss>', '') + '<item><enclosure url="https://a.vn/x'],
    ['mid-entity', rss(item('Một') + second).replace('</channel></rss>', '') + '<item><title>Ba &amp'],
    ['mid-end-tag', rss(item('Một') + second).replace('</channel></rss>', '</chan')],
    ['right after the last item', rss(item('Một') + second).replace('</channel></rss>', '')],
    [
      'mid-entity in a complete-looking item title',
      rss(item('Một') + second).replace('</channel></rss>', '') + '<item><title>Ba &nbs',
    ],
  ];
  for (const [name, doc] of cuts) {
    it(`shows every complete item of a document cut short ${name}`, async () => {
      const shown = await expectRepaired(doc, ['Một', 'Tin hai']);
      expect(shown.problems.join('\n')).to.contain('document cut short');
    });
  }

  it('ends a CDATA section left open in the middle at the end of its element', async () => {
    const shown = await expectRepaired(rss(`<item><title><![CDATA[Một</title><link>https://a.vn/1</link></item>${second}`), [
      'Một',
      'Tin hai',
    ]);
    expect(shown.links).to.deep.equal(['https://a.vn/1', 'https://a.vn/2']);
    expect(shown.problems.join('\n')).to.contain('unclosed CDATA section or comment closed');
  });

  it('ends a comment left open in a description at the end of the description', async () => {
    await expectRepaired(
      rss(item('Một', 'https://a.vn/1', 'Thu, 29 Oct 2020 07:57:30 +0700', '<description>a <!-- ghi chú</description>') + second),
      ['Một', 'Tin hai'],
    );
  });

  it('reads <title>Một<title> as a mistyped end tag', async () => {
    const shown = await expectRepaired(rss(`<item><title>Một<title><link>https://a.vn/1</link></item>${second}`), [
      'Một',
      'Tin hai',
    ]);
    expect(shown.links).to.deep.equal(['https://a.vn/1', 'https://a.vn/2']);
  });

  it('a document cut before any item is a parse error, not a blank box', async () => {
    const shown = await show('<?xml version="1.0"?><rss><channel><title>T</tit');
    expect(shown.event).to.equal('portal-error');
  });
});

describe('authored tricky RSS: namespaces, case, attributes, CDATA', () => {
  it('reads undeclared media:, dc: and content: prefixes', async () => {
    const shown = await expectRepaired(
      rss(
        `<item><title>Một</title><link>https://a.vn/1</link><dc:date>2020-10-29T07:57:30+07:00</dc:date><dc:creator>Lan</dc:creator><media:thumbnail url="https://a.vn/t.jpg"/><content:encoded><![CDATA[<p>x</p>]]></content:encoded></item>`,
      ),
      ['Một'],
    );
    expect(shown.dates).to.deep.equal(['2020-10-29T00:57:30.000Z']);
  });

  for (const tag of ['pubdate', 'PubDate', 'PUBDATE']) {
    it(`reads <${tag}> as the date`, async () => {
      const shown = await expectRepaired(
        rss(`<item><title>Một</title><link>https://a.vn/1</link><${tag}>Thu, 29 Oct 2020 07:57:30 +0700</${tag}></item>`),
        ['Một'],
      );
      expect(shown.dates).to.deep.equal(['2020-10-29T00:57:30.000Z']);
    });
  }

  it('reads mixed-case <Title>, <Link> and <Item>', async () => {
    const shown = await expectRepaired(
      rss(`<Item><Title>Một</Title><Link>https://a.vn/1</Link><pubDate>Thu, 29 Oct 2020 07:57:30 +0700</pubDate></Item>`),
      ['Một'],
    );
    expect(shown.links).to.deep.equal(['https://a.vn/1']);
  });

  it('keeps the first of duplicate attributes', async () => {
    await expectRepaired(
      rss(
        item(
          'Một',
          'https://a.vn/1',
          'Thu, 29 Oct 2020 07:57:30 +0700',
          '<enclosure url="https://a.vn/a.jpg" url="https://a.vn/b.jpg" type="image/jpeg" type="x"/><guid isPermaLink="false" isPermaLink="true">g1</guid>',
        ) + second,
      ),
      ['Một', 'Tin hai'],
    );
  });

  it('survives oddly nested CDATA', async () => {
    const shown = await show(
      rss(`<item><title><![CDATA[Một <![CDATA[hai]]> ba]]></title><link>https://a.vn/1</link></item>${second}`),
    );
    expect(shown.event, shown.message).to.equal('portal-load');
    expect(shown.titles[1]).to.equal('Tin hai');
    expect(shown.titles[0]).to.contain('Một');
  });

  it('survives a CDATA end marker in text and a CDATA in a link', async () => {
    await expectRepaired(rss(item('a ]]> b', '<![CDATA[https://a.vn/1?a=1&b=2]]>') + second), ['a ]]> b', 'Tin hai']);
  });

  it('reads RSS 1.0 / RDF with items beside the channel', async () => {
    const shown = await expectRepaired(
      `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="https://a.vn/"><title>T</title><link>https://a.vn/</link></channel><item rdf:about="https://a.vn/1"><title>Một &amp; hai</title><link>https://a.vn/1</link><dc:date>2020-10-29T07:57:30+07:00</dc:date></item><item rdf:about="https://a.vn/2"><title>Hai&nbsp;ba</title><link>https://a.vn/2</link></item></rdf:RDF>`,
      ['Một & hai', 'Hai ba'],
    );
    expect(shown.dates[0]).to.equal('2020-10-29T00:57:30.000Z');
  });

  it('reads an all-capitals RSS document (<RSS>, <CHANNEL>, <ITEM>, <PUBDATE>)', async () => {
    const shown = await expectRepaired(
      `<RSS version="2.0"><CHANNEL><TITLE>T</TITLE><ITEM><TITLE>Một</TITLE><LINK>https://a.vn/1</LINK><PUBDATE>Thu, 29 Oct 2020 07:57:30 +0700</PUBDATE></ITEM></CHANNEL></RSS>`,
      ['Một'],
    );
    expect(shown.dates).to.deep.equal(['2020-10-29T00:57:30.000Z']);
  });

  it('reads the <a10:updated> date .NET writes in RSS items, declared or not', async () => {
    const updated = '<a10:updated>2020-10-29T07:57:30+07:00</a10:updated>';
    const declared = await expectRepaired(
      `<rss version="2.0" xmlns:a10="http://www.w3.org/2005/Atom"><channel><item><title>Một</title><link>https://a.vn/1</link>${updated}</item></channel></rss>`,
      ['Một'],
    );
    const undeclared = await expectRepaired(rss(`<item><title>Một</title><link>https://a.vn/1</link>${updated}</item>`), ['Một']);
    expect([...declared.dates, ...undeclared.dates]).to.deep.equal(['2020-10-29T00:57:30.000Z', '2020-10-29T00:57:30.000Z']);
  });

  it('reads RDF without the rdf: prefix declared', async () => {
    await expectRepaired(
      `<rdf:RDF xmlns="http://purl.org/rss/1.0/"><channel><title>T</title></channel><item><title>Một</title><link>https://a.vn/1</link></item></rdf:RDF>`,
      ['Một'],
    );
  });
});

describe('authored encodings', () => {
  const doc = (title: string, encoding?: string) =>
    `<?xml version="1.0"${encoding ? ` encoding="${encoding}"` : ''}?><rss version="2.0"><channel><title>T</title>${item(title)}</channel></rss>`;
  // Titles in legacy bytes (written as \x.. escapes) and what they must show.
  const cases: [string, string, string][] = [
    ['gb2312', '\xD6\xD0\xCE\xC4\xD0\xC2\xCE\xC5', '中文新闻'],
    ['GBK', '\xD6\xD0\xCE\xC4\xD0\xC2\xCE\xC5', '中文新闻'],
    ['Big5', '\xA4\xA4\xA4\xE5', '中文'],
    ['Shift_JIS', '\x93\xFA\x96\x7B', '日本'],
    ['EUC-KR', '\xC7\xD1\xB1\xB9', '한국'],
    ['windows-1251', '\xCF\xF0\xE8\xE2\xE5\xF2', 'Привет'],
    ['KOI8-R', '\xF0\xD2\xC9\xD7\xC5\xD4', 'Привет'],
    ['ISO-8859-1', 'Caf\xE9 cr\xE8me', 'Café crème'],
    ['ISO-8859-15', 'Prix \xA4 5', 'Prix € 5'],
    // windows-1258 writes most Vietnamese letters as a base letter and a combining tone mark.
    ['windows-1258', 'Vi\xEA\xF2t Nam \xF0\xEA\xECc', 'Việt Nam đếc'],
  ];
  for (const [encoding, bytes, title] of cases) {
    it(`${encoding} declared in the XML declaration only`, async () => {
      await expectRepaired(latin(doc(bytes, encoding)), [title], 'application/rss+xml');
    });
    it(`${encoding} given in the HTTP charset only`, async () => {
      await expectRepaired(latin(doc(bytes)), [title], `application/rss+xml; charset=${encoding}`);
    });
    it(`${encoding} in the HTTP charset, contradicting a UTF-8 declaration (HTTP wins)`, async () => {
      await expectRepaired(latin(doc(bytes, 'utf-8')), [title], `text/xml; charset="${encoding}"`);
    });
  }

  it('windows-1251 declared, ISO-8859-1 in the HTTP charset: HTTP wins', async () => {
    await expectRepaired(latin(doc('Caf\xE9', 'windows-1251')), ['Café'], 'application/xml; charset=iso-8859-1');
  });

  for (const littleEndian of [true, false]) {
    for (const bom of [true, false]) {
      it(`UTF-16${littleEndian ? 'LE' : 'BE'} ${bom ? 'with' : 'without'} a BOM`, async () => {
        await expectRepaired(utf16(doc('Tin tức Việt Nam 中文', 'utf-16'), littleEndian, bom), ['Tin tức Việt Nam 中文']);
      });
    }
  }

  for (const littleEndian of [true, false]) {
    it(`UTF-16${littleEndian ? 'LE' : 'BE'} without a BOM, with a line break before the declaration`, async () => {
      await expectRepaired(utf16(`\n${doc('Tin tức 中文', 'utf-16')}`, littleEndian, false), ['Tin tức 中文']);
    });
  }

  it('UTF-16 declared on UTF-8 bytes is read as UTF-8', async () => {
    await expectRepaired(doc('Tin tức', 'utf-16'), ['Tin tức']);
  });

  it('UTF-16 in the HTTP charset on UTF-8 bytes is read as UTF-8', async () => {
    await expectRepaired(doc('Tin tức', 'utf-8'), ['Tin tức'], 'application/rss+xml; charset=utf-16');
  });

  it('Latin-1 bytes without any declaration', async () => {
    await expectRepaired(latin(doc('Caf\xE9 na\xEFve \xE0 la cr\xE8me')), ['Café naïve à la crème']);
  });

  it('Latin-1 bytes without a declaration after text before the root', async () => {
    await expectRepaired(latin('Feed\n' + doc('Caf\xE9', 'ISO-8859-1')), ['Café']);
  });

  it('an unknown declared encoding falls back to UTF-8', async () => {
    await expectRepaired(doc('Tin tức', 'x-bogus-9'), ['Tin tức']);
  });

  it('UTF-8 with a BOM, declared as windows-1252: the BOM wins', async () => {
    await expectRepaired(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(doc('Tin tức', 'windows-1252'))]), ['Tin tức']);
  });

  it('UTF-8 bytes served as ISO-8859-1 (a server default) with a UTF-8 declaration are read as UTF-8', async () => {
    await expectRepaired(doc('Tin tức Việt Nam', 'utf-8'), ['Tin tức Việt Nam'], 'text/xml; charset=ISO-8859-1');
  });

  it('UTF-8 bytes served as windows-1252 without a declaration are read as UTF-8', async () => {
    await expectRepaired(doc('Tin tức – “mới”'), ['Tin tức – “mới”'], 'application/rss+xml; charset=windows-1252');
  });
});

describe('authored tricky Atom', () => {
  it('reads Atom 0.3 issued and modified dates, and an all-capitals <FEED>', async () => {
    const shown = await expectRepaired(
      `<feed xmlns="http://purl.org/atom/ns#" version="0.3"><title>A</title><entry><title>Một</title><link rel="alternate" href="https://a.vn/1"/><issued>2020-10-29T07:57:30+07:00</issued><modified>2020-10-30T07:57:30+07:00</modified></entry></feed>`,
      ['Một'],
      'application/atom+xml',
    );
    expect(shown.dates).to.deep.equal(['2020-10-29T00:57:30.000Z']);
    await expectRepaired(
      `<FEED xmlns="http://www.w3.org/2005/Atom"><ENTRY><TITLE>Hai</TITLE><LINK href="https://a.vn/2"/></ENTRY></FEED>`,
      ['Hai'],
      'application/atom+xml',
    );
  });

  it('reads Atom without its namespace, with a bare "&" in a link href', async () => {
    const shown = await expectRepaired(
      `<feed><title>A</title><entry><id>1</id><title>Một & hai</title><link href="https://a.vn/?a=1&b=2"/><updated>2020-10-29T07:57:30+07:00</updated></entry></feed>`,
      ['Một & hai'],
      'application/atom+xml',
    );
    expect(shown.links).to.deep.equal(['https://a.vn/?a=1&b=2']);
    expect(shown.dates).to.deep.equal(['2020-10-29T00:57:30.000Z']);
  });

  it('reads an Atom entry cut short after two complete ones', async () => {
    const entry = (n: number) =>
      `<entry><id>${n}</id><title>Tin ${n}</title><link href="https://a.vn/${n}"/><updated>2020-10-2${n}T07:57:30Z</updated></entry>`;
    await expectRepaired(
      `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>${entry(2)}${entry(1)}<entry><id>3</id><title>Ba`,
      ['Tin 2', 'Tin 1'],
      'application/atom+xml',
    );
  });

  it('reads Atom html titles with entities outside CDATA', async () => {
    await expectRepaired(
      `<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>1</id><title type="html">&lt;b&gt;Caf&eacute;&lt;/b&gt; &amp;amp; tr&agrave;</title><link href="https://a.vn/1"/></entry></feed>`,
      ['Café & trà'],
      'application/atom+xml',
    );
  });
});

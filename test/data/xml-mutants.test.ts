import { expect } from '@open-wc/testing';
import { decodeXml, parseXmlFeed } from '../../src/data/rss-atom.js';
import { PortalError } from '../../src/core/portal-error.js';
import { repairXml } from '../../src/data/xml/repair.js';
import type { XmlElement } from '../../src/data/xml/tree.js';

// Mutants of real feeds (bit flips, bytes cut, tags deleted or doubled), as a
// fuzzer makes them: the repair must read each into a tree an XML parser
// could have built (names that are XML names, no character XML forbids), and
// the reader must end in a feed or a clear error, never throw anything else.
// No parser of the browser sees the text: a parser-error document is itself
// a CSP report on a strict host.

const FEED = 'https://portal.example/rss.xml';
const REAL = [
  'rss-baochinhphu.xml',
  'rss-nguoiquansat.xml',
  'rss-vietnambiz.xml',
  'atom-qemu.xml',
  'vn-vnexpress-tin-moi-nhat-2019-02-18.rss',
];

const ascii = (text: string) => new TextEncoder().encode(text);
const withByte = (before: string, byte: number, after: string) => new Uint8Array([...ascii(before), byte, ...ascii(after)]);

/** A seeded generator, so a failure names a mutant that can be made again. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
}

function mutate(bytes: Uint8Array, next: () => number): Uint8Array {
  const at = () => Math.floor(next() * bytes.length);
  const kind = Math.floor(next() * 4);
  if (kind === 0) {
    const copy = bytes.slice();
    for (let flips = 0; flips < 3; flips++) copy[at()] ^= 1 << Math.floor(next() * 8);
    return copy;
  }
  if (kind === 1) return bytes.slice(0, at());
  const start = at();
  const length = 1 + Math.floor(next() * 40);
  const piece = bytes.slice(start, start + length);
  // Deleted, or doubled.
  return kind === 2
    ? new Uint8Array([...bytes.slice(0, start), ...bytes.slice(start + length)])
    : new Uint8Array([...bytes.slice(0, start), ...piece, ...bytes.slice(start)]);
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The tree as XML, each name without its prefix (namespaces are the tree's own business), for the browser to check. */
function xmlOf(el: XmlElement): string {
  const attributes = new Map<string, string>();
  for (let i = 0; i < el.attributes.length; i += 2) {
    const name = el.attributes[i].replace(/^[^:]*:/, '');
    if (!/^xmlns(:|$)/.test(el.attributes[i])) attributes.set(name, el.attributes[i + 1]);
  }
  const tag = [el.localName, ...[...attributes].map(([name, value]) => `${name}="${escape(value)}"`)].join(' ');
  return `<${tag}>${el.nodes.map((node) => (typeof node === 'string' ? escape(node) : xmlOf(node))).join('')}</${el.localName}>`;
}

const parserError = (text: string) =>
  new DOMParser().parseFromString(text, 'application/xml').getElementsByTagName('parsererror')[0]?.textContent;

describe('mutated feeds', () => {
  it('cut a tag name to the XML name it starts with: a stray byte, a colon at the end', () => {
    const feed = parseXmlFeed(
      decodeXml(
        withByte(
          '<rss><channel><item><title>A</title><pubDate',
          0xbe,
          '>Fri, 04 Dec 2020 08:00:00 +0700</pubDate></item><item:><title>B</title></item></channel></rss>',
        ),
      ),
      FEED,
    );
    expect(feed.items.map((item) => [item.title, item.datePublished])).to.deep.equal([
      ['A', '2020-12-04T01:00:00.000Z'],
      ['B', undefined],
    ]);
    expect(feed.problems).to.include('xml: malformed tag repaired (<pubDate¾)');
  });

  it('read an end tag one character off as the end of the open element', () => {
    const feed = parseXmlFeed('<rss><channel><item><title>A</titme><link>https://a.vn/1</link></item></channel></rss>', FEED);
    expect([feed.items[0].title, feed.items[0].url]).to.deep.equal(['A', 'https://a.vn/1']);
    expect(parseXmlFeed('<rss><channel><item><title>A</b><guid>g</guid></item></channel></rss>', FEED).items[0].title).to.equal(
      'Ag',
    );
  });

  it('drop comments (even with "--" in them) and processing instructions inside the root', () => {
    const text =
      '<rss><channel><!-- a -- b ---><?php echo 1 ?><?xml version="1.0"?><item><title>A</title></item></channel></rss>';
    expect(xmlOf(repairXml(text).root!)).to.equal('<rss><channel><item><title>A</title></item></channel></rss>');
    expect(parseXmlFeed(text, FEED).items[0].title).to.equal('A');
  });

  it('read each of 500 seeded mutants of five real feeds into a well-formed tree, and to a feed or a clear error', async () => {
    const failures: string[] = [];
    for (const [n, name] of REAL.entries()) {
      const bytes = new Uint8Array(await (await fetch(`/test/fixtures/real/${name}?bytes`)).arrayBuffer());
      const next = random(n + 1);
      for (let round = 0; round < 100; round++) {
        const text = decodeXml(mutate(bytes, next));
        const { root } = repairXml(text);
        const error = root && parserError(xmlOf(root));
        if (error) failures.push(`${name} #${round}: ${error.slice(0, 120)}`);
        try {
          parseXmlFeed(text, FEED);
        } catch (thrown) {
          if (!(thrown instanceof PortalError)) failures.push(`${name} #${round}: ${String(thrown)}`);
        }
      }
    }
    expect(failures).to.deep.equal([]);
  });
});

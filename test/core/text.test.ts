import { expect } from '@open-wc/testing';
import { cleanText, decodeEntities, looksLikeHtml, stripMarkup, titleText, useEntityDecoder } from '../../src/core/text.js';
import { browserEntityDecoder } from '../../src/data/entities.js';

describe('decodeEntities', () => {
  afterEach(() => useEntityDecoder(browserEntityDecoder()));

  it('reads every named reference through the decoder plugged in, each name once', () => {
    const asked: string[] = [];
    useEntityDecoder((reference) => {
      asked.push(reference);
      return reference === '&ocirc;' ? 'ô' : undefined;
    });
    expect(decodeEntities('Th&ocirc;ng &ocirc; &zzz; &amp; &#7897;')).to.equal('Thông ô &zzz; & ộ');
    expect(asked).to.deep.equal(['&ocirc;', '&zzz;']);
  });

  it('without a decoder (as in Node before one is given) reads numeric references and the XML names only', () => {
    useEntityDecoder(undefined);
    expect(decodeEntities('&lt;b&gt; &quot;&apos; &amp &#8216;x&#x2019; &ocirc;')).to.equal('<b> "\' & ‘x’ &ocirc;');
  });

  it('where there is no Sanitizer API, reads them through innerHTML of an inert textarea', () => {
    Object.defineProperty(HTMLTextAreaElement.prototype, 'setHTML', { value: undefined, configurable: true });
    try {
      expect(decodeEntities('&Aring;ngstr&ouml;m &NotLessLess;')).to.equal('Ångström ≪̸');
    } finally {
      delete (HTMLTextAreaElement.prototype as { setHTML?: unknown }).setHTML;
    }
  });

  it('in the browser, reads every HTML name', () => {
    expect(decodeEntities('&Aacute;&ccedil;&nbsp;&ThickSpace;&bne;')).to.equal('Áç\u00a0\u205f\u200a=\u20e5');
  });
});

describe('titleText and looksLikeHtml', () => {
  it('tells HTML from text about HTML', () => {
    expect(looksLikeHtml('93m<sup>2</sup>')).to.equal(true);
    expect(looksLikeHtml('<span class="x">a</span><br>b')).to.equal(true);
    expect(looksLikeHtml('a < b')).to.equal(false);
    expect(looksLikeHtml('von <i> und <b>')).to.equal(false);
    expect(looksLikeHtml('<script>x</script>')).to.equal(false);
  });

  it('decodes once and reduces HTML to its text', () => {
    expect(titleText('Tin &lt;b&gt;quan&nbsp;trọng&lt;/b&gt;')).to.equal('Tin quan trọng');
    expect(titleText('&amp;lt;b&amp;gt;')).to.equal('&lt;b&gt;');
    expect(titleText('Dòng một<br>dòng hai</span>')).to.equal('Dòng một dòng hai');
  });
});

describe('cleanText and its fast paths', () => {
  // What cleanText is defined to do, with no shortcut.
  const general = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

  it('gives what NFC and folding give, on text that needs either or nothing', () => {
    for (const text of [
      'Hội nghị triển khai nhiệm vụ năm 2027',
      // Decomposed Vietnamese (NFD, as some editors on macOS paste it), alone and beside precomposed text.
      'Ho\u0302\u0323i nghi\u0323 Thu\u031b\u0323c',
      'Hội nghị Thu\u031b\u0323c',
      'e\u0301',
      // Characters with a canonical decomposition of one character: Ohm sign, Angstrom sign, U+2000.
      '\u2126 \u212b a\u2000b',
      // White space of every kind: tabs, line breaks, no-break, ideographic, line separator, BOM.
      ' \tTin\n\nmới\r\n',
      'a\u00a0b',
      'a  b',
      'a\u3000b\u2028c\ufeffd',
      'a\u000bb\u000cc',
      ' leading',
      'trailing ',
      '',
      ' ',
      // Controls that are not white space stay, as they did.
      'a\u0000b\u0007c\u0085d\u009fe',
      // Dashes, quotes and the ellipsis WordPress writes, and their neighbours outside the range.
      'Tin – mới — “trích” ‘dẫn’ • … ‧',
      '\u200f\u2028\u2029\u202f\u205f\u2030',
      'Ω ≠ ∑ 😀 中文',
    ]) {
      expect(cleanText(text), JSON.stringify(text)).to.equal(general(text));
    }
  });

  it('skips NFC only for text that is NFC already: every character of the range alone and beside every other', () => {
    const range: string[] = [];
    for (const [from, to] of [
      [0, 0x2ff],
      [0x1e00, 0x1eff],
      [0x2010, 0x2027],
    ]) {
      for (let code = from; code <= to; code++) range.push(String.fromCharCode(code));
    }
    // Each character, and each pair with one of the punctuation range (the Latin pairs were checked when that range was chosen).
    const punctuation = range.filter((c) => c >= '\u2010');
    for (const a of range) {
      expect(cleanText(`x${a}x`), a).to.equal(general(`x${a}x`));
      for (const b of punctuation) {
        if (`${a}${b}`.normalize('NFC') !== `${a}${b}` || `${b}${a}`.normalize('NFC') !== `${b}${a}`) {
          expect.fail(`${a.charCodeAt(0).toString(16)} and ${b.charCodeAt(0).toString(16)} are not NFC side by side`);
        }
      }
    }
  });

  it('folds as `\\s+` does beside every character of the range: after a space, before one, between two, twice', () => {
    for (const [from, to] of [
      [0, 0x2ff],
      [0x1e00, 0x1eff],
      [0x2010, 0x2027],
    ]) {
      for (let code = from; code <= to; code++) {
        const a = String.fromCharCode(code);
        for (const text of [`x ${a}x`, `x${a} x`, `x ${a} x`, `x${a}${a}x`, `${a} ${a}`]) {
          expect(cleanText(text), JSON.stringify(text)).to.equal(general(text));
        }
      }
    }
  });

  it('titleText and stripMarkup: text without markup or references is given back as it is', () => {
    const title = 'Tin – mới: a < b, “trích” và 93m²';
    expect(titleText(title)).to.equal(title);
    expect(stripMarkup(title)).to.equal(title);
    expect(titleText('Th&ocirc;ng b&aacute;o  <b>mới</b>')).to.equal('Thông báo mới');
    expect(titleText('Thông\u0301 báo')).to.equal('Thông\u0301 báo'.normalize('NFC'));
    expect(stripMarkup('a<br>b<!-- c -->')).to.equal('a b ');
  });
});

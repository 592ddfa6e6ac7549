import { expect } from '@open-wc/testing';
import { decodeEntities, looksLikeHtml, titleText, useEntityDecoder } from '../../src/core/text.js';
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

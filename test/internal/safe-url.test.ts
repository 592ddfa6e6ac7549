import { expect } from '@open-wc/testing';
import { safeUrl } from '../../src/internal/safe-url.js';

describe('safeUrl', () => {
  const base = 'https://portal.example/api/feed.json';

  it('resolves relative URLs against the document, not the page', () => {
    expect(safeUrl('/tin/1', base)).to.equal('https://portal.example/tin/1');
    expect(safeUrl('anh/a.jpg', base)).to.equal('https://portal.example/api/anh/a.jpg');
  });

  it('keeps http, https, mailto and tel', () => {
    expect(safeUrl('http://a.example/', base)).to.equal('http://a.example/');
    expect(safeUrl('mailto:x@a.example', base)).to.equal('mailto:x@a.example');
    expect(safeUrl('tel:+84123', base)).to.equal('tel:+84123');
  });

  it('drops script-bearing and unknown schemes, however they are written', () => {
    for (const raw of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0001javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
    ]) {
      expect(safeUrl(raw, base), raw).to.equal(undefined);
    }
  });

  it('answers the same again, per document: a remembered answer never leaks to another base', () => {
    expect(safeUrl('tin/1', base)).to.equal('https://portal.example/api/tin/1');
    expect(safeUrl('tin/1', 'https://other.example/feed/')).to.equal('https://other.example/feed/tin/1');
    expect(safeUrl('tin/1', base)).to.equal('https://portal.example/api/tin/1');
    expect(safeUrl('javascript:alert(1)', base)).to.equal(undefined);
    expect(safeUrl('javascript:alert(1)', base)).to.equal(undefined);
    for (let i = 0; i < 6000; i++) safeUrl(`/tin/${i}`, base);
    expect(safeUrl('/tin/5999', base)).to.equal('https://portal.example/tin/5999');
    expect(safeUrl('/tin/1', base)).to.equal('https://portal.example/tin/1');
  });

  it('drops what is not a string or not a URL', () => {
    expect(safeUrl(42, base)).to.equal(undefined);
    expect(safeUrl('', base)).to.equal(undefined);
    expect(safeUrl('http://[bad', base)).to.equal(undefined);
  });
});

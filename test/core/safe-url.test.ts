import { expect } from '@open-wc/testing';
import { safeUrl } from '../../src/core/safe-url.js';

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

  it('gives back exactly what the URL parser gives, for 20,000 generated links with tricky characters', () => {
    // A seeded generator (mulberry32), so that a failure can be replayed.
    let seed = 20261128;
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
    // Mostly what the fast path accepts, with now and then a character the URL parser would change.
    const hostSafe = ['a', 'z', 'x', '0', '9', '-', '.', 'com', 'vn', 'gov'];
    const hostTricky = ['xn--', '0x', 'A', '_', 'ß', ':80', ':443', ':8080', '@', '..', ' ', '1.2.3.4', '%41'];
    const pathSafe = [..."abcXYZ019-._~!$&'()*+,;=:@/%?#", 'tin', '2024'];
    const pathTricky = [...'`{}^|[]\\ "<>', '%2e', '%2E', '%zz', '..', './', '/.', 'é', '\t', '\n', '\u00ad', '\u3000'];
    const bit = (safe: string[], tricky: string[]) => (random() < 0.93 ? pick(safe) : pick(tricky));
    let checked = 0;
    for (let i = 0; i < 20000; i++) {
      let raw = random() < 0.9 ? pick(['http://', 'https://']) : pick(['HTTPS://', '//', '/', '', 'http:/', 'https:']);
      for (let j = 1 + Math.floor(random() * 8); j > 0; j--) raw += bit(hostSafe, hostTricky);
      raw += '/';
      for (let j = Math.floor(random() * 14); j > 0; j--) raw += bit(pathSafe, pathTricky);
      let expected: string | undefined;
      try {
        const url = new URL(raw.trim(), base);
        expected = ['http:', 'https:'].includes(url.protocol) ? url.href : undefined;
      } catch {
        expected = undefined;
      }
      if (!raw.trim()) continue;
      expect(safeUrl(raw, base), JSON.stringify(raw)).to.equal(expected);
      checked++;
    }
    expect(checked).to.be.greaterThan(19000);
  });

  it('drops what is not a string or not a URL', () => {
    expect(safeUrl(42, base)).to.equal(undefined);
    expect(safeUrl('', base)).to.equal(undefined);
    expect(safeUrl('http://[bad', base)).to.equal(undefined);
  });
});

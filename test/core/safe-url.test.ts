import { expect } from '@open-wc/testing';
import { safeUrl } from '../../src/core/safe-url.js';
import { seeded } from '../helpers/generated.js';

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
    // Seeded, so that a failure can be replayed.
    const random = seeded(20261128);
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

  it('keeps a plain absolute link as written, whatever the base, and gives every lookalike to the URL parser', () => {
    const parsed = (raw: string, from: string) => {
      const url = new URL(raw.trim(), from);
      return ['http:', 'https:', 'mailto:', 'tel:'].includes(url.protocol) ? url.href : undefined;
    };
    for (const from of [base, 'https://other.example/a/b/', 'http://127.0.0.1:8080/x']) {
      for (const raw of [
        'https://portal.example/tin/1.html',
        'https://portal.example/tin/1.html?a=1&b=2#top',
        // What the parser changes: upper case, dot segments (written or encoded), ports, IP addresses, punycode, spaces.
        'https://Portal.example/tin/1',
        'HTTPS://portal.example/tin/1',
        'https://portal.example/a/../b',
        'https://portal.example/a/%2e%2E/b',
        'https://portal.example/./b',
        'https://portal.example:443/b',
        'https://portal.example:8443/b',
        'https://1.2.3.4/b',
        'https://0x7f.1/b',
        'https://xn--80ak6aa92e.com/b',
        'https://portal.example/a b',
        " https://portal.example/b'c?d'e ",
        'https://portal.example/b\tc',
        'https://user:pass@portal.example/b',
        'https://portal.example/b\\c',
        'https://portal.example/<b>',
        'https://portal.example/é',
        'https://portal.example/b?é',
        'https://portal.example',
        'http:portal.example/b',
        '//portal.example/b',
      ]) {
        expect(safeUrl(raw, from), `${raw} from ${from}`).to.equal(parsed(raw, from));
      }
    }
    // Hostile ones never come out as anything but http(s), on either path.
    for (const raw of ['javascript://portal.example/%0aalert(1)', 'https:javascript:alert(1)', 'data://portal.example/x']) {
      const url = safeUrl(raw, base);
      expect(url === undefined || /^https:\/\/portal\.example\//.test(url), raw).to.equal(true);
    }
  });

  it('drops what is not a string or not a URL', () => {
    expect(safeUrl(42, base)).to.equal(undefined);
    expect(safeUrl('', base)).to.equal(undefined);
    expect(safeUrl('http://[bad', base)).to.equal(undefined);
  });
});

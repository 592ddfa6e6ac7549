import { expect } from '@open-wc/testing';
import { PortalError } from '../../src/core/portal-error.js';
import {
  adapt,
  each,
  fields,
  firstImageSrc,
  identifier,
  list,
  plain,
  required,
  shorten,
  str,
  textToHtml,
  type Context,
} from '../../src/data/validate.js';

const context = (): Context => ({ url: 'https://portal.example/feed.json', timeZone: 'UTC', problems: [] });

describe('validate helpers', () => {
  it('name the field that does not fit, with its path', () => {
    expect(() => str({ title: 42 }, 'title', 'items[3]')).to.throw('items[3].title: expected a string');
    expect(() => list({ tags: 'x' }, 'tags', 'items[0]')).to.throw('items[0].tags: expected an array');
    expect(() => fields(7, 'items[1]')).to.throw('items[1]: expected an object');
    expect(() => fields([], '')).to.throw('document: expected an object');
  });

  it('treat absent fields as absent and numbers as ids', () => {
    expect(str({ title: null }, 'title', '')).to.equal(undefined);
    expect(str({}, 'title', '')).to.equal(undefined);
    expect(list({}, 'tags', '')).to.deep.equal([]);
    expect(identifier({ id: 12345 }, 'id', '')).to.equal('12345');
    expect(identifier({ id: '' }, 'id', '')).to.equal(undefined);
  });

  it('skip an entry that does not fit and record why', () => {
    const ctx = context();
    const parsed = each(ctx, [1, 'x', 3], 'items', (entry, path) => (typeof entry === 'number' ? entry : fields(entry, path)));
    expect(parsed).to.deep.equal([1, 3]);
    expect(ctx.problems).to.deep.equal(['items[1]: expected an object']);
  });

  it('turn a list where nothing fits into a format error with the first problem', () => {
    let error: unknown;
    try {
      adapt('https://portal.example/feed.json', (ctx) => required(ctx, ['a', 'b'], 'items', fields));
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(PortalError);
    expect((error as PortalError).kind).to.equal('format');
    expect((error as PortalError).message).to.equal('items[0]: expected an object');
    expect((error as PortalError).url).to.equal('https://portal.example/feed.json');
    // An empty list is not a problem.
    expect(adapt('https://portal.example/', (ctx) => required(ctx, [], 'items', fields))).to.deep.equal([]);
  });

  it('normalise plain text: entities decoded, NFC, white space folded, markup kept as text', () => {
    expect(plain('  Ho\u0301a   châ\u0301t\n')).to.equal('Hóa chất');
    expect(plain('&#8216;Jokes&#8217;')).to.equal('‘Jokes’');
    expect(plain('Die Rückkehr von <i> und <b>')).to.equal('Die Rückkehr von <i> und <b>');
    expect(plain('   ')).to.equal(undefined);
    // Every kind of white space folds, alone or in runs; single spaces stay.
    expect(plain('a\tb\u00a0c\u3000d\u2028e  f g')).to.equal('a b c d e f g');
    expect(plain('\u00a0Tin\u00a0 mới\ufeff')).to.equal('Tin mới');
    expect(plain(42)).to.equal(undefined);
  });

  it('derive a short title at a word boundary', () => {
    expect(shorten('Short text')).to.equal('Short text');
    const long = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore';
    const title = shorten(long)!;
    expect(title.length).to.be.at.most(81);
    expect(title).to.equal('Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor…');
  });

  it('escape plain text into an HTML body', () => {
    expect(textToHtml('a < b & c\n\nnext\nline')).to.equal('<p>a &#60; b &#38; c</p><p>next<br>line</p>');
  });

  it('find the first image of a fragment without building DOM', () => {
    expect(firstImageSrc('<a href="x"><img alt="a" src="/a.jpg?x=1&amp;y=2" /></a><img src="b.jpg">')).to.equal('/a.jpg?x=1&y=2');
    expect(firstImageSrc("<img data-src='no' src='c.png'>")).to.equal('c.png');
    expect(firstImageSrc('<p>no picture</p>')).to.equal(undefined);
    expect(firstImageSrc(undefined)).to.equal(undefined);
  });
});

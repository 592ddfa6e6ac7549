// In a page of its own: the lenient date reader is a chunk that is not loaded
// until `prepareFormat()` finds a document that needs it.
import { expect } from '@open-wc/testing';
import { parseDocument, prepareFormat } from '../../src/data/detect.js';

const URL_ = 'https://a.example/feed.json';
const doc = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  items: [
    { id: '1', title: 'Một', date_published: 'Fri, 31 May 2019 12:17:58 -0700' },
    { id: '2', title: 'Hai', date_published: '2019-05-30T10:00:00Z' },
  ],
});
const itemsOf = (text: string) => {
  const result = parseDocument(text, URL_);
  if (result.kind !== 'feed') throw new Error(`expected a feed, got ${result.kind}`);
  return result.feed;
};

describe('the lenient date reader chunk', () => {
  it('is not needed for JSON whose dates are ISO 8601', async () => {
    const iso = JSON.stringify({ items: [{ id: '1', title: 'Một', date_published: '2018-01-06T08:00' }] });
    await prepareFormat(iso);
    expect(itemsOf(iso).items[0].datePublished).to.equal('2018-01-06T08:00:00.000Z');
    // Nothing loaded it: an RFC 822 date is dropped and reported, the item stays.
    const feed = itemsOf(doc);
    expect(feed.items.map((item) => item.datePublished)).to.deep.equal([undefined, '2019-05-30T10:00:00.000Z']);
    expect(feed.problems).to.deep.equal(['items[0].date_published: not a date']);
  });

  it('is loaded by prepareFormat() when a JSON date needs it', async () => {
    await prepareFormat(doc);
    const feed = itemsOf(doc);
    expect(feed.items.map((item) => item.datePublished)).to.deep.equal(['2019-05-31T19:17:58.000Z', '2019-05-30T10:00:00.000Z']);
    expect(feed.problems).to.deep.equal([]);
  });
});

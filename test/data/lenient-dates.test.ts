// In a page of its own: the lenient date reader is a chunk that is not loaded
// until `readDocument()` meets a document that needs it.
import { expect } from '@open-wc/testing';
import type { Feed } from '../../src/data/model.js';
import { fetchedModule, readText } from '../helpers/read.js';

const URL_ = 'https://a.example/feed.json';
const doc = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  items: [
    { id: '1', title: 'Một', date_published: 'Fri, 31 May 2019 12:17:58 -0700' },
    { id: '2', title: 'Hai', date_published: '2019-05-30T10:00:00Z' },
  ],
});
const itemsOf = async (text: string): Promise<Feed> => {
  const result = await readText(text, URL_);
  if (result.kind !== 'feed') throw new Error(`expected a feed, got ${result.kind}`);
  return result.feed;
};

describe('the lenient date reader chunk', () => {
  it('is not loaded for JSON whose dates are ISO 8601', async () => {
    const iso = JSON.stringify({ items: [{ id: '1', title: 'Một', date_published: '2018-01-06T08:00' }] });
    expect((await itemsOf(iso)).items[0].datePublished).to.equal('2018-01-06T08:00:00.000Z');
    expect(fetchedModule('date-reader'), 'date-reader fetched').to.equal(false);
  });

  it('is loaded when a JSON date needs it', async () => {
    const feed = await itemsOf(doc);
    expect(fetchedModule('date-reader'), 'date-reader fetched').to.equal(true);
    expect(feed.items.map((item) => item.datePublished)).to.deep.equal(['2019-05-31T19:17:58.000Z', '2019-05-30T10:00:00.000Z']);
    expect(feed.problems).to.deep.equal([]);
  });
});

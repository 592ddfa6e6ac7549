import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/news-list/news-list.js';
import type { NewsList } from '../../src/news-list/news-list.js';
import { clearCache } from '../../src/load/load.js';
import { $, $$, items, loaded } from '../helpers/dom.js';
import { stubFetch, type FetchStub } from '../helpers/fetch-stub.js';
import { NEWEST, PAGE_2, PAGE_3, POSTS, recordedExchanges } from './recorded.js';

// "Xem tiếp" on a WordPress list, against the answers and headers of a real
// WordPress (test/fixtures/wordpress/): 14 posts, 5 a page, so 3 pages.

const more = (el: NewsList) => $$<HTMLButtonElement>(el, 'button[part~="more"]');

/** Presses "Xem tiếp" and waits until the list shows `count` posts. */
async function showMore(el: NewsList, count: number) {
  expect(more(el), '"Xem tiếp" is offered').to.have.length(1);
  more(el)[0].click();
  await waitUntil(() => items(el).length === count, `the list never showed ${count} posts`);
}

/** The last page, posts 11–14, below the others. */
function expectLastPage(el: NewsList) {
  expect(items(el)).to.deep.equal([...NEWEST, ...PAGE_2, ...PAGE_3]);
  expect(more(el), 'no "Xem tiếp" on the last page').to.have.length(0);
}

describe('"Xem tiếp" on a WordPress list', () => {
  let stub: FetchStub | undefined;
  beforeEach(() => clearCache());
  afterEach(() => {
    stub?.restore();
    stub = undefined;
  });

  it('follows Link rel="next": a 5-post list appends posts 6–10, then the last page, and the button goes', async () => {
    const el = await loaded<NewsList>(html`<news-list limit="5" src=${POSTS}></news-list>`);
    expect(items(el)).to.deep.equal(NEWEST);
    const shown = $$(el, '[part~="item"]');
    await showMore(el, 10);
    expect(items(el)).to.deep.equal([...NEWEST, ...PAGE_2]);
    // What was shown stays (the same nodes), and keyboard users continue at post 6.
    shown.forEach((node, i) => expect($$(el, '[part~="item"]')[i]).to.equal(node));
    expect(el.shadowRoot!.activeElement).to.equal($$(el, '[part~="item"]')[5].querySelector('a'));
    await showMore(el, 14);
    expectLastPage(el);
    await expect(el).to.be.accessible();
  });

  it('without Link (a proxy dropped it), asks for page=2, page=3 while X-WP-TotalPages says there are more', async () => {
    const routes: Record<string, () => Promise<Response>> = {};
    for (const { request, response } of await recordedExchanges()) {
      if (!request.path.startsWith('/wp-json/wp/v2/posts?_embed&per_page=5')) continue;
      const headers = response.headers.filter(([name]) => !/^(link|content-length|transfer-encoding)$/i.test(name));
      const body = await (await fetch(`/test/fixtures/wordpress/${response.body}`)).arrayBuffer();
      routes[`/wordpress${request.path}`] = async () => new Response(body, { status: response.status, headers });
    }
    stub = stubFetch(routes);
    const el = await loaded<NewsList>(html`<news-list limit="5" src=${POSTS}></news-list>`);
    await showMore(el, 10);
    expect(items(el)).to.deep.equal([...NEWEST, ...PAGE_2]);
    await showMore(el, 14);
    expectLastPage(el);
    expect(stub.calls.map((url) => new URL(url).search)).to.deep.equal([
      '?_embed&per_page=5',
      '?_embed&per_page=5&page=2',
      '?_embed&per_page=5&page=3',
    ]);
  });

  it('.data: the posts a page fetched itself, with the next page WordPress named, go on from there', async () => {
    const response = await fetch(POSTS);
    const next = /<([^>]+)>; rel="next"/.exec(response.headers.get('Link')!)![1];
    const el = await fixture<NewsList>(html`<news-list limit="5"></news-list>`);
    el.data = { items: await response.json(), nextUrl: next };
    await waitUntil(() => items(el).length === 5, 'the posts given never showed');
    expect(items(el)).to.deep.equal(NEWEST);
    await showMore(el, 10);
    expect(items(el)).to.deep.equal([...NEWEST, ...PAGE_2]);
    await showMore(el, 14);
    expectLastPage(el);
  });

  it('one page of all the posts: no "Xem tiếp"', async () => {
    const el = await loaded<NewsList>(
      html`<news-list limit="20" src="/wordpress/wp-json/wp/v2/posts?_embed&per_page=100"></news-list>`,
    );
    expect(items(el)).to.have.length(14);
    expect(more(el)).to.have.length(0);
    expect($(el, '[part~="list"]')).to.exist;
  });
});

import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { respond, stubFetch } from '../helpers/fetch-stub.js';

const FEED_URL = 'https://portal.example/api/tin-moi.json';
const FEED = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Tin mới',
  items: [
    {
      id: '1',
      title: 'Khai mạc Hội nghị lần thứ 2',
      url: 'https://portal.example/tin/1',
      date_published: '2020-12-03T08:00:00+07:00',
    },
    { id: '2', title: 'Bế mạc Hội nghị', url: 'https://portal.example/tin/2', date_published: '2020-12-04T08:00:00+07:00' },
  ],
};

// dist/news-list/portal-widgets.js: a page that shows only <news-list> loads this one file.
describe('the file of one element, dist/news-list/portal-widgets.js', () => {
  before(async () => {
    await import(/* @vite-ignore */ new URL('/dist/news-list/portal-widgets.js', location.href).href);
  });

  it('registers <news-list> and no other element', () => {
    expect(customElements.get('news-list')).to.be.a('function');
    for (const tag of ['related-articles', 'website-links', 'article-card'])
      expect(customElements.get(tag), tag).to.equal(undefined);
  });

  it('shows a JSON Feed in its list layout', async () => {
    const stub = stubFetch({ [FEED_URL]: respond(FEED, { type: 'application/feed+json' }) });
    try {
      const el = await fixture(html`<news-list lang="en" src=${FEED_URL}></news-list>`);
      await oneEvent(el, 'portal-load');
      const links = [...el.shadowRoot!.querySelectorAll('[part~="item"] [part~="link"]')].map((link) => link.textContent?.trim());
      expect(links).to.deep.equal(['Khai mạc Hội nghị lần thứ 2', 'Bế mạc Hội nghị']);
      expect(customElements.get('article-card'), 'the list layout needs no card').to.equal(undefined);
    } finally {
      stub.restore();
    }
  });

  it('loads <article-card> from a chunk beside it for layout cards, and shows the cards once it is here', async () => {
    const stub = stubFetch({ [FEED_URL]: respond(FEED, { type: 'application/feed+json' }) });
    try {
      const el = await fixture(html`<news-list lang="en" layout="cards" src=${FEED_URL}></news-list>`);
      await oneEvent(el, 'portal-load');
      expect(customElements.get('article-card')).to.be.a('function');
      const cards = [...el.shadowRoot!.querySelectorAll('[part~="item"] article-card')];
      expect(cards).to.have.length(2);
      await waitUntil(() => cards[1].shadowRoot?.querySelector('[part~="title"] a'), 'the second card shows its title');
      expect(cards[1].shadowRoot!.querySelector('[part~="title"] a')!.textContent?.trim()).to.equal('Bế mạc Hội nghị');
    } finally {
      stub.restore();
    }
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { ArticleCard, NewsList, WebsiteLinks } from '../../src/index.js';
import { stubFetch, type FetchStub } from '../helpers/fetch-stub.js';

// What a page sets as `.data`, `.article` or `.links` instead of `src`: the
// model written by hand with only what shows something, or a document as the
// element could fetch it, read by the same adapters (dates included).

const $ = <T extends Element = HTMLElement>(el: Element, s: string) => el.shadowRoot!.querySelector<T>(s);
const $$ = <T extends Element = HTMLElement>(el: Element, s: string) => [...el.shadowRoot!.querySelectorAll<T>(s)];
const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim();
const items = (el: Element) => $$(el, '[part~="item"]').map(text);
const times = (el: Element) => $$<HTMLTimeElement>(el, 'time').map((time) => time.dateTime);

/** Records every portal-load / portal-error event the element fires. */
function events(el: Element) {
  const seen: string[] = [];
  for (const type of ['portal-load', 'portal-error']) el.addEventListener(type, () => seen.push(type));
  return seen;
}

describe('data given as a property', () => {
  let stub: FetchStub;
  beforeEach(() => (stub = stubFetch({})));
  afterEach(() => stub.restore());

  describe('<news-list> .data', () => {
    it('takes minimal items, [{ id, title, url }], and fires no event', async () => {
      const el = await fixture<NewsList>(html`<news-list></news-list>`);
      const seen = events(el);
      el.data = [
        { id: '1', title: 'Khai mạc Hội nghị', url: 'https://portal.example/tin/1' },
        { id: '2', title: 'Bế mạc Hội nghị', url: 'https://portal.example/tin/2' },
      ];
      await el.updateComplete;
      expect(items(el)).to.deep.equal(['Khai mạc Hội nghị', 'Bế mạc Hội nghị']);
      expect($$<HTMLAnchorElement>(el, 'a[part~="link"]').map((a) => a.href)).to.deep.equal([
        'https://portal.example/tin/1',
        'https://portal.example/tin/2',
      ]);
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(seen).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('reads the dates of minimal items as fetched dates are read: no zone means wall-clock time in time-zone', async () => {
      const el = await fixture<NewsList>(html`<news-list></news-list>`);
      el.data = { items: [{ id: '1', title: 'Tin', url: '/tin/1', datePublished: '2020-10-29 07:57' }] };
      await el.updateComplete;
      expect(times(el)).to.deep.equal(['2020-10-29T00:57:00.000Z']);
      expect(items(el)).to.deep.equal(['Tin (29/10/2020)']);
    });

    it('takes a JSON Feed object as fetched, with its dates and relative URLs', async () => {
      const el = await fixture<NewsList>(html`<news-list></news-list>`);
      const seen = events(el);
      el.data = {
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Chính trị',
        items: [{ id: 12345, url: '/tin/12345', title: 'Hải Dương: 5 nhiệm vụ', date_published: '2020-10-29T07:57:30+07:00' }],
      };
      await el.updateComplete;
      expect(items(el)).to.deep.equal(['Hải Dương: 5 nhiệm vụ (29/10/2020)']);
      expect(times(el)).to.deep.equal(['2020-10-29T00:57:30.000Z']);
      expect($<HTMLAnchorElement>(el, 'a[part~="link"]')!.href).to.equal(new URL('/tin/12345', document.baseURI).href);
      expect(seen).to.deep.equal([]);
    });

    it('takes a WordPress posts array as fetched (entities decoded, dates in time-zone)', async () => {
      const el = await fixture<NewsList>(html`<news-list time-zone="UTC"></news-list>`);
      el.data = [
        {
          id: 7,
          link: 'https://wp.example/?p=7',
          date: '2020-12-04T16:20:00',
          date_gmt: '2020-12-04T09:20:00',
          title: { rendered: 'Bế mạc &#8220;Hội nghị&#8221;' },
        },
      ];
      await el.updateComplete;
      expect(items(el)).to.deep.equal(['Bế mạc “Hội nghị” (04/12/2020)']);
    });

    it('wins over src: nothing is fetched', async () => {
      const el = await fixture<NewsList>(
        html`<news-list src="https://portal.example/api/tin.json" .data=${[{ id: '1', title: 'Từ thuộc tính' }]}></news-list>`,
      );
      expect(items(el)).to.deep.equal(['Từ thuộc tính']);
      el.src = 'https://portal.example/api/khac.json';
      await el.updateComplete;
      expect(items(el)).to.deep.equal(['Từ thuộc tính']);
      expect(stub.calls.filter((url) => url.includes('/api/'))).to.deep.equal([]);
    });

    it('shows the error state, and fires no event, for a document it cannot read', async () => {
      const el = await fixture<NewsList>(html`<news-list lang="en"></news-list>`);
      const seen = events(el);
      el.data = { version: 'https://jsonfeed.org/version/1.1', items: [{ id: 1, title: 42 }] };
      await el.updateComplete;
      expect(text($(el, '[part~="error"] [role="alert"]'))).to.equal('Could not load the data.');
      expect($(el, '[part~="list"]')).to.equal(null);
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(seen).to.deep.equal([]);
      // A readable value replaces it.
      el.data = [{ id: '1', title: 'Tin' }];
      await el.updateComplete;
      expect(items(el)).to.deep.equal(['Tin']);
    });
  });

  describe('<article-card> .article', () => {
    it('takes { id, title, url, datePublished }', async () => {
      const el = await fixture<ArticleCard>(html`<article-card></article-card>`);
      el.article = {
        id: '6241',
        title: 'Hải Dương: 5 nhiệm vụ',
        url: 'https://portal.example/tin/6241',
        datePublished: '2020-10-29T07:57:30+07:00',
      };
      await el.updateComplete;
      expect(text($(el, '[part~="title"]'))).to.equal('Hải Dương: 5 nhiệm vụ');
      expect(times(el)).to.deep.equal(['2020-10-29T00:57:30.000Z']);
      await expect(el).to.be.accessible();
    });

    it('takes a Portal JSON item as fetched, with its _portal category', async () => {
      const el = await fixture<ArticleCard>(html`<article-card></article-card>`);
      el.article = {
        id: '6241',
        url: 'https://portal.example/tin/6241',
        title: 'Hải Dương: 5 nhiệm vụ',
        date_published: '2020-10-29T07:57:30+07:00',
        _portal: { category: { name: 'Chính trị' } },
      };
      await el.updateComplete;
      expect(text($(el, '[part~="category"]'))).to.equal('Chính trị');
      expect(times(el)).to.deep.equal(['2020-10-29T00:57:30.000Z']);
    });
  });

  describe('<website-links> .links', () => {
    it('takes [{ name, url }] and a links document, names as written and URLs checked', async () => {
      const el = await fixture<WebsiteLinks>(html`<website-links variant="list"></website-links>`);
      const seen = events(el);
      el.links = [{ name: 'Chính phủ', url: 'https://chinhphu.vn/' }];
      await el.updateComplete;
      expect($$<HTMLAnchorElement>(el, 'a').map((a) => a.href)).to.deep.equal(['https://chinhphu.vn/']);
      el.links = {
        title: 'Liên kết website',
        links: [
          { name: 'Quốc hội &amp; HĐND', url: 'https://quochoi.vn/', group: 'Trung ương' },
          { name: 'Độc hại', url: 'javascript:alert(1)' },
        ],
      };
      await el.updateComplete;
      expect($$(el, 'a').map(text)).to.deep.equal(['Quốc hội &amp; HĐND']);
      // An unsafe URL is no link: its name is shown as text (links without a group come first).
      expect($$(el, '[part~="link"]').map(text)).to.deep.equal(['Độc hại', 'Quốc hội &amp; HĐND']);
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(seen).to.deep.equal([]);
    });
  });
});

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/news-list/news-list.js';
import type { NewsList } from '../../src/news-list/news-list.js';
import type { PortalErrorEvent, PortalLoadEvent } from '../../src/events.js';
import { nextEvent, respond, stubFetch, type FetchStub } from '../helpers/fetch-stub.js';
import { $, $$, items, loaded } from '../helpers/dom.js';
import { clearCache } from '../../src/load/load.js';
import { article, portalFeed } from '../helpers/feeds.js';

const SEED_NEWER = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Các tin mới hơn',
  items: [
    ['Bế mạc hội nghị lần thứ 2 Ban Chấp hành Đảng bộ tỉnh khóa XVII', '2020-12-04T16:20:00+07:00'],
    ['Khai mạc Hội nghị lần thứ 2 Ban Chấp hành Đảng bộ tỉnh Hải Dương khóa XVII', '2020-12-03T08:00:00+07:00'],
    ['Thủ tướng Nguyễn Xuân Phúc dự Ngày hội Đại đoàn kết toàn dân tộc tại thôn Phù Liễn', '2020-11-19T06:30:00+07:00'],
    ['Ngày 23.5.2021: Bầu cử đại biểu Quốc hội và đại biểu HĐND các cấp', '2020-11-19T00:30:00+07:00'],
    ['Nhanh chóng đưa Nghị quyết Đại hội XVII vào cuộc sống', '2020-10-29T23:59:00+07:00'],
  ].map(([title, date], i) => ({ id: `n${i}`, url: `/tin/n${i}`, title, date_published: date })),
};

describe('<news-list>', () => {
  let stub: FetchStub;
  afterEach(() => stub?.restore());

  describe('layout list (the seed page)', () => {
    it('shows title links with "(dd/MM/yyyy)" in Vietnam time, as on the reference page', async () => {
      stub = stubFetch({ 'https://portal.example/api/moi-hon.json': SEED_NEWER });
      const el = await loaded(
        html`<news-list heading="Các tin mới hơn" src="https://portal.example/api/moi-hon.json"></news-list>`,
      );
      expect($(el, '[part~="heading"]').textContent).to.equal('Các tin mới hơn');
      expect(items(el)).to.deep.equal([
        'Bế mạc hội nghị lần thứ 2 Ban Chấp hành Đảng bộ tỉnh khóa XVII (04/12/2020)',
        'Khai mạc Hội nghị lần thứ 2 Ban Chấp hành Đảng bộ tỉnh Hải Dương khóa XVII (03/12/2020)',
        'Thủ tướng Nguyễn Xuân Phúc dự Ngày hội Đại đoàn kết toàn dân tộc tại thôn Phù Liễn (19/11/2020)',
        'Ngày 23.5.2021: Bầu cử đại biểu Quốc hội và đại biểu HĐND các cấp (19/11/2020)',
        'Nhanh chóng đưa Nghị quyết Đại hội XVII vào cuộc sống (29/10/2020)',
      ]);
      const link = $<HTMLAnchorElement>(el, 'a[part~="link"]');
      expect(link.href).to.equal('https://portal.example/tin/n0');
      const time = $<HTMLTimeElement>(el, 'time[part~="date"]');
      expect(time.dateTime).to.equal('2020-12-04T09:20:00.000Z');
      expect($(el, 'ul[part~="list"]').children).to.have.length(5);
      await expect(el).to.be.accessible();
    });

    it('shows dates in the time-zone attribute, whatever the browser zone', async () => {
      stub = stubFetch({ '/f.json': SEED_NEWER });
      const el = await loaded<NewsList>(html`<news-list time-zone="America/New_York" src="/f.json"></news-list>`);
      // 00:30 on 19/11 in Hanoi is still 18/11 in New York; 23:59 on 29/10 is 12:59 the same day.
      expect(items(el)[3]).to.match(/\(18\/11\/2020\)$/);
      expect(items(el)[4]).to.match(/\(29\/10\/2020\)$/);
      el.timeZone = 'Asia/Tokyo';
      await waitUntil(() => /\(19\/11\/2020\)$/.test(items(el)[3] ?? ''));
      expect(items(el)[4]).to.match(/\(30\/10\/2020\)$/);
    });

    it("follows a later change of an ancestor's lang, and of the page's, unless it has its own", async () => {
      stub = stubFetch({ '/f.json': SEED_NEWER });
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="vi">
          <news-list date-format="d MMMM yyyy" src="/f.json"></news-list>
          <news-list lang="vi" src="/f.json"></news-list>
        </div>`,
      );
      const [follows, own] = [...wrapper.querySelectorAll('news-list')];
      await waitUntil(() => items(follows).length > 0 && items(own).length > 0, 'both lists loaded', { timeout: 5000 });
      const heading = (el: Element) => $(el, '[part~="heading"]').textContent;
      expect(heading(follows)).to.equal('Tin mới nhất');
      wrapper.setAttribute('lang', 'en');
      await waitUntil(() => heading(follows) === 'Latest news', 'the heading follows the wrapper');
      expect(items(follows)[0]).to.contain('(4 December 2020)');
      expect(heading(own), 'its own lang wins').to.equal('Tin mới nhất');
      const page = document.documentElement.getAttribute('lang');
      try {
        wrapper.removeAttribute('lang');
        document.documentElement.setAttribute('lang', 'vi');
        await waitUntil(() => heading(follows) === 'Tin mới nhất', 'the heading follows the page');
        expect(items(follows)[0]).to.contain('(4 tháng 12 2020)');
      } finally {
        if (page === null) document.documentElement.removeAttribute('lang');
        else document.documentElement.setAttribute('lang', page);
      }
    });

    it('takes a date-fns pattern or "relative"', async () => {
      stub = stubFetch({ '/f.json': SEED_NEWER });
      const el = await loaded<NewsList>(html`<news-list date-format="d MMMM yyyy, HH:mm" src="/f.json"></news-list>`);
      expect(items(el)[0]).to.contain('(4 tháng 12 2020, 16:20)');
      el.lang = 'en';
      await el.updateComplete;
      expect(items(el)[0]).to.contain('(4 December 2020, 16:20)');
      el.dateFormat = 'relative';
      await el.updateComplete;
      expect(items(el)[0]).to.match(/\(\d+ years ago\)/);
      el.lang = 'vi';
      await el.updateComplete;
      expect(items(el)[0]).to.match(/\(\d+ năm trước\)/);
    });
  });

  describe('layouts', () => {
    beforeEach(() => {
      stub = stubFetch({ '/f.json': portalFeed(3) });
    });

    it('compact shows titles only', async () => {
      const el = await loaded<NewsList>(html`<news-list layout="compact" src="/f.json"></news-list>`);
      expect(items(el)).to.deep.equal([
        'Tin số 1: Hải Dương triển khai Nghị quyết',
        'Tin số 2: Hải Dương triển khai Nghị quyết',
        'Tin số 3: Hải Dương triển khai Nghị quyết',
      ]);
      expect($$(el, 'time')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('a long list lays out only the rows on screen; the rest stay readable by assistive technology and find-in-page', async () => {
      stub = stubFetch({ '/long.json': portalFeed(300) });
      const el = await loaded<NewsList>(html`<news-list limit="300" src="/long.json"></news-list>`);
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      const rows = $$(el, '[part~="item"]');
      expect(rows).to.have.length(300);
      const link = (i: number) => rows[i].querySelector('a')!;
      expect(link(0).checkVisibility({ contentVisibilityAuto: true }), 'the first row is rendered').to.equal(true);
      expect(link(299).checkVisibility({ contentVisibilityAuto: true }), 'the last row waits until scrolled to').to.equal(false);
      expect(link(299).checkVisibility(), 'but it is not hidden').to.equal(true);
      expect(items(el)[299]).to.match(/^Tin số 300: /);
      link(299).focus();
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      expect(el.shadowRoot!.activeElement).to.equal(link(299));
      expect(link(299).checkVisibility({ contentVisibilityAuto: true }), 'a focused row is rendered').to.equal(true);
      // Rows clip what they paint: each keeps room for the focus outline (3px, 2px away from the link).
      for (const layout of ['list', 'compact']) {
        el.setAttribute('layout', layout);
        await el.updateComplete;
        const style = getComputedStyle($(el, '[part~="item"]'));
        for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
          expect(parseFloat(style[`padding${side}`]), `${layout}: padding ${side}`).to.be.at.least(5);
        }
      }
    });

    it('cards shows each item as an <article-card> with image, category and summary', async () => {
      const el = await loaded<NewsList>(html`<news-list layout="cards" src="/f.json"></news-list>`);
      const cards = $$(el, 'article-card');
      expect(cards).to.have.length(3);
      await Promise.all(cards.map((c) => (c as unknown as { updateComplete: Promise<unknown> }).updateComplete));
      const card = cards[0].shadowRoot!;
      expect(card.textContent).to.contain('Tin số 1: Hải Dương triển khai Nghị quyết');
      expect(card.textContent).to.contain('Chính trị');
      expect(card.textContent).to.contain('Tóm tắt tin số 1.');
      const img = card.querySelector('img')!;
      expect(img.src).to.equal(new URL('/anh/1.jpg', location.href).href);
      expect(img.alt).to.equal('Ảnh minh họa tin 1');
      await expect(el).to.be.accessible();
    });
  });

  describe('attributes', () => {
    it('rows follow a later change of date-format, time-zone, lang and target', async () => {
      stub = stubFetch({ '/f.json': portalFeed(2) });
      const el = await loaded<NewsList>(html`<news-list src="/f.json"></news-list>`);
      const dates = () => $$(el, 'time').map((t) => t.textContent);
      const before = dates();
      el.setAttribute('date-format', 'yyyy-MM-dd HH:mm');
      await el.updateComplete;
      const iso = dates();
      expect(iso[0]).to.match(/^\d{4}-\d\d-\d\d \d\d:\d\d$/);
      // The zone also reads dates written without one: the feed is read again.
      const reread = nextEvent(el, 'portal-load');
      el.setAttribute('time-zone', 'UTC');
      await reread;
      await el.updateComplete;
      const utc = dates();
      expect(utc[0]).to.match(/^\d{4}-\d\d-\d\d \d\d:\d\d$/);
      expect(utc, 'seven hours earlier in UTC').to.not.deep.equal(iso);
      el.setAttribute('date-format', 'd MMMM yyyy');
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(dates()[0]).to.match(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
      el.setAttribute('target', '_blank');
      await el.updateComplete;
      expect($$(el, 'a[part~="link"]').every((a) => a.getAttribute('target') === '_blank')).to.equal(true);
      el.removeAttribute('date-format');
      el.removeAttribute('target');
      el.setAttribute('lang', 'vi');
      const back = nextEvent(el, 'portal-load');
      el.setAttribute('time-zone', 'Asia/Ho_Chi_Minh');
      await back;
      await el.updateComplete;
      expect(dates()).to.deep.equal(before);
      expect($$(el, 'a[part~="link"]').some((a) => a.hasAttribute('target'))).to.equal(false);
    });

    it('honours limit, exclude, heading-level, target and more-href', async () => {
      stub = stubFetch({ '/f.json': portalFeed(8) });
      const el = await loaded(
        html`<news-list limit="3" exclude="2" heading-level="3" target="_blank" more-href="/tin-tuc" src="/f.json"></news-list>`,
      );
      expect(items(el).map((t) => t.split(':')[0])).to.deep.equal(['Tin số 1', 'Tin số 3', 'Tin số 4']);
      expect($(el, '[part~="heading"]').tagName).to.equal('H3');
      expect($(el, '[part~="heading"]').textContent).to.equal('Tin mới nhất');
      const link = $<HTMLAnchorElement>(el, 'a[part~="link"]');
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener noreferrer');
      expect(link.textContent).to.contain('(mở trong cửa sổ mới)');
      const more = $<HTMLAnchorElement>(el, 'a[part~="more-link"]');
      expect(more.href).to.equal(new URL('/tin-tuc', location.href).href);
      expect(more.textContent).to.contain('Xem thêm');
      await expect(el).to.be.accessible();
    });

    it('takes data as a property without a request or an event', async () => {
      stub = stubFetch({});
      const el = await fixture<NewsList>(html`<news-list heading=""></news-list>`);
      const fired: Event[] = [];
      el.addEventListener('portal-load', (e) => fired.push(e));
      el.data = [article('a', 'Bài A', { datePublished: '2020-10-29T00:57:30.000Z' }), article('b', 'Bài <b>B</b>')];
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 30));
      expect(items(el)).to.deep.equal(['Bài A (29/10/2020)', 'Bài <b>B</b>']);
      expect($$(el, 'b')).to.have.length(0);
      expect($$(el, '[part~="heading"]')).to.have.length(0);
      expect(fired).to.have.length(0);
      expect(stub.calls).to.have.length(0);
    });
  });

  describe('"Xem tiếp" paging', () => {
    it('shows the next page of the feed, keeps what is shown, and moves focus to the first new item', async () => {
      stub = stubFetch({
        '/p1.json': portalFeed(4, { nextUrl: '/p2.json' }),
        '/p2.json': portalFeed(4, { start: 4, nextUrl: '/p3.json' }),
        '/p3.json': portalFeed(2, { start: 8 }),
      });
      const el = await loaded<NewsList>(html`<news-list limit="4" src="/p1.json"></news-list>`);
      const before = $$(el, '[part~="item"]');
      expect(before).to.have.length(4);
      const more = $<HTMLButtonElement>(el, 'button[part~="more"]');
      expect(more.textContent!.trim()).to.equal('Xem tiếp');

      more.click();
      await waitUntil(() => $$(el, '[part~="item"]').length === 8, 'the second page never appeared');
      const after = $$(el, '[part~="item"]');
      // The first four nodes are the same nodes: nothing shown was re-rendered.
      before.forEach((node, i) => expect(after[i]).to.equal(node));
      expect(el.shadowRoot!.activeElement).to.equal(after[4].querySelector('a'));
      expect(items(el)[4]).to.match(/^Tin số 5:/);

      $<HTMLButtonElement>(el, 'button[part~="more"]').click();
      await waitUntil(() => $$(el, '[part~="item"]').length === 10);
      // The last page has no next_url: no more button.
      expect($$(el, 'button[part~="more"]')).to.have.length(0);
      expect(stub.calls.map((u) => new URL(u).pathname)).to.deep.equal(['/p1.json', '/p2.json', '/p3.json']);
      await expect(el).to.be.accessible();
    });

    it('first reveals loaded items beyond the limit before asking for the next page', async () => {
      stub = stubFetch({ '/p1.json': portalFeed(5) });
      const el = await loaded<NewsList>(html`<news-list limit="2" src="/p1.json"></news-list>`);
      $<HTMLButtonElement>(el, 'button[part~="more"]').click();
      await waitUntil(() => $$(el, '[part~="item"]').length === 4);
      $<HTMLButtonElement>(el, 'button[part~="more"]').click();
      await waitUntil(() => $$(el, '[part~="item"]').length === 5);
      expect($$(el, 'button[part~="more"]')).to.have.length(0);
      expect(stub.calls).to.have.length(1);
    });

    it('a next page that cannot be reached: a "network" error without a status', async () => {
      stub = stubFetch({
        '/p1.json': portalFeed(2, { nextUrl: '/down.json' }),
        '/down.json': () => Promise.reject(new TypeError('Failed to fetch')),
      });
      const el = await loaded<NewsList>(html`<news-list limit="2" src="/p1.json"></news-list>`);
      const error = nextEvent<PortalErrorEvent>(el, 'portal-error');
      $<HTMLButtonElement>(el, 'button[part~="more"]').click();
      const { detail } = await error;
      expect(detail.kind).to.equal('network');
      expect(detail.url).to.equal(new URL('/down.json', location.href).href);
      expect(detail, 'no status key at all').to.not.have.property('status');
    });

    it('keeps the list and offers the button again when the next page fails', async () => {
      stub = stubFetch({ '/p1.json': portalFeed(2, { nextUrl: '/broken.json' }) });
      const el = await loaded<NewsList>(html`<news-list limit="2" src="/p1.json"></news-list>`);
      const error = nextEvent(el, 'portal-error');
      $<HTMLButtonElement>(el, 'button[part~="more"]').click();
      expect(((await error) as PortalErrorEvent).detail).to.include({ kind: 'http', status: 404 });
      await el.updateComplete;
      expect($$(el, '[part~="item"]')).to.have.length(2);
      expect($(el, '[role="alert"]').textContent).to.equal('Không tải được dữ liệu.');
      expect($<HTMLButtonElement>(el, 'button[part~="more"]').disabled).to.equal(false);
    });
  });

  describe('loading shared by every element on a page', () => {
    it('makes one request for ten elements with one src', async () => {
      let answer!: (r: Response) => void;
      stub = stubFetch({ '/shared.json': () => new Promise<Response>((r) => (answer = r)) });
      const wrapper = await fixture(
        html`<div>${Array.from({ length: 10 }, () => html`<news-list src="/shared.json"></news-list>`)}</div>`,
      );
      const lists = [...wrapper.querySelectorAll('news-list')];
      const loads = lists.map((el) => nextEvent(el, 'portal-load'));
      await waitUntil(() => stub.calls.length > 0);
      answer(respond(portalFeed(3)));
      await Promise.all(loads);
      expect(stub.calls).to.have.length(1);
      lists.forEach((el) => expect(items(el)).to.have.length(3));
    });

    it('a second element on a loaded src shows the list in its first frame, with no loading frame', async () => {
      stub = stubFetch({ '/again.json': portalFeed(3) });
      await loaded<NewsList>(html`<news-list src="/again.json"></news-list>`);
      const second = document.createElement('news-list');
      second.setAttribute('src', '/again.json');
      const load = nextEvent(second, 'portal-load');
      document.body.append(second);
      try {
        const painted = await new Promise<string>((done) =>
          requestAnimationFrame(() =>
            done(second.shadowRoot!.querySelector('[part~="skeleton"]') ? 'skeleton' : `${items(second).length} items`),
          ),
        );
        expect(painted).to.equal('3 items');
        await load;
        expect(stub.calls).to.have.length(1);
      } finally {
        second.remove();
      }
    });

    it('reuses a response within cache-ttl, and fetches again after it', async () => {
      stub = stubFetch({ '/c.json': portalFeed(1) });
      await loaded<NewsList>(html`<news-list src="/c.json"></news-list>`);
      await loaded<NewsList>(html`<news-list src="/c.json"></news-list>`);
      expect(stub.calls).to.have.length(1);
      await loaded<NewsList>(html`<news-list cache-ttl="0" src="/c.json"></news-list>`);
      expect(stub.calls).to.have.length(2);
    });

    it('keeps the last good copy in sessionStorage once the page is idle, not while rendering', async () => {
      stub = stubFetch({ '/k.json': portalFeed(2) });
      const key = `portal-widgets:${new URL('/k.json', location.href).href}`;
      const el = await fixture<NewsList>(html`<news-list src="/k.json"></news-list>`);
      await nextEvent(el, 'portal-load');
      expect(sessionStorage.getItem(key), 'not written in the same task as the render').to.equal(null);
      await waitUntil(() => sessionStorage.getItem(key) !== null, 'written when idle', { timeout: 3000 });
      expect(JSON.parse(sessionStorage.getItem(key)!).items).to.have.length(2);
    });

    it('drops a copy still waiting to be written when the cache is cleared', async () => {
      stub = stubFetch({ '/w.json': portalFeed(2) });
      const key = `portal-widgets:${new URL('/w.json', location.href).href}`;
      const el = await fixture<NewsList>(html`<news-list src="/w.json"></news-list>`);
      await nextEvent(el, 'portal-load');
      clearCache();
      await new Promise((done) => requestIdleCallback(() => setTimeout(done, 50), { timeout: 2000 }));
      expect(sessionStorage.getItem(key)).to.equal(null);
    });

    it("shows an earlier visit's copy, marked stale, when the endpoint fails", async () => {
      stub = stubFetch({ '/s.json': () => new Response('down', { status: 503 }) });
      sessionStorage.setItem(`portal-widgets:${new URL('/s.json', location.href).href}`, JSON.stringify(portalFeed(2)));
      const el = await fixture<NewsList>(html`<news-list src="/s.json"></news-list>`);
      const event = (await nextEvent(el, 'portal-load')) as PortalLoadEvent;
      expect(event.detail.stale).to.equal(true);
      expect(event.detail.items).to.have.length(2);
      await el.updateComplete;
      expect($(el, '[part~="stale"]').textContent).to.equal('Dữ liệu có thể đã cũ');
      expect(items(el)).to.have.length(2);
      await expect(el).to.be.accessible();
    });
  });

  describe('states and bad input', () => {
    it('a refresh keeps the list on screen until the new one arrives; another src shows the loading state', async () => {
      let answer: ((response: Response) => void) | undefined;
      let call = 0;
      stub = stubFetch({
        '/r.json': () => (++call === 1 ? respond(portalFeed(2)) : new Promise<Response>((resolve) => (answer = resolve))),
        '/other.json': () => new Promise<Response>(() => undefined),
      });
      const el = await loaded<NewsList>(html`<news-list src="/r.json"></news-list>`);
      expect(items(el)).to.have.length(2);
      const refreshed = nextEvent(el, 'portal-load');
      el.reload();
      await el.updateComplete;
      await waitUntil(() => answer !== undefined, 'the refresh was requested');
      expect($(el, '[part~="skeleton"]'), 'no loading state during a refresh').to.equal(null);
      expect(items(el)).to.have.length(2);
      answer!(respond(portalFeed(3)));
      await refreshed;
      await el.updateComplete;
      expect(items(el)).to.have.length(3);

      el.src = '/other.json';
      await el.updateComplete;
      expect($(el, '[part~="skeleton"]'), 'another source: loading').to.not.equal(null);
      expect($$(el, '[part~="item"]')).to.have.length(0);
    });

    it('loading skeleton, then empty feed', async () => {
      let answer!: (r: Response) => void;
      stub = stubFetch({ '/e.json': () => new Promise<Response>((r) => (answer = r)) });
      const el = await fixture<NewsList>(html`<news-list src="/e.json"></news-list>`);
      expect($(el, '[part~="skeleton"]').getAttribute('aria-busy')).to.equal('true');
      await expect(el).to.be.accessible();
      answer(respond(portalFeed(0)));
      await nextEvent(el, 'portal-load');
      expect($(el, '[part~="empty"]').textContent!.trim()).to.equal('Không có dữ liệu');
      await expect(el).to.be.accessible();
    });

    const bad: [string, () => Response, string][] = [
      [
        'an HTML page served as 200',
        () => respond('<!DOCTYPE html><html><body>Bảo trì</body></html>', { type: 'text/html' }),
        'parse',
      ],
      ['invalid JSON', () => respond('{"items": [1,'), 'parse'],
      ['a wrong shape', () => respond({ version: 'https://jsonfeed.org/version/1.1', items: 'none' }), 'format'],
      [
        'items of the wrong type',
        () => respond({ version: 'https://jsonfeed.org/version/1.1', items: [{ id: '1', title: 42 }] }),
        'format',
      ],
      ['a body over the 5 MB cap', () => respond('{"items":[' + ' '.repeat(6 * 1024 * 1024) + ']}'), 'format'],
      ['a links document', () => respond({ links: [{ name: 'a', url: 'https://a.example/' }] }), 'format'],
    ];
    for (const [name, route, kind] of bad) {
      it(`shows the error state for ${name} (kind ${kind})`, async () => {
        stub = stubFetch({ '/bad.json': route });
        const el = await fixture<NewsList>(html`<news-list src="/bad.json"><a href="/tin-tuc">Tin tức</a></news-list>`);
        const event = (await nextEvent(el, 'portal-error')) as PortalErrorEvent;
        expect(event.detail.kind).to.equal(kind);
        await el.updateComplete;
        expect($(el, '[role="alert"]').textContent).to.equal('Không tải được dữ liệu.');
        expect($<HTMLSlotElement>(el, 'slot').assignedElements()[0].textContent).to.equal('Tin tức');
        await expect(el).to.be.accessible();
      });
    }

    it('names the field it dropped and keeps the item, titled from its text', async () => {
      const feed = portalFeed(4);
      (feed.items[2] as Record<string, unknown>).title = { html: '<b>x</b>' };
      stub = stubFetch({ '/f.json': feed });
      const el = await fixture<NewsList>(html`<news-list src="/f.json"></news-list>`);
      const event = (await nextEvent(el, 'portal-load')) as PortalLoadEvent;
      expect(event.detail.problems).to.deep.equal(['items[2].title: expected a string']);
      await el.updateComplete;
      expect(items(el)).to.have.length(4);
      expect(items(el)[2]).to.match(/^Tóm tắt tin số 3\. \(\d\d\/12\/2020\)$/);
    });
  });

  describe('real feeds', () => {
    const real: [string, string, number, RegExp][] = [
      ['rss-baochinhphu.xml', 'https://baochinhphu.vn/kinh-te.rss', 50, /\(05\/09\/2026\)$/],
      ['rss-nguoiquansat.xml', 'https://nguoiquansat.vn/rss/chung-khoan', 40, /\(\d\d\/\d\d\/2026\)$/],
      ['rss-vietnambiz.xml', 'https://vietnambiz.vn/chung-khoan.rss', 30, /\(0[45]\/09\/2026\)$/],
      ['atom-qemu.xml', 'https://www.qemu.org/feed.xml', 10, /\(\d\d\/\d\d\/20\d\d\)$/],
      ['jsonfeed-3960-journal.json', 'https://journal.3960.org/feed.json', 20, /\(\d\d\/\d\d\/20\d\d\)$/],
      ['jsonfeed-pxlnv.json', 'https://pxlnv.com/feed/json/', 20, /\(\d\d\/\d\d\/20\d\d\)$/],
      ['jsonfeed-inessential.json', 'https://inessential.com/feed.json', 20, /\(\d\d\/\d\d\/20\d\d\)$/],
      ['wp-posts-demo-worona-embed.json', 'https://demo.worona.org/wp-json/wp/v2/posts?_embed', 5, /\(\d\d\/\d\d\/20\d\d\)$/],
      ['wp-posts-unitingnc.json', 'https://www.unitingnc.org/wp-json/wp/v2/posts', 10, /\(\d\d\/\d\d\/20\d\d\)$/],
      ['wp-posts-kcua-musicology.json', 'https://kcua-musicology.github.io/wp-json/wp/v2/posts', 1, /\(\d\d\/\d\d\/20\d\d\)$/],
    ];
    for (const [file, url, count, datePattern] of real) {
      it(`renders ${file}`, async () => {
        const body = await (await fetch(new URL(`../fixtures/real/${file}`, import.meta.url))).text();
        stub = stubFetch({
          [url]: () => respond(body, { type: file.endsWith('.xml') ? 'application/rss+xml' : 'application/json' }),
        });
        const el = await fixture<NewsList>(html`<news-list limit="100" src="${url}"></news-list>`);
        const event = (await nextEvent(el, 'portal-load')) as PortalLoadEvent;
        expect(event.detail.items).to.have.length(count);
        await el.updateComplete;
        const shown = items(el);
        expect(shown).to.have.length(count);
        expect(shown[0]).to.match(datePattern);
        for (const a of $$<HTMLAnchorElement>(el, 'a[part~="link"]')) expect(a.href).to.match(/^https?:\/\//);
        expect(el.shadowRoot!.querySelectorAll('script, iframe, img')).to.have.length(0);
      });
    }
  });
});

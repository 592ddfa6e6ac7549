import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/website-links/website-links.js';
import { WebsiteLinks } from '../../src/website-links/website-links.js';
import '../../src/news-list/news-list.js';
import type { NewsList } from '../../src/news-list/news-list.js';
import type { PortalErrorEvent, PortalLoadEvent } from '../../src/events.js';
import { hang, nextEvent, respond, stubFetch, type FetchStub } from '../helpers/fetch-stub.js';
import { $, $$, loaded } from '../helpers/dom.js';

const LINKS = {
  title: 'Liên kết website',
  links: [
    { name: 'Cổng Thông tin điện tử Chính phủ', url: 'https://chinhphu.vn/', logo: '/logos/cp.png', group: 'Trung ương' },
    { name: 'Quốc hội', url: 'https://quochoi.vn/', group: 'Trung ương' },
    { name: 'Báo Hải Dương', url: '/bao', group: 'Tỉnh' },
    { name: 'Trang không nhóm', url: 'https://example.gov.vn/' },
  ],
};

const shadow = (el: Element) => el.shadowRoot!;

/** Catches the navigation a click would start, and stops it. */
function catchNavigation() {
  const seen: HTMLAnchorElement[] = [];
  const onClick = (event: Event) => {
    const anchor = event.composedPath()[0];
    if (anchor instanceof HTMLAnchorElement) {
      seen.push(anchor);
      event.preventDefault();
    }
  };
  document.addEventListener('click', onClick, true);
  return { seen, stop: () => document.removeEventListener('click', onClick, true) };
}

describe('<website-links>', () => {
  let stub: FetchStub;
  afterEach(() => stub?.restore());

  describe('variant select (default)', () => {
    beforeEach(() => {
      stub = stubFetch({ 'https://portal.example/api/links.json': LINKS });
    });

    it('shows the heading, a labelled dropdown with groups, and a "Đi" button', async () => {
      const el = await loaded<WebsiteLinks>(html`<website-links src="https://portal.example/api/links.json"></website-links>`);
      expect($(el, '[part~="heading"]').textContent).to.equal('Liên kết website');
      const select = $<HTMLSelectElement>(el, 'select');
      expect(select.labels![0].textContent!.trim()).to.equal('Liên kết website');
      expect(select.options[0].textContent).to.equal('-- Chọn liên kết --');
      expect(select.options[0].value).to.equal('');
      const groups = $$<HTMLOptGroupElement>(el, 'optgroup').map((g) => g.label);
      expect(groups).to.deep.equal(['Trung ương', 'Tỉnh']);
      const ungrouped = [...select.children].filter((c) => c.tagName === 'OPTION').map((o) => o.textContent);
      expect(ungrouped).to.deep.equal(['-- Chọn liên kết --', 'Trang không nhóm']);
      // Relative URLs resolve against the links document, not the page.
      expect([...select.options].map((o) => o.value)).to.include('https://portal.example/bao');
      expect($(el, 'button').textContent).to.equal('Đi');
      await expect(el).to.be.accessible();
    });

    it('does not navigate when an option is chosen, only when "Đi" is pressed', async () => {
      const el = await loaded<WebsiteLinks>(html`<website-links src="https://portal.example/api/links.json"></website-links>`);
      const nav = catchNavigation();
      try {
        const select = $<HTMLSelectElement>(el, 'select');
        select.value = 'https://quochoi.vn/';
        select.dispatchEvent(new Event('input', { bubbles: true }));
        select.dispatchEvent(new Event('change', { bubbles: true }));
        expect(nav.seen).to.have.length(0);
        $(el, 'button').click();
        expect(nav.seen.map((a) => a.href)).to.deep.equal(['https://quochoi.vn/']);
        expect(nav.seen[0].target).to.equal('_self');
      } finally {
        nav.stop();
      }
    });

    it('works from the keyboard alone', async () => {
      const el = await loaded<WebsiteLinks>(html`<website-links src="https://portal.example/api/links.json"></website-links>`);
      const nav = catchNavigation();
      try {
        $<HTMLSelectElement>(el, 'select').focus();
        await sendKeys({ press: 'ArrowDown' });
        await sendKeys({ press: 'ArrowDown' });
        expect(nav.seen).to.have.length(0);
        expect($<HTMLSelectElement>(el, 'select').selectedIndex).to.equal(2);
        await sendKeys({ press: 'Tab' });
        expect(shadow(el).activeElement).to.equal($(el, 'button'));
        await sendKeys({ press: 'Enter' });
        expect(nav.seen).to.have.length(1);
        expect(nav.seen[0].href).to.equal($<HTMLSelectElement>(el, 'select').value);
      } finally {
        nav.stop();
      }
    });

    it('"Đi" with nothing chosen stays put and returns focus to the dropdown', async () => {
      const el = await loaded<WebsiteLinks>(html`<website-links src="https://portal.example/api/links.json"></website-links>`);
      const nav = catchNavigation();
      try {
        $(el, 'button').click();
        expect(nav.seen).to.have.length(0);
        expect(shadow(el).activeElement).to.equal($(el, 'select'));
      } finally {
        nav.stop();
      }
    });

    it('opens a new window safely with target="_blank" and says so', async () => {
      const el = await loaded<WebsiteLinks>(
        html`<website-links target="_blank" src="https://portal.example/api/links.json"></website-links>`,
      );
      const nav = catchNavigation();
      try {
        $<HTMLSelectElement>(el, 'select').value = 'https://chinhphu.vn/';
        $(el, 'button').click();
        expect(nav.seen[0].target).to.equal('_blank');
        expect(nav.seen[0].rel).to.equal('noopener noreferrer');
        expect($<HTMLSelectElement>(el, 'select').labels![0].textContent).to.contain('(mở trong cửa sổ mới)');
      } finally {
        nav.stop();
      }
    });
  });

  describe('variant list', () => {
    it('lists every link with its group, and honours limit and target', async () => {
      stub = stubFetch({ '/links.json': LINKS });
      const el = await loaded<WebsiteLinks>(
        html`<website-links variant="list" target="_blank" src="/links.json"></website-links>`,
      );
      const links = $$<HTMLAnchorElement>(el, 'a[part~="link"]');
      expect(links.map((a) => a.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
        'Trang không nhóm (mở trong cửa sổ mới)',
        'Cổng Thông tin điện tử Chính phủ (mở trong cửa sổ mới)',
        'Quốc hội (mở trong cửa sổ mới)',
        'Báo Hải Dương (mở trong cửa sổ mới)',
      ]);
      expect(links.every((a) => a.target === '_blank' && a.rel === 'noopener noreferrer')).to.equal(true);
      expect($$(el, '[part~="group"]').map((g) => g.textContent)).to.deep.equal(['Trung ương', 'Tỉnh']);
      await expect(el).to.be.accessible();

      el.limit = 2;
      await el.updateComplete;
      expect($$(el, 'a[part~="link"]')).to.have.length(2);
    });
  });

  describe('variant logos', () => {
    it('shows logos with the name as text alternative, and the name where a logo is missing or broken', async () => {
      stub = stubFetch({});
      const el = await fixture<WebsiteLinks>(html`<website-links variant="logos"></website-links>`);
      el.links = [
        {
          name: 'Cổng Chính phủ',
          url: 'https://chinhphu.vn/',
          logo: 'data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 width=%2210%22 height=%2210%22/%3E',
        },
        { name: 'Quốc hội', url: 'https://quochoi.vn/' },
        { name: 'Logo hỏng', url: 'https://hong.example/', logo: '/does-not-exist.png' },
      ];
      await el.updateComplete;
      const images = $$<HTMLImageElement>(el, 'img');
      expect(images.map((i) => i.alt)).to.deep.equal(['Cổng Chính phủ', 'Logo hỏng']);
      const links = $$<HTMLAnchorElement>(el, 'a');
      expect(links[1].textContent!.trim()).to.equal('Quốc hội');
      // The broken logo is replaced by its name once the image fails.
      await new Promise<void>((resolve) => {
        const check = () => (shadow(el).querySelector('img[alt="Logo hỏng"]') ? setTimeout(check, 20) : resolve());
        check();
      });
      expect(links[2].textContent!.trim()).to.equal('Logo hỏng');
      await expect(el).to.be.accessible();
    });
  });

  // A box that scrolls shows it at its bottom edge, even where no half row does
  // (systems that hide scroll bars): a shade along the edge, gone at the end.
  describe('a list or grid that scrolls', () => {
    const named = (count: number, group?: string) =>
      Array.from({ length: count }, (_, i) => ({
        name: `${group ?? 'Trang'} ${i + 1}`,
        url: `https://site-${i}.example/`,
        group,
      }));

    /** The shade along the bottom edge of `box` (an inset shadow cast up from it): its opacity, 0 without one. */
    function bottomShade(box: Element): number {
      const shadow = getComputedStyle(box).boxShadow;
      if (shadow === 'none' || !shadow.includes('inset')) return 0;
      const color = shadow.slice(0, shadow.indexOf(')') + 1);
      const offsetY = Number(shadow.slice(color.length).match(/-?[\d.]+(?=px)/g)![1]);
      const alpha = /^rgba\(.*,\s*([\d.]+)\)$/.exec(color)?.[1] ?? /\/\s*([\d.]+)\)$/.exec(color)?.[1] ?? '1';
      return offsetY < 0 ? Number(alpha) : 0;
    }

    async function shown(variant: 'list' | 'logos', links: { name: string; url: string; group?: string }[], rows?: number) {
      stub = stubFetch({});
      const el = await fixture<WebsiteLinks>(html`<website-links variant=${variant}></website-links>`);
      el.style.width = '300px';
      if (rows) el.style.setProperty('--portal-link-rows', String(rows));
      el.links = links;
      await el.updateComplete;
      return { el, box: $(el, '[part~="list"]') };
    }

    afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

    it('shows a shade at the bottom edge where a group ends exactly there, and none once scrolled to the end', async () => {
      // Three rows fill the box to the pixel; the group below shows nothing of itself.
      const { el, box } = await shown('list', [...named(3), ...named(4, 'Tỉnh')], 3);
      const group = $(el, '[part~="group"]');
      const edge = box.getBoundingClientRect().bottom;
      expect(box.scrollHeight, 'it scrolls').to.be.greaterThan(box.clientHeight);
      expect(group.getBoundingClientRect().top, 'the group starts below the edge').to.be.at.least(edge - 0.5);
      await waitUntil(() => bottomShade(box) > 0.2, `no shade at the bottom edge: ${getComputedStyle(box).boxShadow}`);
      const height = box.getBoundingClientRect().height;
      box.scrollTop = box.scrollHeight;
      await waitUntil(() => bottomShade(box) === 0, `a shade at the end: ${getComputedStyle(box).boxShadow}`);
      // Nothing moved, nothing changed size.
      expect(box.getBoundingClientRect().height).to.equal(height);
      expect(box.getBoundingClientRect().bottom).to.equal(edge);
      box.scrollTop = 0;
      await waitUntil(() => bottomShade(box) > 0.2, 'the shade is back at the top');
      await expect(el).to.be.accessible();
    });

    it('fades the shade over the last line of the scroll, and does not fade it under prefers-reduced-motion', async () => {
      const { box } = await shown('list', named(20));
      const end = box.scrollHeight - box.clientHeight;
      await waitUntil(() => bottomShade(box) > 0.2, 'no shade');
      const full = bottomShade(box);
      // Half a line from the end.
      box.scrollTop = end - parseFloat(getComputedStyle(box).fontSize) * 0.75;
      await waitUntil(() => bottomShade(box) < full, 'the shade did not fade');
      expect(bottomShade(box)).to.be.greaterThan(0);
      await emulateMedia({ reducedMotion: 'reduce' });
      await waitUntil(() => bottomShade(box) === full, `faded under reduced motion: ${getComputedStyle(box).boxShadow}`);
      box.scrollTop = end;
      await waitUntil(() => bottomShade(box) === 0, 'a shade at the end under reduced motion');
    });

    it('shows no shade on a list or a grid that does not scroll, and one on a grid that does', async () => {
      for (const variant of ['list', 'logos'] as const) {
        const { box } = await shown(variant, named(3));
        expect(box.scrollHeight, `${variant}: nothing to scroll`).to.be.at.most(box.clientHeight);
        expect(getComputedStyle(box).boxShadow, variant).to.equal('none');
      }
      const { box } = await shown('logos', named(20));
      expect(box.scrollHeight, 'the grid scrolls').to.be.greaterThan(box.clientHeight);
      await waitUntil(() => bottomShade(box) > 0.2, `no shade on the grid: ${getComputedStyle(box).boxShadow}`);
    });
  });

  describe('data safety', () => {
    it('drops javascript:, data: and vbscript: links and keeps the rest', async () => {
      stub = stubFetch({
        '/links.json': {
          links: [
            { name: 'ok', url: 'https://ok.example/' },
            { name: 'js', url: 'javascript:alert(1)' },
            { name: 'js2', url: ' jAvAsCrIpT:alert(1)' },
            { name: 'data', url: 'data:text/html,<script>alert(1)</script>' },
            { name: 'vb', url: 'vbscript:msgbox(1)' },
            { name: '<img src=x onerror=alert(1)>', url: 'https://ok2.example/' },
          ],
        },
      });
      const el = await fixture<WebsiteLinks>(html`<website-links variant="list" src="/links.json"></website-links>`);
      const event = (await oneEvent(el, 'portal-load')) as PortalLoadEvent;
      expect(event.detail.links!.map((l) => l.name)).to.deep.equal(['ok', '<img src=x onerror=alert(1)>']);
      expect(event.detail.problems).to.have.length(4);
      await el.updateComplete;
      const hrefs = $$<HTMLAnchorElement>(el, 'a').map((a) => a.href);
      expect(hrefs).to.deep.equal(['https://ok.example/', 'https://ok2.example/']);
      expect($$(el, 'img')).to.have.length(0);
      expect($$(el, 'a')[1].textContent).to.contain('<img src=x onerror=alert(1)>');
    });
  });

  describe('states', () => {
    it('shows a busy skeleton while loading, then the content', async () => {
      let answer!: (r: Response) => void;
      stub = stubFetch({ '/links.json': () => new Promise<Response>((r) => (answer = r)) });
      const el = await fixture<WebsiteLinks>(
        html`<website-links src="/links.json"><a href="/lien-ket">Liên kết</a></website-links>`,
      );
      const skeleton = $(el, '[part~="skeleton"]');
      expect(skeleton.getAttribute('aria-busy')).to.equal('true');
      expect(skeleton.textContent).to.contain('Đang tải…');
      expect($$(el, 'slot')).to.have.length(0);
      await expect(el).to.be.accessible();
      answer(respond(LINKS));
      await nextEvent(el, 'portal-load');
      expect($$(el, '[part~="skeleton"]')).to.have.length(0);
      expect($(el, 'select')).to.exist;
    });

    it('shows "Không có dữ liệu" for an empty document', async () => {
      stub = stubFetch({ '/links.json': { links: [] } });
      const el = await loaded<WebsiteLinks>(html`<website-links src="/links.json"></website-links>`);
      expect($(el, '[part~="empty"]').textContent!.trim()).to.equal('Không có dữ liệu');
      await expect(el).to.be.accessible();
    });

    it('shows the localised error, a retry button and the host fallback; retry recovers', async () => {
      let fail = true;
      stub = stubFetch({ '/links.json': () => (fail ? new Response('boom', { status: 500 }) : respond(LINKS)) });
      const el = await fixture<WebsiteLinks>(
        html`<website-links src="/links.json"><a href="https://portal.example/lien-ket">Xem liên kết</a></website-links>`,
      );
      const event = (await nextEvent(el, 'portal-error')) as PortalErrorEvent;
      expect(event.detail).to.include({ kind: 'http', status: 500 });
      expect(event.detail.url).to.equal(new URL('/links.json', location.href).href);
      expect(event.bubbles && event.composed).to.equal(true);
      const error = $(el, '[part~="error"]');
      expect(error.querySelector('[role="alert"]')!.textContent).to.equal('Không tải được dữ liệu.');
      expect(error.querySelector('button')!.textContent).to.equal('Thử lại');
      const slot = error.querySelector('slot')!;
      expect(slot.assignedElements()[0].textContent).to.equal('Xem liên kết');
      await expect(el).to.be.accessible();

      fail = false;
      error.querySelector('button')!.click();
      await nextEvent(el, 'portal-load');
      expect($(el, 'select')).to.exist;
      expect($$(el, 'slot')).to.have.length(0);
    });

    it('keeps the last good links when a refresh fails, marked as possibly out of date', async () => {
      let fail = false;
      stub = stubFetch({ '/links.json': () => (fail ? Promise.reject(new TypeError('Failed to fetch')) : respond(LINKS)) });
      const el = await loaded<WebsiteLinks>(html`<website-links src="/links.json"></website-links>`);
      fail = true;
      el.reload();
      const event = (await nextEvent(el, 'portal-load')) as PortalLoadEvent;
      expect(event.detail.stale).to.equal(true);
      expect($(el, '[part~="stale"]').textContent).to.equal('Dữ liệu có thể đã cũ');
      expect($$(el, 'option')).to.have.length(5);
      await expect(el).to.be.accessible();
    });
  });

  describe('error kinds', () => {
    const cases: [string, Record<string, Parameters<typeof stubFetch>[0][string]>, string, string][] = [
      ['network', { '/l.json': () => Promise.reject(new TypeError('Failed to fetch')) }, 'network', ''],
      ['timeout', { '/l.json': hang }, 'timeout', ''],
      ['http', { '/l.json': () => new Response('', { status: 404, statusText: 'Not Found' }) }, 'http', '404'],
      ['parse', { '/l.json': () => respond('{"links": [') }, 'parse', 'JSON'],
      ['format', { '/l.json': { links: 'nope' } }, 'format', 'links'],
    ];
    for (const [name, routes, kind, inMessage] of cases) {
      it(`reports ${name} failures as kind "${kind}"`, async () => {
        stub = stubFetch(routes);
        const el = await fixture<WebsiteLinks>(html`<website-links src="/l.json" timeout="0.2"></website-links>`);
        const event = (await nextEvent(el, 'portal-error')) as PortalErrorEvent;
        expect(event.detail.kind).to.equal(kind);
        expect(event.detail.message).to.be.a('string').and.not.empty;
        if (inMessage) expect(event.detail.message).to.contain(inMessage);
        expect($(el, '[part~="error"]')).to.exist;
      });
    }

    it('reports a feed where a links document was expected as a format error', async () => {
      stub = stubFetch({ '/feed.json': { version: 'https://jsonfeed.org/version/1.1', title: 'x', items: [] } });
      const el = await fixture<WebsiteLinks>(html`<website-links src="/feed.json"></website-links>`);
      const event = (await nextEvent(el, 'portal-error')) as PortalErrorEvent;
      expect(event.detail.kind).to.equal('format');
    });
  });

  describe('language', () => {
    beforeEach(() => {
      stub = stubFetch({ '/links.json': LINKS });
    });

    it('uses English labels with lang="en"', async () => {
      const el = await loaded<WebsiteLinks>(html`<website-links lang="en" src="/links.json"></website-links>`);
      expect($(el, '[part~="heading"]').textContent).to.equal('Website links');
      expect($<HTMLSelectElement>(el, 'select').options[0].textContent).to.equal('-- Select a link --');
      expect($(el, 'button').textContent).to.equal('Go');
    });

    it("takes the nearest ancestor's lang, and follows a change of its own", async () => {
      const wrapper = await fixture(html`<div lang="en-GB"><website-links src="/links.json"></website-links></div>`);
      const el = wrapper.querySelector('website-links')!;
      await waitUntil(() => el.shadowRoot!.querySelector('button'), 'the links never rendered');
      expect($(el, 'button').textContent).to.equal('Go');
      el.lang = 'vi';
      await el.updateComplete;
      expect($(el, 'button').textContent).to.equal('Đi');
    });

    it('shows English error labels', async () => {
      stub.restore();
      stub = stubFetch({});
      const el = await fixture<WebsiteLinks>(html`<website-links lang="en" src="/missing.json"></website-links>`);
      await nextEvent(el, 'portal-error');
      await el.updateComplete;
      expect($(el, '[role="alert"]').textContent).to.equal('Could not load the data.');
      expect($(el, 'button').textContent).to.equal('Retry');
    });
  });

  describe('host contract', () => {
    it('takes links as a property without firing an event, and hides the heading with heading=""', async () => {
      stub = stubFetch({});
      const fired: string[] = [];
      const el = await fixture<WebsiteLinks>(html`<website-links heading="" variant="list"></website-links>`);
      el.addEventListener('portal-load', () => fired.push('load'));
      el.links = LINKS.links.map((l) => ({ ...l, url: new URL(l.url, 'https://portal.example/').href }));
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 50));
      expect(fired).to.deep.equal([]);
      expect(stub.calls).to.deep.equal([]);
      expect($$(el, '[part~="heading"]')).to.have.length(0);
      expect($$(el, 'a')).to.have.length(4);
    });

    it('renders the heading at the requested level', async () => {
      stub = stubFetch({ '/links.json': LINKS });
      const el = await loaded<WebsiteLinks>(
        html`<website-links heading="Liên kết" heading-level="4" src="/links.json"></website-links>`,
      );
      expect($(el, '[part~="heading"]').tagName).to.equal('H4');
      expect($(el, '[part~="heading"]').textContent).to.equal('Liên kết');
    });

    it('can be registered again, and under another name, without throwing', async () => {
      stub = stubFetch({});
      expect(() => customElements.define('hd-website-links', WebsiteLinks)).not.to.throw();
      await import('../../src/website-links/website-links.js?again' as string).catch(() => undefined);
      const el = await fixture<WebsiteLinks>(html`<hd-website-links variant="list"></hd-website-links>`);
      el.links = [{ name: 'A', url: 'https://a.example/' }];
      await el.updateComplete;
      expect($$(el, 'a')).to.have.length(1);
    });
  });

  describe('time-zone', () => {
    it('does not load or read the links again when time-zone changes (they have no dates), where a list does', async () => {
      stub = stubFetch({
        '/links.json': LINKS,
        '/feed.json': { version: 'https://jsonfeed.org/version/1.1', title: 'Tin', items: [] },
      });
      const links = await loaded<WebsiteLinks>(html`<website-links cache-ttl="0" src="/links.json"></website-links>`);
      const list = await loaded<NewsList>(html`<news-list cache-ttl="0" src="/feed.json"></news-list>`);
      expect(stub.calls.map((url) => new URL(url).pathname)).to.deep.equal(['/links.json', '/feed.json']);
      links.timeZone = 'UTC';
      list.timeZone = 'UTC';
      await Promise.all([links.updateComplete, list.updateComplete]);
      expect(stub.calls.map((url) => new URL(url).pathname)).to.deep.equal(['/links.json', '/feed.json', '/feed.json']);
    });
  });
});

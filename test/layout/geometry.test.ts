import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { NewsList } from '../../src/news-list/news-list.js';
import { WebsiteLinks } from '../../src/website-links/website-links.js';
import { define } from '../../src/element/define.js';
import type { PortalElement } from '../../src/element/portal-element.js';
import { nextEvent, respond, stubFetch, type FetchStub } from '../helpers/fetch-stub.js';
import { settled, top } from '../helpers/layout.js';
import { seeded, title, titlesFrom } from '../helpers/generated.js';

// A list's height must not depend on data it has not seen: on titles of 20 to
// 160 characters the skeleton measures what the loaded list does. Geometry,
// not timing: the data is held back until the test lets it through.

const DATA = '/geometry/data.json';

/** A feed of `count` items whose titles run from 20 to 160 characters, in an order the seed picks. */
function feed(seed: number, count = 8) {
  const random = seeded(seed);
  const titles = titlesFrom(seed, count).sort(() => random() - 0.5);
  return {
    version: 'https://jsonfeed.org/version/1.1',
    items: titles.map((title, i) => ({
      id: String(i + 1),
      url: `https://portal.example/tin/${i + 1}`,
      title,
      date_published: `2020-12-0${(i % 8) + 1}T08:00:00+07:00`,
    })),
  };
}

const LISTS: { name: string; tag: string; attrs: Record<string, string>; count?: number }[] = [
  { name: 'news-list list, limit 5', tag: 'news-list', attrs: { limit: '5' } },
  { name: 'news-list compact, limit 5', tag: 'news-list', attrs: { layout: 'compact', limit: '5' } },
  // A related list is shown whole: as many articles as `limit`.
  { name: 'related-articles', tag: 'related-articles', attrs: {}, count: 5 },
];

/** A links document of `count` links whose names have `length` characters, in groups or not, half with a logo. */
function linksDocument(count: number, length: number, grouped: boolean) {
  const random = seeded(count * 1000 + length);
  const groups = ['Trung ương', 'Tỉnh', 'Sở, ngành', 'Huyện, thị xã'];
  const logo = new URL('/demo/logos/chinhphu.svg', location.href).href;
  return {
    title: 'Liên kết website',
    links: Array.from({ length: count }, (_, i) => ({
      name: title(random, length),
      url: `https://site-${i}.example/`,
      ...(grouped ? { group: groups[i % groups.length] } : {}),
      ...(i % 2 ? {} : { logo }),
    })),
  };
}

/** A response held back until `open()`. */
function gate(body: object) {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, route: async () => (await opened, respond(body)) };
}

/** Lets a gated response through and waits until the element has loaded it and laid it out. */
async function release(el: PortalElement<unknown>, data: ReturnType<typeof gate>) {
  const loaded = nextEvent(el, 'portal-load');
  data.open();
  await loaded;
  await settled(el);
}

function mount(tag: string, attrs: Record<string, string>, width: number, src = DATA) {
  const outer = document.createElement('div');
  outer.style.width = `${width}px`;
  const el = document.createElement(tag) as PortalElement<unknown>;
  for (const [name, value] of Object.entries({ ...attrs, src })) el.setAttribute(name, value);
  const below = document.createElement('p');
  below.textContent = 'Nội dung bên dưới';
  outer.append(el, below);
  document.body.append(outer);
  return { outer, el, below };
}

describe('geometry that does not depend on the data', () => {
  let stub: FetchStub | undefined;
  const mounted: HTMLElement[] = [];
  afterEach(() => {
    stub?.restore();
    stub = undefined;
    mounted.splice(0).forEach((node) => node.remove());
  });

  for (const width of [400, 200]) {
    describe(`a list's skeleton measures its loaded height on titles of 20–160 characters (${width} px)`, () => {
      for (const list of LISTS) {
        it(list.name, async () => {
          for (const seed of [1, 2, 3]) {
            const data = gate(feed(seed, list.count));
            stub = stubFetch({ [DATA]: data.route });
            const { outer, el, below } = mount(list.tag, list.attrs, width);
            mounted.push(outer);
            await settled(el);
            const loading = top(below, outer);
            await release(el, data);
            expect(el.shadowRoot!.querySelector('[part~="skeleton"]'), 'loaded').to.equal(null);
            expect(
              Math.abs(top(below, outer) - loading),
              `seed ${seed}: ${loading} px loading, ${top(below, outer)} px loaded`,
            ).to.be.at.most(2);
            // Nothing sticks out of the column, however long a title or its unbroken code.
            expect(outer.scrollWidth, 'overflow').to.be.at.most(outer.clientWidth);
            for (const node of el.shadowRoot!.querySelectorAll('*')) {
              if (
                node.getClientRects().length &&
                node.getBoundingClientRect().right > outer.getBoundingClientRect().right + 0.5
              ) {
                expect.fail(`seed ${seed}: <${node.localName}> sticks out`);
              }
            }
            outer.remove();
            stub.restore();
          }
        });
      }
    });
  }

  it('a clamped title is still whole in the link, for screen readers, and the list passes axe', async () => {
    const long = feed(4);
    stub = stubFetch({ [DATA]: long });
    const { outer, el } = mount('news-list', { limit: '8' }, 200);
    mounted.push(outer);
    await nextEvent(el, 'portal-load');
    await settled(el);
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="item"] [part~="link"]')];
    expect(links.map((link) => link.textContent)).to.deep.equal(long.items.map((item) => item.title.normalize('NFC')));
    const clamped = links.filter((link) => link.scrollHeight > link.clientHeight + 1);
    expect(clamped.length, 'some titles are longer than their lines').to.be.greaterThan(0);
    // Every row is as tall as every other.
    const heights = new Set(
      [...el.shadowRoot!.querySelectorAll('[part~="item"]')].map((row) => Math.round(row.getBoundingClientRect().height)),
    );
    expect(heights.size).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('keeps the room the page reserved before the upgrade until the content is in', async () => {
    // A tag of its own, not yet defined while the page's rule reserves its room.
    const style = document.createElement('style');
    style.textContent = 'geometry-reserved-list:not(:defined) { display: block; min-height: 600px; }';
    document.head.append(style);
    const data = gate(feed(5, 3));
    stub = stubFetch({ [DATA]: data.route });
    const { outer, el } = mount('geometry-reserved-list', { limit: '3' }, 400);
    mounted.push(outer, style);
    expect(el.getBoundingClientRect().height, 'reserved by the page').to.equal(600);
    define('geometry-reserved-list', class extends NewsList {});
    await settled(el);
    expect(el.shadowRoot!.querySelector('[part~="skeleton"]'), 'loading').to.not.equal(null);
    expect(el.getBoundingClientRect().height, 'while loading, after the upgrade').to.be.at.least(600);
    await release(el, data);
    // The content is in: the element is as tall as it, not as the reservation.
    expect(el.getBoundingClientRect().height).to.be.below(600);
  });

  // The list and the grid of a links document are boxes whose height is fixed before the
  // document arrives: their links scroll inside them.
  for (const width of [400, 200]) {
    for (const variant of ['list', 'logos']) {
      it(`a links ${variant} is as tall, loading and loaded, for 3, 8 or 20 links of 5 or 150 characters (${width} px)`, async () => {
        const heights: string[] = [];
        for (const count of [3, 8, 20]) {
          for (const length of [5, 150]) {
            const grouped = (count + length) % 2 === 1;
            const src = `/geometry/links-${variant}-${width}-${count}-${length}.json`;
            const data = gate(linksDocument(count, length, grouped));
            stub = stubFetch({ [src]: data.route });
            const { outer, el, below } = mount('website-links', { variant }, width, src);
            mounted.push(outer);
            await settled(el);
            expect(el.shadowRoot!.querySelector('[part~="skeleton"]'), 'loading').to.not.equal(null);
            const loading = top(below, outer);
            await release(el, data);
            const box = el.shadowRoot!.querySelector('[part~="list"]')!;
            expect(box.querySelectorAll('[part~="link"]'), 'every link is there').to.have.length(count);
            const seen = `${count} links of ${length} characters: ${loading} px loading, ${top(below, outer)} px loaded`;
            expect(Math.abs(top(below, outer) - loading), seen).to.be.at.most(0.5);
            expect(outer.scrollWidth, 'overflow').to.be.at.most(outer.clientWidth);
            heights.push(`${count}×${length}: ${Math.round(top(below, outer))}`);
            outer.remove();
            stub.restore();
          }
        }
        const distinct = new Set(heights.map((entry) => entry.split(': ')[1]));
        expect(distinct.size, heights.join(', ')).to.equal(1);
      });
    }
  }

  for (const variant of ['list', 'logos']) {
    it(`a links ${variant} that holds more than it shows scrolls, from the keyboard too, names its box and keeps every name whole`, async () => {
      const document = linksDocument(20, 150, true);
      stub = stubFetch({ [DATA]: document });
      const { outer, el } = mount('website-links', { variant }, 300);
      mounted.push(outer);
      await nextEvent(el, 'portal-load');
      await settled(el);
      const box = el.shadowRoot!.querySelector<HTMLElement>('[part~="list"]')!;
      expect(box.scrollHeight, 'more than it shows').to.be.greaterThan(box.clientHeight);
      expect(box.getAttribute('aria-label')).to.equal('Liên kết website');
      expect(box.tabIndex).to.equal(0);
      // A logo's name is its text alternative.
      const names = [...box.querySelectorAll('[part~="link"]')].map(
        (link) => link.textContent!.trim() || link.querySelector('img')!.alt,
      );
      expect(names.sort()).to.deep.equal(document.links.map((link) => link.name.normalize('NFC')).sort());
      if (variant === 'list') {
        expect([...box.querySelectorAll('[part~="group"]')].map((group) => group.textContent)).to.deep.equal([
          'Trung ương',
          'Tỉnh',
          'Sở, ngành',
          'Huyện, thị xã',
        ]);
        // Each group's list is named by its group.
        const named = [...box.querySelectorAll('ul')].map((list) => list.getAttribute('aria-label'));
        expect(named).to.deep.equal(['Trung ương', 'Tỉnh', 'Sở, ngành', 'Huyện, thị xã']);
      }
      // The box is a stop of its own: the keyboard scrolls it without a pointer.
      const before = globalThis.document.createElement('button');
      before.textContent = 'Trước';
      outer.prepend(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement, 'the box has the focus').to.equal(box);
      await sendKeys({ press: 'PageDown' });
      await waitUntil(() => box.scrollTop > 0, 'PageDown did not scroll the box');
      // The last link, reached by Tab, is scrolled into view.
      const last = [...box.querySelectorAll<HTMLElement>('a[part~="link"]')].at(-1)!;
      last.focus();
      await waitUntil(() => last.getBoundingClientRect().bottom <= box.getBoundingClientRect().bottom + 1, 'not in view');
      await expect(el).to.be.accessible();
    });
  }

  it('a page sets the height of the links list and grid in rows: --portal-link-rows, --portal-logo-rows', async () => {
    for (const [variant, property, rows] of [
      ['list', '--portal-link-rows', 3],
      ['logos', '--portal-logo-rows', 1.5],
    ] as const) {
      const src = `/geometry/rows-${variant}.json`;
      const data = gate(linksDocument(8, 5, false));
      stub = stubFetch({ [src]: data.route });
      const { outer, el, below } = mount('website-links', { variant }, 400, src);
      el.style.setProperty(property, String(rows));
      mounted.push(outer);
      await settled(el);
      const loading = top(below, outer);
      await release(el, data);
      expect(Math.abs(top(below, outer) - loading), `${variant}: loading and loaded`).to.be.at.most(0.5);
      const box = el.shadowRoot!.querySelector('[part~="list"]')!;
      const row = box.querySelector('[part~="item"]')!.getBoundingClientRect().height;
      const gap = variant === 'logos' ? parseFloat(getComputedStyle(box).rowGap) : 0;
      expect(box.getBoundingClientRect().height, variant).to.be.closeTo(rows * (row + gap) - gap, 1);
      outer.remove();
      stub.restore();
    }
  });

  it('with --portal-link-rows: none, a links list takes the height of its links', async () => {
    const heights: number[] = [];
    for (const count of [3, 20]) {
      const src = `/geometry/rows-none-${count}.json`;
      stub = stubFetch({ [src]: linksDocument(count, 5, false) });
      const { outer, el } = mount('website-links', { variant: 'list' }, 400, src);
      el.style.setProperty('--portal-link-rows', 'none');
      mounted.push(outer);
      await nextEvent(el, 'portal-load');
      await settled(el);
      const box = el.shadowRoot!.querySelector('[part~="list"]')!;
      expect(box.scrollHeight, 'nothing to scroll').to.be.at.most(box.clientHeight);
      heights.push(box.getBoundingClientRect().height);
      outer.remove();
      stub.restore();
    }
    expect(heights[1]).to.be.greaterThan(heights[0] * 5);
  });

  // Fewer links than the skeleton's eight, and more.
  for (const count of [3, 13]) {
    it(`a links skeleton takes its height from the last time this tab showed the same source at this width (${count} links)`, async () => {
      const links = {
        links: Array.from({ length: count }, (_, i) => ({ name: `Trang ${i + 1}`, url: `https://site-${i}.example/` })),
      };
      if (!customElements.get('geometry-links')) define('geometry-links', class extends WebsiteLinks {});
      stub = stubFetch({ [DATA]: links });
      const first = mount('geometry-links', { variant: 'list' }, 400);
      mounted.push(first.outer);
      await nextEvent(first.el, 'portal-load');
      await settled(first.el);
      const loadedTop = top(first.below, first.outer);
      // Once idle, the element's size is remembered.
      await new Promise((idle) => requestIdleCallback(idle, { timeout: 2000 }));
      // A new stub clears the loader's caches in sessionStorage, the sizes too: keep them for the second view.
      const remembered = Object.keys(sessionStorage).filter((key) => key.includes('geometry-links'));
      const kept = remembered.map((key) => [key, sessionStorage.getItem(key)!]);
      expect(kept, 'remembered').to.have.length(1);
      first.outer.remove();
      stub.restore();
      const data = gate(links);
      stub = stubFetch({ [DATA]: data.route });
      for (const [key, value] of kept) sessionStorage.setItem(key, value);
      const again = mount('geometry-links', { variant: 'list' }, 400);
      mounted.push(again.outer);
      await settled(again.el);
      expect(again.el.shadowRoot!.querySelector('[part~="skeleton"]'), 'loading').to.not.equal(null);
      expect(top(again.below, again.outer)).to.equal(loadedTop);
      const loaded = nextEvent(again.el, 'portal-load');
      data.open();
      await loaded;
      await settled(again.el);
      expect(top(again.below, again.outer)).to.equal(loadedTop);
    });
  }
});

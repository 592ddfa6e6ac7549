import { expect, nextFrame } from '@open-wc/testing';
import '../../src/index.js';
import type { PortalElement } from '../../src/element/portal-element.js';
import { nextEvent, respond, stubFetch, type FetchStub } from '../helpers/fetch-stub.js';
import { settled, top } from '../helpers/layout.js';

// Geometry, not timing: each test compares boxes before and after data or
// images arrive, with the data held back until the test lets it through.

/** Titles of a typical length for a provincial portal (70–90 characters). */
const TITLES = [
  'Hải Dương: 5 nhiệm vụ trọng tâm phát triển kinh tế - xã hội trong những tháng cuối năm',
  'Hội nghị Ban Chấp hành Đảng bộ tỉnh thảo luận kế hoạch phát triển kinh tế năm 2021',
  'Ủy ban nhân dân tỉnh kiểm tra tiến độ giải phóng mặt bằng các dự án trọng điểm',
  'Sở Y tế triển khai các biện pháp cấp bách phòng, chống dịch COVID-19 trên địa bàn',
  'Hội Nông dân tỉnh tổng kết phong trào thi đua sản xuất, kinh doanh giỏi năm 2020',
  'Công an tỉnh bảo đảm an toàn giao thông dịp cuối năm và Tết Nguyên đán Tân Sửu',
  'Sở Giáo dục và Đào tạo sơ kết học kỳ I năm học 2020 - 2021 tại huyện Thanh Miện',
  'Mặt trận Tổ quốc tỉnh phát động phong trào chăm lo Tết cho hộ nghèo, hộ cận nghèo',
];
const SUMMARY =
  'Sáng nay, hội nghị đã thảo luận, đánh giá kết quả thực hiện nhiệm vụ năm 2020 và thống nhất các giải pháp trọng tâm cho năm 2021, trong đó có cải cách hành chính và chuyển đổi số.';

/** A photo and a logo of the demo, served by the test server. */
const PHOTO = new URL('/demo/img/chinh-tri.svg', location.href).href;
const LOGO = new URL('/demo/logos/chinhphu.svg', location.href).href;

const item = (title: string, i: number, image: string) => ({
  id: String(i + 1),
  url: `https://portal.example/tin/${i + 1}`,
  title,
  summary: SUMMARY,
  image,
  date_published: `2020-12-0${(i % 8) + 1}T08:00:00+07:00`,
  _portal: { category: { id: 'chinh-tri', name: 'Chính trị' } },
});
const feed = (count: number, image = PHOTO) => ({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Tin mới',
  items: TITLES.slice(0, count).map((title, i) => item(title, i, image)),
});
const links = (logo = LOGO) => ({
  title: 'Liên kết website',
  links: [
    ['Cổng Thông tin điện tử Chính phủ', 'Trung ương'],
    ['Báo Điện tử Chính phủ', 'Trung ương'],
    ['Cổng Dịch vụ công Quốc gia', 'Trung ương'],
    ['Quốc hội Việt Nam', 'Trung ương'],
    ['Tỉnh ủy Hải Dương', 'Tỉnh'],
    ['Báo Hải Dương', 'Tỉnh'],
    ['Sở Thông tin và Truyền thông', 'Sở, ngành'],
    ['Sở Giáo dục và Đào tạo', 'Sở, ngành'],
  ].map(([name, group], i) => ({ name, group, url: `https://site-${i}.example/`, logo: i % 2 ? undefined : logo })),
});

interface Variant {
  name: string;
  tag: string;
  attrs: Record<string, string>;
  data: (image?: string) => object;
  empty: object;
}

const VARIANTS: Variant[] = [
  { name: 'news-list list, limit 5', tag: 'news-list', attrs: { limit: '5' }, data: (image) => feed(8, image), empty: feed(0) },
  {
    name: 'news-list compact, limit 5',
    tag: 'news-list',
    attrs: { layout: 'compact', limit: '5' },
    data: (image) => feed(8, image),
    empty: feed(0),
  },
  {
    name: 'news-list cards, limit 3',
    tag: 'news-list',
    attrs: { layout: 'cards', limit: '3' },
    data: (image) => feed(8, image),
    empty: feed(0),
  },
  {
    name: 'news-list featured, limit 5',
    tag: 'news-list',
    attrs: { layout: 'featured', limit: '5' },
    data: (image) => feed(8, image),
    empty: feed(0),
  },
  { name: 'related-articles', tag: 'related-articles', attrs: {}, data: (image) => feed(5, image), empty: feed(0) },
  { name: 'website-links select', tag: 'website-links', attrs: {}, data: (logo) => links(logo), empty: { links: [] } },
  {
    name: 'website-links list',
    tag: 'website-links',
    attrs: { variant: 'list' },
    data: (logo) => links(logo),
    empty: { links: [] },
  },
  {
    name: 'website-links logos',
    tag: 'website-links',
    attrs: { variant: 'logos' },
    data: (logo) => links(logo),
    empty: { links: [] },
  },
  {
    name: 'article-card card',
    tag: 'article-card',
    attrs: {},
    data: (image) => item(TITLES[0], 0, image ?? PHOTO),
    empty: feed(0),
  },
  {
    name: 'article-card horizontal',
    tag: 'article-card',
    attrs: { variant: 'horizontal' },
    data: (image) => item(TITLES[0], 0, image ?? PHOTO),
    empty: feed(0),
  },
];

const DATA = '/layout/data.json';

/** A response held back until `open()`. */
function gate(body: object) {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, route: async () => (await opened, respond(body)) };
}

type Column = 'block' | 'grid' | 'flex';

/** The element in a column of `width` px with a paragraph after it, appended to the page. */
function mount(variant: Variant, width: number, column: Column = 'block') {
  const outer = document.createElement('div');
  outer.style.cssText = `width: ${width}px; ${column === 'block' ? '' : `display: ${column};`}`;
  const cell = document.createElement('div');
  if (column === 'flex') cell.style.flex = '1';
  if (column === 'grid') outer.style.gridTemplateColumns = '1fr';
  const el = document.createElement(variant.tag) as PortalElement<unknown>;
  for (const [name, value] of Object.entries({ ...variant.attrs, src: DATA })) el.setAttribute(name, value);
  const below = document.createElement('p');
  below.textContent = 'Nội dung bên dưới';
  cell.append(el, below);
  outer.append(cell);
  document.body.append(outer);
  return { outer, cell, el, below };
}

describe('layout: no shift, no overflow', () => {
  let stub: FetchStub | undefined;
  const mounted: HTMLElement[] = [];
  afterEach(() => {
    stub?.restore();
    stub = undefined;
    mounted.splice(0).forEach((node) => node.remove());
  });

  for (const width of [400, 200]) {
    describe(`the skeleton has the loaded height (${width} px column)`, () => {
      for (const variant of VARIANTS) {
        it(variant.name, async () => {
          const data = gate(variant.data());
          stub = stubFetch({ [DATA]: data.route });
          const { outer, el, below } = mount(variant, width);
          mounted.push(outer);
          await settled(el);
          expect(el.shadowRoot!.querySelector('[part~="skeleton"]'), 'loading').to.not.equal(null);
          const loading = top(below, outer);
          const loadedEvent = nextEvent(el, 'portal-load');
          data.open();
          await loadedEvent;
          await settled(el);
          expect(el.shadowRoot!.querySelector('[part~="skeleton"]'), 'loaded').to.equal(null);
          expect(
            Math.abs(top(below, outer) - loading),
            `below the element: ${loading} px loading, ${top(below, outer)} px loaded`,
          ).to.be.at.most(2);
        });
      }
    });
  }

  it('a refresh keeps the box: reload() shows the content until the new one arrives', async () => {
    const variant = VARIANTS[0];
    let answer = gate(variant.data());
    stub = stubFetch({ [DATA]: () => answer.route() });
    const { outer, el, below } = mount(variant, 400);
    mounted.push(outer);
    answer.open();
    await nextEvent(el, 'portal-load');
    await settled(el);
    const loaded = top(below, outer);
    answer = gate(variant.data());
    const reloaded = nextEvent(el, 'portal-load');
    void el.reload();
    await settled(el);
    expect(top(below, outer), 'while reloading').to.equal(loaded);
    answer.open();
    await reloaded;
    await settled(el);
    expect(top(below, outer), 'reloaded').to.equal(loaded);
  });

  it('lays out every row of a typical list (no content-visibility), and skips off-screen rows only past 50', async () => {
    const many = { ...feed(0), items: Array.from({ length: 60 }, (_, i) => item(TITLES[i % TITLES.length], i, PHOTO)) };
    const skipping: Record<string, string[]> = {};
    for (const limit of ['20', '60']) {
      stub = stubFetch({ [DATA]: many });
      const { outer, el } = mount({ ...VARIANTS[0], attrs: { limit } }, 400);
      mounted.push(outer);
      await nextEvent(el, 'portal-load');
      await settled(el);
      skipping[limit] = [
        ...new Set([...el.shadowRoot!.querySelectorAll('[part~="item"]')].map((row) => getComputedStyle(row).contentVisibility)),
      ];
      stub.restore();
    }
    expect(skipping).to.deep.equal({ 20: ['visible'], 60: ['auto'] });
  });

  describe('an image that loads late moves nothing', () => {
    for (const variant of VARIANTS.filter(({ name }) => /cards|featured|logos|card card|horizontal/.test(name))) {
      it(variant.name, async () => {
        // An image not seen before, lazily loaded, far below the viewport: the rows are laid out before it arrives.
        const image = `${variant.tag === 'website-links' ? LOGO : PHOTO}?late=${encodeURIComponent(variant.name)}`;
        stub = stubFetch({ [DATA]: variant.data(image) });
        const { outer, el, below } = mount(variant, 400);
        mounted.push(outer);
        outer.style.marginTop = '20000px';
        await nextEvent(el, 'portal-load');
        await settled(el);
        const images = () =>
          [el.shadowRoot!, ...[...el.shadowRoot!.querySelectorAll('article-card')].map((card) => card.shadowRoot!)].flatMap(
            (root) => [...root.querySelectorAll('img')],
          );
        expect(images().length, 'images').to.be.greaterThan(0);
        expect(
          images().some((img) => img.complete),
          'no image has loaded yet',
        ).to.equal(false);
        const rows = () =>
          [...el.shadowRoot!.querySelectorAll('[part~="item"], [part~="image"]'), below].map((node) => top(node, outer));
        const before = rows();
        outer.style.marginTop = '0';
        await Promise.all(images().map((img) => img.decode()));
        await nextFrame();
        expect(rows()).to.deep.equal(before);
      });
    }

    it('a broken image keeps its box', async () => {
      const variant = VARIANTS.find(({ name }) => name === 'article-card card')!;
      const heights: number[] = [];
      for (const image of [PHOTO, '/layout/missing.png']) {
        stub = stubFetch({ [DATA]: variant.data(image) });
        const { outer, el, below } = mount(variant, 400);
        mounted.push(outer);
        await nextEvent(el, 'portal-load');
        const img = el.shadowRoot!.querySelector('img')!;
        await new Promise((done) =>
          img.complete ? done(null) : img.addEventListener(img.src === PHOTO ? 'load' : 'error', done),
        );
        await nextFrame();
        heights.push(top(below, outer));
        stub.restore();
      }
      expect(heights[1]).to.equal(heights[0]);
    });
  });

  describe('fits a 200 px grid or flex column in every state', () => {
    for (const variant of VARIANTS) {
      it(variant.name, async () => {
        for (const column of ['grid', 'flex'] as const) {
          for (const state of ['loading', 'loaded', 'empty', 'error'] as const) {
            const held = gate(variant.data());
            stub = stubFetch(
              state === 'loading'
                ? { [DATA]: held.route }
                : state === 'error'
                  ? {}
                  : { [DATA]: state === 'empty' ? variant.empty : variant.data() },
            );
            const { outer, cell, el } = mount(variant, 200, column);
            mounted.push(outer);
            if (state === 'error') await nextEvent(el, 'portal-error');
            if (state === 'loaded' || state === 'empty') await nextEvent(el, 'portal-load');
            await settled(el);
            const where = `${column}, ${state}`;
            expect(cell.getBoundingClientRect().width, `${where}: the column's width`).to.be.at.most(200);
            expect(outer.scrollWidth, `${where}: overflow`).to.be.at.most(outer.clientWidth);
            for (const node of el.shadowRoot!.querySelectorAll('*')) {
              if (
                node.getClientRects().length &&
                node.getBoundingClientRect().right > outer.getBoundingClientRect().right + 0.5
              ) {
                expect.fail(`${where}: <${node.localName} class="${node.getAttribute('class') ?? ''}"> sticks out`);
              }
            }
            outer.remove();
            stub.restore();
          }
        }
      });
    }
  });
});

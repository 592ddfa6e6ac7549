import { expect, html, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/news-list/news-list.js';
import '../../src/related-articles/related-articles.js';
import type { NewsList } from '../../src/news-list/news-list.js';
import type { RelatedArticles } from '../../src/related-articles/related-articles.js';
import { hang, stubFetch, type FetchStub } from '../helpers/fetch-stub.js';
import { $, $$, items, loaded, text } from '../helpers/dom.js';
import { portalFeed } from '../helpers/feeds.js';

/** A feed whose first article has a caption, as a portal's own feed gives it. */
function captionedFeed(count: number, nextUrl?: string) {
  const feed = portalFeed(count, { nextUrl });
  const [first, ...rest] = feed.items;
  const captioned = { ...first, _portal: { ...first._portal, image_caption: 'Quang cảnh hội nghị. Ảnh: Minh Hà.' } };
  return { ...feed, items: [captioned, ...rest] };
}

const box = (node: Element) => node.getBoundingClientRect();

/**
 * The element in a column of `width` px, appended to the page, and the event
 * it fires first (heard from before it exists).
 */
function mounted(width: number, attrs: Record<string, string> = { limit: '5' }) {
  const column = document.createElement('div');
  column.style.width = `${width}px`;
  const el = document.createElement('news-list');
  for (const [name, value] of Object.entries({ layout: 'featured', src: '/f.json', ...attrs })) el.setAttribute(name, value);
  const announced = new Promise<Event>((resolve) => {
    el.addEventListener('portal-load', resolve, { once: true });
    el.addEventListener('portal-error', resolve, { once: true });
  });
  column.append(el);
  document.body.append(column);
  return { column, el, announced };
}

/** Until the element has rendered and a frame has been laid out. */
async function settled(el: NewsList) {
  await el.updateComplete;
  await nextFrame();
}

describe('<news-list layout="featured">', () => {
  let stub: FetchStub | undefined;
  afterEach(() => {
    stub?.restore();
    stub = undefined;
  });

  it('shows the first article large (image, caption, category, title, date, summary) and the next ones as titles; limit counts both', async () => {
    stub = stubFetch({ '/f.json': captionedFeed(8) });
    const el = await loaded<NewsList>(html`<news-list layout="featured" limit="4" src="/f.json"></news-list>`);
    const rows = $$(el, '[part~="item"]');
    expect(rows, 'items').to.have.length(4);
    const [lead, ...rest] = rows;
    const img = lead.querySelector<HTMLImageElement>('img[part~="image"]')!;
    expect(img.src).to.equal(new URL('/anh/1.jpg', location.href).href);
    expect(img.alt).to.equal('Ảnh minh họa tin 1');
    expect(text(lead.querySelector('[part~="caption"]'))).to.equal('Quang cảnh hội nghị. Ảnh: Minh Hà.');
    expect(text(lead.querySelector('[part~="category"]'))).to.equal('Chính trị');
    const title = lead.querySelector('[part~="title"]')!;
    expect(title.localName, 'a heading a level below the block').to.equal('h3');
    expect(title.querySelector('a')!.getAttribute('href')).to.equal(new URL('/tin/1', location.href).href);
    expect(text(title)).to.equal('Tin số 1: Hải Dương triển khai Nghị quyết');
    expect(text(lead.querySelector('[part~="date"]'))).to.match(/^\d\d\/\d\d\/2020$/);
    expect(text(lead.querySelector('[part~="summary"]'))).to.equal('Tóm tắt tin số 1.');
    expect(items(el).slice(1)).to.deep.equal([
      'Tin số 2: Hải Dương triển khai Nghị quyết',
      'Tin số 3: Hải Dương triển khai Nghị quyết',
      'Tin số 4: Hải Dương triển khai Nghị quyết',
    ]);
    for (const row of rest) expect(row.querySelectorAll('img, time, h1, h2, h3, h4, h5, h6'), 'a title only').to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('puts the titles beside the article from 36rem, below it in a narrower column', async () => {
    stub = stubFetch({ '/f.json': captionedFeed(5) });
    for (const [width, beside] of [
      [1280, true],
      [600, true],
      [320, false],
      [200, false],
    ] as const) {
      const { column, el, announced } = mounted(width);
      await announced;
      await settled(el);
      const [lead, ...rest] = $$(el, '[part~="item"]');
      const where = `${width} px`;
      for (const row of rest) {
        expect(box(row).right, `${where}: inside the column`).to.be.at.most(box(column).right + 0.5);
        if (beside) {
          expect(box(row).left, `${where}: the titles start right of the article`).to.be.at.least(box(lead).right);
        } else {
          expect(box(row).top, `${where}: the titles start below the article`).to.be.at.least(box(lead).bottom);
          expect(Math.round(box(row).left), `${where}: as wide as the column`).to.equal(Math.round(box(column).left));
        }
      }
      // The titles keep their own height beside a taller article: one after the other from the top.
      rest.slice(1).forEach((row, i) => expect(box(row).top).to.be.closeTo(box(rest[i]).bottom, 0.5));
      if (beside) expect(box(rest[0]).top).to.be.closeTo(box(lead).top, 0.5);
      expect(column.scrollWidth, `${where}: no overflow`).to.be.at.most(column.clientWidth);
      column.remove();
    }
  });

  for (const width of [320, 600, 1280]) {
    it(`every state at ${width} px: accessible, inside its column`, async () => {
      const states = {
        loading: { routes: { '/f.json': hang }, part: 'skeleton' },
        loaded: { routes: { '/f.json': captionedFeed(5) }, part: 'list' },
        empty: { routes: { '/f.json': portalFeed(0) }, part: 'empty' },
        error: { routes: {}, part: 'error' },
      };
      for (const [state, { routes, part }] of Object.entries(states)) {
        stub = stubFetch(routes);
        const { column, el, announced } = mounted(width);
        if (state !== 'loading') await announced;
        await settled(el);
        expect($(el, `[part~="${part}"]`), `${state}: part ${part}`).to.not.equal(null);
        expect(column.scrollWidth, `${state}: overflow`).to.be.at.most(column.clientWidth);
        for (const node of el.shadowRoot!.querySelectorAll('*')) {
          if (node.getClientRects().length && box(node).right > box(column).right + 0.5) {
            expect.fail(`${state}: <${node.localName} class="${node.getAttribute('class') ?? ''}"> sticks out`);
          }
        }
        await expect(el).to.be.accessible();
        column.remove();
        stub.restore();
      }
    });
  }

  it('the skeleton is the same two columns: an image box and title rows beside it', async () => {
    stub = stubFetch({ '/f.json': hang });
    const { column, el } = mounted(1280);
    await settled(el);
    const rows = [...el.shadowRoot!.querySelectorAll('[part~="skeleton"] li')];
    expect(rows, 'limit rows').to.have.length(5);
    expect(rows[0].querySelector('.image'), 'an image box').to.not.equal(null);
    for (const row of rows.slice(1)) expect(box(row).left).to.be.at.least(box(rows[0]).right);
    column.remove();
  });

  it('keyboard order is reading order: the article, then the titles top to bottom, then "Xem tiếp"', async () => {
    stub = stubFetch({ '/f.json': captionedFeed(8) });
    const { column, el, announced } = mounted(1280);
    await announced;
    await settled(el);
    const before = document.createElement('button');
    before.textContent = 'before';
    column.prepend(before);
    before.focus();
    const visited: Element[] = [];
    for (let i = 0; i < 6; i++) {
      await sendKeys({ press: 'Tab' });
      visited.push(el.shadowRoot!.activeElement!);
    }
    const links = $$(el, '[part~="item"] a');
    expect(visited.map((node) => text(node))).to.deep.equal([...links, $(el, '[part~="more"]')].map((node) => text(node)));
    // The article's title (its category has no page here), then each title below the one before, right of the article.
    expect(visited[0]).to.equal($(el, '[part~="title"] a'));
    const titles = visited.slice(1, 5).map(box);
    titles.slice(1).forEach((title, i) => expect(title.top).to.be.greaterThan(titles[i].top));
    expect(titles[0].left).to.be.greaterThan(box(visited[0]).right);
    column.remove();
  });

  it('fits the heading level: the block at heading-level, the article a level below', async () => {
    stub = stubFetch({ '/f.json': captionedFeed(3) });
    const el = await loaded<NewsList>(
      html`<news-list layout="featured" heading="Tin tiêu điểm" heading-level="4" src="/f.json"></news-list>`,
    );
    expect($$(el, 'h1, h2, h3, h4, h5, h6').map((h) => `${h.localName} ${text(h)}`)).to.deep.equal([
      'h4 Tin tiêu điểm',
      'h5 Tin số 1: Hải Dương triển khai Nghị quyết',
    ]);
  });

  it('"Xem tiếp" adds titles to the list, and focus moves to the first new one', async () => {
    stub = stubFetch({ '/f.json': captionedFeed(6) });
    const { column, el, announced } = mounted(1280, { limit: '3' });
    await announced;
    await settled(el);
    $(el, '[part~="more"]').click();
    await settled(el);
    const rows = $$(el, '[part~="item"]');
    expect(rows).to.have.length(6);
    expect(rows[1].querySelectorAll('img'), 'one large article').to.have.length(0);
    expect(el.shadowRoot!.activeElement).to.equal(rows[3].querySelector('a'));
    column.remove();
  });

  it('the first article without an image is the text alone', async () => {
    const feed = captionedFeed(3);
    delete (feed.items[0] as { image?: string }).image;
    stub = stubFetch({ '/f.json': feed });
    const el = await loaded<NewsList>(html`<news-list layout="featured" src="/f.json"></news-list>`);
    expect($$(el, 'img, [part~="caption"]')).to.have.length(0);
    expect(text($(el, '[part~="title"]'))).to.equal('Tin số 1: Hải Dương triển khai Nghị quyết');
    await expect(el).to.be.accessible();
  });

  it('<related-articles> takes the layout too', async () => {
    stub = stubFetch({ '/f.json': captionedFeed(4) });
    const el = await loaded<RelatedArticles>(html`<related-articles layout="featured" src="/f.json"></related-articles>`);
    expect($$(el, '[part~="item"]')).to.have.length(4);
    expect($$(el, '[part~="item"]:first-child img[part~="image"]')).to.have.length(1);
    await expect(el).to.be.accessible();
  });
});

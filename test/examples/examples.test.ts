import { expect, waitUntil } from '@open-wc/testing';

// Each example page in a frame, as a visitor would open it, reading the JSON
// and RSS files in examples/data/. The bundled examples are built by
// `npm run build` (scripts/build-examples.mjs).

const frames: HTMLIFrameElement[] = [];

async function open(path: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1100px; height: 900px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = new URL(path, location.origin).href;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame.contentDocument!;
}

const shadowOf = (el: Element | null | undefined): ShadowRoot => {
  if (!el?.shadowRoot) throw new Error(`${el?.localName ?? 'element'} has no shadow root (not registered?)`);
  return el.shadowRoot;
};
const texts = (root: ParentNode, selector: string) =>
  [...root.querySelectorAll(selector)].map((el) => el.textContent!.replace(/\s+/g, ' ').trim());
const items = (el: Element | null) => shadowOf(el).querySelectorAll('[part~="item"]');

/** Waits until every widget on the page shows data (no skeleton) and none shows an error. */
async function settled(doc: Document, selector = 'news-list, related-articles, website-links, article-card, hd-news') {
  const widgets = [...doc.querySelectorAll(selector)];
  expect(widgets, 'widgets on the page').not.to.be.empty;
  await waitUntil(
    () =>
      widgets.every(
        (el) => el.shadowRoot && !el.shadowRoot.querySelector('[part~="skeleton"]') && el.shadowRoot.childElementCount > 0,
      ),
    `the widgets did not finish loading: ${widgets.map((el) => el.localName).join(', ')}`,
    { timeout: 8000 },
  );
  const failed = widgets
    .filter((el) => el.shadowRoot!.querySelector('[part~="error"]'))
    .map((el) => `${el.localName} ${el.getAttribute('src')}`);
  expect(failed, 'widgets showing an error').to.deep.equal([]);
}

describe('examples/', () => {
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  describe('plain-html: the script tag, under a strict CSP with Trusted Types', () => {
    it('renders all four elements from the JSON and RSS files', async () => {
      const doc = await open('/examples/plain-html/index.html');
      await settled(doc);

      const card = doc.querySelector('article-card')!;
      const cardRoot = shadowOf(card);
      expect(texts(cardRoot, '[part~="title"]')).to.deep.equal(['Hội nghị triển khai nhiệm vụ chuyển đổi số năm 2024']);
      // The body went through DOMPurify (the `dompurify` policy) with its figure and caption.
      await waitUntil(() => cardRoot.querySelector('[part~="body"] figcaption'), 'the article body did not render', {
        timeout: 8000,
      });
      expect(texts(cardRoot, '[part~="body"] figcaption')).to.deep.equal(['Quang cảnh hội nghị. Ảnh: Ban biên tập.']);
      // Relative URLs in the data resolve against the data file, not the page.
      const image = cardRoot.querySelector<HTMLImageElement>('[part~="body"] img')!;
      expect(image.src).to.equal(new URL('/examples/data/img/hoi-nghi.svg', location.origin).href);
      // The fallback link is no longer shown.
      expect(card.querySelector('a')!.assignedSlot).to.equal(null);

      const related = doc.querySelector('related-articles')!;
      expect(texts(shadowOf(related), '[part~="item"] [part~="link"]')).to.deep.equal([
        'Khai trương Trung tâm phục vụ hành chính công cấp huyện',
        'Hướng dẫn nộp hồ sơ đăng ký kinh doanh qua mạng',
      ]);

      const [latest, notices] = doc.querySelectorAll('news-list');
      expect(items(latest)).to.have.length(4);
      expect(shadowOf(latest).textContent).not.to.contain('Hội nghị triển khai nhiệm vụ chuyển đổi số'); // exclude="1001"
      expect(shadowOf(latest).querySelector<HTMLAnchorElement>('[part~="more-link"]')!.href).to.equal(
        'https://portal.example/tin-tuc',
      );
      // RSS is read by the library's own reader, under Trusted Types too.
      expect(texts(shadowOf(notices), '[part~="item"] [part~="link"]')[0]).to.equal('Thông báo lịch tiếp công dân tháng 6');
      expect(items(notices)).to.have.length(3);

      const websites = shadowOf(doc.querySelector('website-links'));
      expect(websites.querySelectorAll('optgroup')).to.have.length(2);
      expect(websites.querySelectorAll('option[value]:not([value=""])')).to.have.length(5);
    });

    it('takes the host page theme through custom properties and parts', async () => {
      const doc = await open('/examples/plain-html/index.html');
      await settled(doc);
      const list = shadowOf(doc.querySelector('news-list'));
      const view = doc.defaultView!;
      expect(view.getComputedStyle(list.querySelector('[part~="link"]')!).color).to.equal('rgb(179, 38, 30)');
      const heading = list.querySelector('[part~="heading"]')!;
      expect(view.getComputedStyle(heading).borderBottomWidth).to.equal('2px');
      expect(view.getComputedStyle(heading).textTransform).to.equal('uppercase');
    });
  });

  describe('bundler: the npm modules through esbuild', () => {
    it("renders an element registered under the site's own tag name and one imported alone", async () => {
      const doc = await open('/examples/bundler/index.html');
      await settled(doc);
      const win = doc.defaultView as Window & typeof globalThis;
      expect(win.customElements.get('hd-news')).to.be.a('function');
      expect(win.customElements.get('news-list')).to.be.a('function');

      const news = doc.querySelector('hd-news')!;
      const cards = shadowOf(news).querySelectorAll('article-card');
      expect(cards).to.have.length(3);
      await waitUntil(
        () => [...cards].every((card) => card.shadowRoot?.querySelector('[part~="title"]')),
        'cards did not render',
      );
      expect(texts(shadowOf(cards[0]), '[part~="title"]')).to.deep.equal([
        'Khai trương Trung tâm phục vụ hành chính công cấp huyện',
      ]);
      await waitUntil(() => doc.querySelector('#status')!.textContent, 'no portal-load reached the page');
      expect(doc.querySelector('#status')!.textContent).to.equal('3 bài viết');

      expect(shadowOf(doc.querySelector('website-links')).querySelectorAll('a[part~="link"]')).to.have.length(5);
    });
  });

  describe('react: React 19 with properties and events', () => {
    it('passes objects as properties and listens with onportal-load', async () => {
      const doc = await open('/examples/react/index.html');
      await waitUntil(() => doc.querySelector('news-list'), 'React did not render', { timeout: 8000 });
      await settled(doc);
      await waitUntil(() => /Đã tải/.test(doc.querySelector('[role="status"]')!.textContent!), 'onportal-load did not run');
      const list = doc.querySelector('news-list')!;
      expect(doc.querySelector('[role="status"]')!.textContent).to.equal(`Đã tải ${items(list).length} bài viết.`);
      expect(items(list)).to.have.length(4);

      const card = shadowOf(doc.querySelector('article-card'));
      const link = card.querySelector<HTMLAnchorElement>('[part~="title"] a, a[part~="link"]')!;
      expect(link.textContent!.trim()).to.equal('Lịch tiếp công dân tháng 6');
      expect(link.href).to.equal('https://portal.example/thong-bao/31');

      const websites = shadowOf(doc.querySelector('website-links'));
      expect(texts(websites, '[part~="heading"]')).to.deep.equal(['Dịch vụ']);
      expect(websites.querySelectorAll('a[part~="link"]')).to.have.length(2);
    });

    it('updates an attribute from React state', async () => {
      const doc = await open('/examples/react/index.html');
      await waitUntil(() => doc.querySelector('news-list'), 'React did not render', { timeout: 8000 });
      await settled(doc);
      const select = doc.querySelector('select')!;
      select.value = 'cards';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      const list = doc.querySelector('news-list')!;
      await waitUntil(() => list.getAttribute('layout') === 'cards', 'the layout attribute did not change');
      await waitUntil(() => shadowOf(list).querySelectorAll('article-card').length === 4, 'the list did not switch to cards');
    });
  });
  /** The framework examples show the same page: a list with a layout switch, a status line, a pinned card, related articles and links. */
  async function frameworkPage(path: string, framework: string) {
    const doc = await open(path);
    await waitUntil(() => doc.querySelector('news-list'), `${framework} did not render`, { timeout: 8000 });
    await settled(doc);
    const status = doc.querySelector('[role="status"]')!;
    await waitUntil(() => /Đã tải/.test(status.textContent!), 'the portal-load handler did not run');
    const list = doc.querySelector('news-list')!;
    expect(status.textContent).to.equal(`Đã tải ${items(list).length} bài viết.`);
    expect(items(list)).to.have.length(4);
    return { doc, list };
  }

  for (const [framework, folder] of [
    ['Vue 3 (Vite)', 'vue'],
    ['Svelte 5 (Vite)', 'svelte'],
  ] as const) {
    describe(`${folder}: ${framework} with properties and events`, () => {
      it('binds objects and a number as properties and reads event.detail in the handler', async () => {
        const { doc, list } = await frameworkPage(`/examples/${folder}/index.html`, framework);
        expect(list.limit).to.equal(4);
        const card = shadowOf(doc.querySelector('article-card'));
        const link = card.querySelector<HTMLAnchorElement>('[part~="title"] a, a[part~="link"]')!;
        expect(link.textContent!.trim()).to.equal('Lịch tiếp công dân tháng 6');
        const websites = shadowOf(doc.querySelector('website-links'));
        expect(texts(websites, '[part~="heading"]')).to.deep.equal(['Dịch vụ']);
        expect(websites.querySelectorAll('a[part~="link"]')).to.have.length(2);
        expect(texts(shadowOf(doc.querySelector('related-articles')), '[part~="item"] [part~="link"]')).to.have.length(2);
      });

      it('updates a property from the framework state', async () => {
        const { doc, list } = await frameworkPage(`/examples/${folder}/index.html`, framework);
        const select = doc.querySelector('select')!;
        select.value = 'cards';
        select.dispatchEvent(new Event('change', { bubbles: true }));
        await waitUntil(() => shadowOf(list).querySelectorAll('article-card').length === 4, 'the list did not switch to cards');
        expect(list.layout).to.equal('cards');
      });
    });
  }

  describe('typescript: plain TypeScript with typed elements and events', () => {
    it('sets properties on the elements the tag names give and reads event.detail', async () => {
      const doc = await open('/examples/typescript/index.html');
      await settled(doc);
      const status = doc.querySelector('[role="status"]')!;
      await waitUntil(() => /Đã tải/.test(status.textContent!), 'the portal-load listener did not run');
      const list = doc.querySelector('news-list')!;
      expect(status.textContent).to.equal(`Đã tải ${items(list).length} bài viết.`);
      expect(shadowOf(list).querySelectorAll('article-card')).to.have.length(4);
      expect(shadowOf(doc.querySelector('website-links')).querySelectorAll('a[part~="link"]')).to.have.length(2);
    });
  });
});

// Drives the demo page (demo/index.html) in Chromium.
//
// The test server does not run the demo's Node server, so the page is
// written into a same-origin iframe whose `fetch` answers `/api/…` with the
// demo API's own routing (`fetchApi` from demo/api.mjs, the module the demo
// server uses). Everything else (the drop-in dist/portal-widgets.js, its
// sanitiser chunk, CSS, images) comes from the test server as on a real host.
import { expect, waitUntil } from '@open-wc/testing';
import { etagOf, fetchApi, resetDemoState, route } from '../../demo/api.mjs';
import { snippetOf as bareSnippetOf } from '../../demo/builder.js';

interface AxeResult {
  id: string;
  impact?: string;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}
type FrameWindow = Window &
  typeof globalThis & { axe?: { run(context: Document, options?: object): Promise<{ violations: AxeResult[] }> } };

interface Page {
  iframe: HTMLIFrameElement;
  win: FrameWindow;
  doc: Document;
  /** Console errors, uncaught errors, failed resources and CSP violations. */
  problems: string[];
}

const WIDGETS = 'news-list, related-articles, website-links, article-card';
const ORIGIN = location.origin;
const SEED = '6241';
const frames: HTMLIFrameElement[] = [];

/** Forgets the widgets' last-good copies, which live in this tab's sessionStorage. */
function clearWidgetStorage() {
  for (const key of Object.keys(sessionStorage)) if (key.startsWith('portal-widgets:')) sessionStorage.removeItem(key);
}

/**
 * Writes `html` into a fresh same-origin iframe whose `fetch` serves the
 * demo API, and records every problem a console would show.
 */
async function openPage(html: string, { width = 1280, height = 1400 } = {}): Promise<Page> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = `width: ${width}px; height: ${height}px; border: 0; display: block;`;
  document.body.append(iframe);
  frames.push(iframe);
  const win = iframe.contentWindow as FrameWindow;
  const doc = iframe.contentDocument!;
  // open() drops the window's listeners: install everything after it.
  doc.open();
  const problems: string[] = [];
  const realFetch = win.fetch.bind(win);
  win.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new win.Request(input, init);
    const url = new URL(request.url);
    if (url.origin === ORIGIN && url.pathname.startsWith('/api/')) return fetchApi(request, win.Response);
    return realFetch(request);
  };
  const consoleError = win.console.error.bind(win.console);
  win.console.error = (...args: unknown[]) => {
    problems.push(`console.error: ${args.map(String).join(' ')}`);
    consoleError(...args);
  };
  win.addEventListener(
    'error',
    (event) => {
      const target = event.target as { src?: string; href?: string; nodeType?: number } | null;
      if (target && target.nodeType === 1) problems.push(`failed to load ${target.src ?? target.href}`);
      else problems.push(`uncaught: ${(event as ErrorEvent).message}`);
    },
    true,
  );
  win.addEventListener('unhandledrejection', (event) => problems.push(`unhandled rejection: ${String(event.reason)}`));
  doc.addEventListener('securitypolicyviolation', (event) =>
    problems.push(
      `CSP ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
    ),
  );
  doc.write(html);
  doc.close();
  await new Promise((resolve) =>
    doc.readyState === 'complete' ? resolve(undefined) : win.addEventListener('load', resolve, { once: true }),
  );
  return { iframe, win, doc, problems };
}

/** Text a person (or a screen reader) gets from a node: through shadow roots and slots, as rendered. */
function deepText(node: Node): string {
  let text = '';
  const walk = (current: Node) => {
    if (current.nodeType === Node.TEXT_NODE) {
      text += current.textContent;
      return;
    }
    const element = current as Element;
    // A server-rendered shadow root keeps its <style>: not text anyone reads.
    if (current.nodeType === Node.ELEMENT_NODE && element.localName === 'style') return;
    if (current.nodeType === Node.ELEMENT_NODE && element.localName === 'slot') {
      const assigned = (element as HTMLSlotElement).assignedNodes({ flatten: true });
      (assigned.length ? assigned : [...element.childNodes]).forEach(walk);
      return;
    }
    if (current.nodeType === Node.ELEMENT_NODE && element.shadowRoot) {
      walk(element.shadowRoot);
      return;
    }
    current.childNodes.forEach(walk);
  };
  walk(node);
  return text.replace(/\s+/g, ' ').trim();
}

/** What a widget shows: `loading`, `error`, `empty`, `stale` or `content`. */
function stateOf(el: Element): string {
  const root = el.shadowRoot;
  if (!root) return 'not upgraded';
  if (root.querySelector('[part~="skeleton"]')) return 'loading';
  if (root.querySelector('[part~="error"]')) return 'error';
  if (root.querySelector('[part~="empty"]')) return 'empty';
  if (root.querySelector('[part~="stale"]')) return 'stale';
  return deepText(root) ? 'content' : 'blank';
}

/** Done loading, and a full article's sanitised body is in. */
function settled(el: Element): boolean {
  const state = stateOf(el);
  // `blank`: upgraded but not rendered yet.
  if (state === 'loading' || state === 'not upgraded' || state === 'blank') return false;
  if (el.localName === 'article-card' && el.getAttribute('variant') === 'full' && state === 'content') {
    return !!el.shadowRoot!.querySelector('[part~="body"]')?.childElementCount;
  }
  return true;
}

const widgetsOf = (doc: Document) => [...doc.querySelectorAll(WIDGETS)];

const describeWidget = (el: Element) =>
  `<${el.localName}${el.id ? `#${el.id}` : ''} ${['src', 'article-src', 'variant', 'layout'].flatMap((name) => (el.hasAttribute(name) ? [`${name}="${el.getAttribute(name)}"`] : [])).join(' ')}>`;

/** HTTP errors among the resources the page loaded itself (stubbed API calls are not in this list). */
function failedResources(win: FrameWindow): string[] {
  return (win.performance.getEntriesByType('resource') as (PerformanceResourceTiming & { responseStatus?: number })[])
    .filter((entry) => (entry.responseStatus ?? 200) >= 400)
    .map((entry) => `${entry.responseStatus} ${entry.name}`);
}

async function runAxe(page: Page) {
  if (!page.win.axe) {
    await new Promise((resolve, reject) => {
      const script = page.doc.createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      script.onload = resolve;
      script.onerror = () => reject(new Error('axe-core did not load'));
      page.doc.head.append(script);
    });
  }
  const { violations } = await page.win.axe!.run(page.doc, { resultTypes: ['violations'] });
  return violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n` +
      violation.nodes
        .map((node) => `    ${JSON.stringify(node.target)} ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`)
        .join('\n'),
  );
}

/** Sets a form control in the page and lets the page react as to a user's choice. */
function choose(page: Page, id: string, value: string) {
  const control = page.doc.getElementById(id) as HTMLSelectElement | HTMLInputElement;
  control.value = value;
  expect(control.value, `#${id} has an option "${value}"`).to.equal(value);
  control.dispatchEvent(new page.win.Event('input', { bubbles: true }));
  control.dispatchEvent(new page.win.Event('change', { bubbles: true }));
}

const attributesOf = (el: Element) =>
  Object.fromEntries([...el.attributes].map((attribute) => [attribute.name, attribute.value]));

describe('demo page (demo/index.html)', function () {
  this.timeout(60000);
  let demo: Page;
  let html: string;

  before(async () => {
    resetDemoState();
    clearWidgetStorage();
    html = await (await fetch('/demo/index.html')).text();
    demo = await openPage(html);
    await waitUntil(
      () => widgetsOf(demo.doc).every(settled) && stateOf(demo.doc.getElementById('state-stale')!) === 'stale',
      'every element on the demo page settles',
      { timeout: 30000, interval: 100 },
    );
  });

  after(() => {
    for (const frame of frames.splice(0)) frame.remove();
    clearWidgetStorage();
  });

  it('has no inline scripts, inline event handlers or style attributes, and a CSP', () => {
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    expect(
      [...parsed.scripts].filter((script) => !script.src),
      'inline scripts',
    ).to.be.empty;
    const inline = [...parsed.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes]
        .filter((attribute) => /^on/i.test(attribute.name) || attribute.name === 'style')
        .map((attribute) => `${el.localName}[${attribute.name}]`),
    );
    expect(inline, 'inline handlers and styles').to.be.empty;
    const csp = parsed.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    expect(csp).to.match(/script-src 'self'(;|$)/);
    expect(csp).to.match(/style-src 'self'(;|$)/);
  });

  it('loads with no console errors, failed resources or CSP violations', () => {
    expect(demo.problems, demo.problems.join('\n')).to.be.empty;
    expect(failedResources(demo.win)).to.be.empty;
    expect(demo.doc.querySelectorAll('h1')).to.have.length(1);
  });

  it('shows content in every element, and the deliberate states where the page asks for them', () => {
    const widgets = widgetsOf(demo.doc);
    expect(widgets.length).to.be.greaterThan(25);
    const wrong = widgets.flatMap((el) => {
      const expected = (el as HTMLElement).dataset.expect ?? 'content';
      const actual = stateOf(el);
      return actual === expected ? [] : [`${describeWidget(el)}: expected ${expected}, shows ${actual}`];
    });
    expect(wrong, wrong.join('\n')).to.be.empty;
    // The error demo shows the host's fallback link again.
    const fallback = demo.doc.querySelector('#state-error a')!;
    expect(fallback.getAttribute('href')).to.equal('/demo/portal.html');
    expect(
      (demo.doc.querySelector('#state-error')!.shadowRoot!.querySelector('slot') as HTMLSlotElement).assignedElements(),
    ).to.have.length(1);
  });

  it('rebuilds the reference article page from the four elements', () => {
    const article = demo.doc.getElementById('seed-article')!;
    const text = deepText(article.shadowRoot!);
    expect(text).to.contain('Hải Dương: 5 nhiệm vụ trọng tâm để thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII');
    expect(text).to.contain('Chính trị');
    expect(text).to.contain('Cập nhật: 29/10/2020 07:57');
    expect(text).to.contain('Tại phiên bế mạc chiều ngày 27/10');
    const figures = [...article.shadowRoot!.querySelectorAll('[part~="body"] figure')];
    expect(figures).to.have.length(2);
    expect(figures[0].querySelector('figcaption')!.textContent).to.contain('Ảnh: Thành Chung.');
    expect(figures.map((figure) => new URL(figure.querySelector('img')!.src).pathname)).to.deep.equal([
      '/demo/img/do-thi-xanh.svg',
      '/demo/img/hoi-truong.svg',
    ]);
    expect(text).to.contain('Quay lại');
    expect(text).to.contain('Xem tiếp');

    const newer = deepText(demo.doc.getElementById('seed-newer')!.shadowRoot!);
    expect(newer).to.match(/^Các tin mới hơn Bế mạc hội nghị lần thứ 2 Ban Chấp hành Đảng bộ tỉnh khóa XVII \(04\/12\/2020\)/);
    expect(newer).to.contain('Nhanh chóng đưa Nghị quyết Đại hội XVII vào cuộc sống (29/10/2020)');
    const related = demo.doc.getElementById('seed-related')!.shadowRoot!;
    expect(related.querySelectorAll('[part~="item"]')).to.have.length(5);
    expect(deepText(related)).to.contain(
      'Chủ tịch Quốc hội Nguyễn Thị Kim Ngân mong Hải Dương đoàn kết và phát triển (28/10/2020)',
    );
    const select = demo.doc.getElementById('seed-links')!.shadowRoot!.querySelector('select')!;
    expect(select.options[0].textContent).to.equal('-- Chọn liên kết --');
    expect(select.options).to.have.length(9);
  });

  it('shows a featured block in the gallery: the first article with its image and caption, titles beside it', () => {
    const block = demo.doc.querySelector('news-list[layout="featured"]')!;
    const [lead, ...rest] = block.shadowRoot!.querySelectorAll('[part~="item"]');
    expect(rest).to.have.length(4);
    expect(lead.querySelector('[part~="caption"]')!.textContent).to.match(/Ảnh:/);
    for (const row of rest) {
      expect(row.getBoundingClientRect().left, 'beside the article').to.be.at.least(lead.getBoundingClientRect().right);
    }
  });

  it('shows a live list in the gallery: the feed that gains an article every minute, checked with refresh', () => {
    const live = demo.doc.querySelector('news-list[refresh]')!;
    expect(live.getAttribute('src')).to.equal('/api/live.json');
    const titles = [...live.shadowRoot!.querySelectorAll('[part~="item"] a')].map((a) => a.textContent!.trim());
    expect(titles).to.have.length(5);
    expect(titles[0]).to.match(/^\d\d:\d\d · \S/);
  });

  it('shows the events of the state demos', () => {
    const log = (id: string) => demo.doc.querySelector(`[data-log-for="${id}"]`)!.textContent!;
    expect(log('state-error')).to.contain('kind: http 500');
    expect(log('state-parse')).to.contain('kind: parse');
    expect(log('state-html')).to.contain('kind: parse');
    expect(log('state-format')).to.contain('items[0].title: expected a string');
    expect(log('state-timeout')).to.contain('kind: timeout');
    expect(log('state-stale')).to.contain('bản lưu cũ');
    expect(log('state-empty')).to.contain('0 mục');
  });

  it('has no axe violations', async () => {
    const violations = await runAxe(demo);
    expect(violations, violations.join('\n')).to.be.empty;
  });

  it('switches the language of the page and of every widget', async () => {
    choose(demo, 'page-lang', 'en');
    expect(demo.doc.documentElement.lang).to.equal('en');
    const widgets = widgetsOf(demo.doc).filter((el) => !el.closest('#builder-preview'));
    expect(widgets.filter((el) => el.getAttribute('lang') !== 'en').map(describeWidget)).to.be.empty;
    const heading = (id: string) =>
      demo.doc.getElementById(id)!.shadowRoot!.querySelector('[part~="heading"]')?.textContent?.trim();
    await waitUntil(
      () => heading('seed-related') === 'Related articles' && heading('seed-newer') === 'Newer news',
      'English headings',
    );
    expect(demo.doc.querySelector('[data-i18n="toc-builder"]')!.textContent).to.equal('Embed builder');
    expect(new URL(demo.win.location.href).searchParams.get('lang')).to.equal('en');

    choose(demo, 'page-lang', 'vi');
    await waitUntil(() => heading('seed-related') === 'Các bài liên quan', 'Vietnamese headings again');
    expect(demo.doc.querySelector('[data-i18n="toc-builder"]')!.textContent).to.equal('Tạo mã nhúng');
  });

  it('applies the theme presets through custom properties, and stays accessible in the dark one', async () => {
    const themed = demo.doc.getElementById('themed')!;
    choose(demo, 'page-theme', 'dark');
    expect(themed.style.getPropertyValue('--portal-color-primary')).to.equal('#8ab4f8');
    const heading = demo.doc.getElementById('seed-related')!.shadowRoot!.querySelector('[part~="heading"]')!;
    expect(demo.win.getComputedStyle(heading).color).to.equal('rgb(138, 180, 248)');
    const violations = await runAxe(demo);
    expect(violations, violations.join('\n')).to.be.empty;

    choose(demo, 'page-theme', 'portal');
    expect(demo.win.getComputedStyle(heading).textTransform).to.equal('uppercase');
    expect(themed.style.getPropertyValue('--portal-color-background')).to.equal('');
    choose(demo, 'page-theme', 'default');
    expect(themed.style.length).to.equal(0);
  });

  describe('embed builder', () => {
    const snippetOf = () => demo.doc.getElementById('snippet')!.textContent!;
    const preview = () => demo.doc.querySelector('#builder-preview > *')!;
    /** The snippet once the builder has put the source's current items in it. */
    async function readySnippet() {
      const code = demo.doc.getElementById('snippet')!;
      await waitUntil(() => !code.hasAttribute('aria-busy'), 'the snippet has its fallback items', { timeout: 10000 });
      expect(demo.doc.getElementById('copy-status')!.textContent).to.equal('');
      return snippetOf();
    }

    /** Pastes the snippet into a blank page and compares the widget with the builder's preview. */
    async function pasteAndCompare() {
      const snippet = await readySnippet();
      const widget = preview();
      await waitUntil(() => settled(widget), 'the preview settles', { timeout: 10000 });
      expect(stateOf(widget)).to.equal('content');

      const blank = await openPage(
        `<!doctype html>\n<html lang="vi"><head><meta charset="utf-8"><title>CMS</title></head><body>\n${snippet}\n</body></html>`,
      );
      const pasted = blank.doc.querySelector(widget.localName)!;
      expect(pasted, 'the pasted element').to.exist;
      await waitUntil(() => settled(pasted), 'the pasted widget settles', { timeout: 10000 });
      expect(attributesOf(pasted)).to.deep.equal(attributesOf(widget));
      expect(deepText(pasted.shadowRoot!)).to.equal(deepText(widget.shadowRoot!));
      expect(blank.problems, blank.problems.join('\n')).to.be.empty;
      return { snippet, pasted };
    }

    it('gives the server-rendered snippet: the script that takes it over, and the element with an absolute src and its shadow DOM', async () => {
      const snippet = await readySnippet();
      const lines = snippet.split('\n');
      expect(lines[0]).to.equal(`<script type="module" src="${ORIGIN}/dist/ssr/portal-widgets.js"></script>`);
      expect(
        lines[1].startsWith(
          `<news-list src="${ORIGIN}/api/categories/kinh-te.json" heading-level="3" layout="cards" limit="3"><template shadowroot="open" shadowrootmode="open"><style>`,
        ),
      ).to.equal(true);
      const shadow = snippet.replace(/<!--[^]*?-->|<\?>/g, '');
      expect(shadow).to.contain('<h3 class="heading" part="heading">Tin mới nhất</h3>');
      // The cards layout renders three cards, each with its own declarative shadow root.
      expect(shadow.match(/<article-card\s[^>]*><template shadowroot="open"/g)).to.have.length(3);
      expect(snippet).to.match(/<script type="application\/json" data-portal-state>\{[^<]+\}<\/script><\/news-list>$/);
      // Shown as text, never parsed as HTML.
      expect(demo.doc.getElementById('snippet')!.children).to.have.length(0);
      await pasteAndCompare();
    });

    it('renders the same widget on a blank page for other elements and attributes', async () => {
      choose(demo, 'b-element', 'website-links');
      choose(demo, 'b-variant', 'list');
      choose(demo, 'b-lang', 'en');
      choose(demo, 'b-target', '_blank');
      const links = await readySnippet();
      expect(links).to.contain(
        `<website-links src="${ORIGIN}/api/links.json" lang="en" heading-level="3" target="_blank" variant="list"><template shadowroot="open"`,
      );
      expect(links.replace(/<!--[^]*?-->/g, '')).to.contain('<h3 class="heading" part="heading">Website links</h3>');
      const { pasted } = await pasteAndCompare();
      expect(deepText(pasted.shadowRoot!)).to.contain('Website links');
      expect(deepText(pasted.shadowRoot!)).to.contain('(opens in a new window)');

      choose(demo, 'b-element', 'related-articles');
      choose(demo, 'b-lang', '');
      choose(demo, 'b-target', '_self');
      choose(demo, 'b-heading', 'Tin cùng chủ đề');
      choose(demo, 'b-date', 'dd/MM/yyyy HH:mm');
      choose(demo, 'b-zone', 'UTC');
      const related = await readySnippet();
      expect(related).to.contain(`article-src="${ORIGIN}/api/articles/${SEED}.json"`);
      expect(related.replace(/<!--[^]*?-->/g, '')).to.contain('<h3 class="heading" part="heading">Tin cùng chủ đề</h3>');
      // 28/10/2020 09:15 in Việt Nam is 02:15 UTC, on the server as in the browser.
      expect(related.replace(/<!--[^]*?-->/g, '')).to.contain('>28/10/2020 02:15</time>');
      const pastedRelated = await pasteAndCompare();
      expect(deepText(pastedRelated.pasted.shadowRoot!)).to.contain('(28/10/2020 02:15)');

      choose(demo, 'b-element', 'article-card');
      choose(demo, 'b-endpoint', '1');
      choose(demo, 'b-variant', 'full');
      choose(demo, 'b-date', '');
      choose(demo, 'b-zone', '');
      expect(await readySnippet()).to.contain(
        `<article-card src="${ORIGIN}/api/articles/6302.json" heading-level="3" variant="full"><template shadowroot="open"`,
      );
      await pasteAndCompare();
    });

    it('shows the rows without JavaScript, and the script takes them over without moving what follows', async () => {
      choose(demo, 'b-element', 'news-list');
      choose(demo, 'b-endpoint', '0');
      choose(demo, 'b-variant', 'list');
      choose(demo, 'b-limit', '5');
      const snippet = await readySnippet();
      const [script] = snippet.match(/<script type="module" [^>]*><\/script>/)!;
      // A page as a reader without JavaScript, a crawler, or anyone before the script loads gets it
      // (parsed as a page is, so the declarative shadow root is attached), in a column of 360 px.
      const frame = document.createElement('iframe');
      frame.style.cssText = 'width: 400px; height: 800px; border: 0; display: block;';
      frames.push(frame);
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      frame.srcdoc = `<!doctype html>\n<html lang="vi"><head><meta charset="utf-8"><title>CMS</title>
        <style>body { margin: 0; font: 16px/1.5 sans-serif } main { width: 360px; padding: 16px } #after { height: 800px }</style>
        </head><body><main>${snippet.replace(script, '')}<section id="after"><p>Nội dung tiếp theo.</p></section></main></body></html>`;
      document.body.append(frame);
      await loaded;
      const win = frame.contentWindow! as FrameWindow;
      const doc = frame.contentDocument!;
      const element = doc.querySelector('news-list')!;
      expect(win.customElements.get('news-list'), 'not registered').to.equal(undefined);
      const links = [...element.shadowRoot!.querySelectorAll('li > a[href]')] as HTMLAnchorElement[];
      expect(links).to.have.length(5);
      for (const link of links) {
        expect(link.href).to.match(new RegExp(`^${ORIGIN}/`));
        expect(link.getBoundingClientRect().height, link.textContent!).to.be.greaterThan(0);
        expect(link.parentElement!.textContent!.trim()).to.match(/\(\d\d\/\d\d\/\d{4}\)$/);
      }
      const after = doc.getElementById('after')!;
      const before = after.getBoundingClientRect().top;

      // The script runs and takes the rows over: they stay (the same nodes), and nothing after them moves.
      const loader = doc.createElement('script');
      loader.type = 'module';
      loader.src = `${ORIGIN}/dist/ssr/portal-widgets.js`;
      doc.head.append(loader);
      await waitUntil(() => win.customElements.get('news-list'), 'the element is defined', { timeout: 10000 });
      await waitUntil(() => settled(element), 'the element renders', { timeout: 10000 });
      await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(stateOf(element)).to.equal('content');
      const now = [...element.shadowRoot!.querySelectorAll('li > a[href]')];
      expect(now.slice(0, 5), 'the same rows').to.deep.equal(links);
      expect(after.getBoundingClientRect().top).to.equal(before);
    });

    it('is taken over with its data, then shows the error state when its source fails later', async () => {
      const snippet = await readySnippet();
      const page = await openPage(
        `<!doctype html>\n<html lang="vi"><head><meta charset="utf-8"><title>CMS</title></head><body>${snippet}</body></html>`,
      );
      const element = page.doc.querySelector('news-list')!;
      await waitUntil(() => settled(element), 'the element renders', { timeout: 10000 });
      expect(stateOf(element)).to.equal('content');
      element.setAttribute('src', `${ORIGIN}/api/no-such-feed.json`);
      await waitUntil(() => stateOf(element) === 'error', 'the error state', { timeout: 10000 });
      expect(deepText(element.shadowRoot!)).to.contain('Thử lại');
    });

    it('offers the featured layout, and the pasted block shows the first article large', async () => {
      choose(demo, 'b-element', 'news-list');
      choose(demo, 'b-variant', 'featured');
      expect(snippetOf()).to.contain(' layout="featured"');
      const { pasted } = await pasteAndCompare();
      const items = [...pasted.shadowRoot!.querySelectorAll('[part~="item"]')];
      expect(items.length).to.be.greaterThan(1);
      expect(items[0].querySelector('img[part~="image"]'), 'the first article has its image').to.exist;
      expect(items[1].querySelector('img'), 'the next ones are titles').to.equal(null);
    });

    it('copies the snippet, or selects it when the clipboard is not available', async () => {
      const status = demo.doc.getElementById('copy-status')!;
      (demo.doc.getElementById('copy-snippet') as HTMLButtonElement).click();
      await waitUntil(() => status.textContent, 'a status message');
      if (status.textContent!.startsWith('Không chép tự động được')) {
        expect(demo.win.getSelection()!.toString()).to.equal(snippetOf());
      } else {
        expect(status.textContent).to.equal('Đã chép đoạn mã.');
      }
    });

    it('renders the snippet on a page of another origin, when the test server serves the demo API', async function () {
      // Needs `middleware: [apiMiddleware]` (demo/api.mjs) in the test runner's config; skipped without it.
      const served = await fetch('/api/links.json').then(
        (response) => response.ok,
        () => false,
      );
      if (!served) this.skip();
      choose(demo, 'b-element', 'news-list');
      const widget = preview();
      await waitUntil(() => settled(widget), 'the preview settles', { timeout: 10000 });
      const expected = deepText(widget.shadowRoot!);
      // A sandboxed srcdoc frame has an opaque origin: script and data are both cross-origin for it.
      const probe = `<script type="module">
        const text = (node) => { let t = ''; const walk = (n) => { if (n.nodeType === 3) { t += n.textContent; return; }
          if (n.localName === 'style') return; if (n.localName === 'slot') { const a = n.assignedNodes({ flatten: true }); (a.length ? a : [...n.childNodes]).forEach(walk); return; }
          if (n.shadowRoot) { walk(n.shadowRoot); return; } n.childNodes.forEach(walk); }; walk(node); return t.replace(/\\s+/g, ' ').trim(); };
        const el = document.body.querySelector('${widget.localName}');
        const timer = setInterval(() => {
          const root = el.shadowRoot;
          if (!root || root.querySelector('[part~="skeleton"]')) return;
          const cards = [...root.querySelectorAll('article-card')];
          if (cards.some((card) => !card.shadowRoot || card.shadowRoot.querySelector('[part~="skeleton"]'))) return;
          clearInterval(timer);
          parent.postMessage({ origin: location.origin, error: !!root.querySelector('[part~="error"]'), text: text(root) }, '*');
        }, 100);
      <\/script>`;
      const frame = document.createElement('iframe');
      frame.setAttribute('sandbox', 'allow-scripts');
      frame.srcdoc = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Other site</title></head><body>${snippetOf()}${probe}</body></html>`;
      const message = new Promise<{ origin: string; error: boolean; text: string }>((resolve) =>
        window.addEventListener('message', (event) => event.source === frame.contentWindow && resolve(event.data)),
      );
      frames.push(frame);
      document.body.append(frame);
      const result = await message;
      expect(result.origin).to.equal('null');
      expect(result.error).to.equal(false);
      expect(result.text).to.equal(expected);
    });
  });
});

describe('embed builder snippet without a server rendering', () => {
  it("starts the script and the element's data with the page, as the README's hints do", () => {
    const snippet = bareSnippetOf(
      'related-articles',
      [
        ['article-src', 'https://portal.example/api/tin/7.json'],
        ['limit', '3'],
      ],
      'https://demo.example/',
    );
    expect(snippet.split('\n')).to.deep.equal([
      '<link rel="modulepreload" href="https://demo.example/dist/portal-widgets.js">',
      '<link rel="preload" as="fetch" crossorigin href="https://portal.example/api/tin/7.json">',
      '<script type="module" src="https://demo.example/dist/portal-widgets.js"></script>',
      '<related-articles article-src="https://portal.example/api/tin/7.json" limit="3"></related-articles>',
    ]);
  });
});

describe('demo API (demo/api.mjs)', () => {
  const host = { host: 'portal.test:8000' };
  const get = (path: string, query = '', headers: Record<string, string> = {}) =>
    route('GET', path, new URLSearchParams(query), { ...host, ...headers });
  const json = (path: string, query = '') => JSON.parse(get(path, query).body);

  beforeEach(() => resetDemoState());

  it('serves every article as a JSON Feed 1.1, newest first, with paging and absolute next_url', () => {
    const feed = json('/api/feed.json');
    expect(feed.version).to.equal('https://jsonfeed.org/version/1.1');
    expect(feed._portal).to.deep.equal({ page: 1, per_page: 10, total_items: 40, total_pages: 4 });
    expect(feed.next_url).to.equal('http://portal.test:8000/api/feed.json?page=2');
    const dates = feed.items.map((item: { date_published: string }) => Date.parse(item.date_published));
    expect(dates).to.deep.equal([...dates].sort((a: number, b: number) => b - a));

    const page = json('/api/categories/kinh-te.json', 'page=2&per_page=3');
    expect(page._portal).to.deep.equal({ page: 2, per_page: 3, total_items: 8, total_pages: 3 });
    expect(page.next_url).to.equal('http://portal.test:8000/api/categories/kinh-te.json?page=3&per_page=3');
    expect(
      page.items.every((item: { _portal: { category: { id: string } } }) => item._portal.category.id === 'kinh-te'),
    ).to.equal(true);
    expect(json('/api/categories/kinh-te.json', 'page=3&per_page=3').next_url).to.equal(undefined);
    expect(json('/api/categories.json')).to.have.length(5);
  });

  it('serves the reference article with its category, photos, related and newer lists', () => {
    const article = json(`/api/articles/${SEED}.json`);
    expect(article.title).to.equal('Hải Dương: 5 nhiệm vụ trọng tâm để thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII');
    expect(article.date_published).to.equal('2020-10-29T07:57:30+07:00');
    expect(article._portal.category).to.deep.equal({
      id: 'chinh-tri',
      name: 'Chính trị',
      url: 'http://portal.test:8000/demo/portal.html?category=chinh-tri',
    });
    expect(article.content_html.match(/<figure><img [^>]+><figcaption>[^<]+<\/figcaption><\/figure>/g)).to.have.length(2);
    expect(article._portal.newer.map((ref: { title: string }) => ref.title)[0]).to.equal(
      'Bế mạc hội nghị lần thứ 2 Ban Chấp hành Đảng bộ tỉnh khóa XVII',
    );
    expect(article._portal.related.map((ref: { date_published: string }) => ref.date_published.slice(0, 10))).to.deep.equal([
      '2020-10-28',
      '2020-10-27',
      '2020-10-27',
      '2020-10-27',
      '2020-10-27',
    ]);
    expect(article._portal.back_url).to.equal('http://portal.test:8000/demo/portal.html?category=chinh-tri');
    expect(article._portal.next_url).to.match(/\?id=6236$/);
    expect(json(`/api/articles/${SEED}/related.json`).items).to.have.length(5);
    expect(json(`/api/articles/${SEED}/newer.json`).items).to.have.length(5);
    expect(get('/api/articles/1.json').status).to.equal(404);
  });

  it('serves the same content as RSS 2.0, Atom and WordPress posts', () => {
    const xml = (path: string) => new DOMParser().parseFromString(get(path).body, 'application/xml');
    const rss = xml('/api/rss/chinh-tri.xml');
    expect(rss.querySelectorAll('item')).to.have.length(12);
    expect(rss.querySelector('item > pubDate')!.textContent).to.equal('Thu, 10 Dec 2020 11:20:00 +0700');
    const atom = xml('/api/atom/feed.xml');
    expect(atom.documentElement.localName).to.equal('feed');
    expect(atom.getElementsByTagName('entry')).to.have.length(20);
    expect(atom.querySelector('link[rel="next"]')!.getAttribute('href')).to.equal(
      'http://portal.test:8000/api/atom/feed.xml?page=2',
    );

    const wp = get('/api/wp/v2/posts', '_embed&categories=3&per_page=20');
    expect(wp.headers['X-WP-Total']).to.equal('12');
    const posts = JSON.parse(wp.body);
    const post = posts.find((candidate: { id: number }) => candidate.id === 6227);
    expect(post.title.rendered).to.contain('nhiệm kỳ 2020 &#8211; 2025');
    expect(post._embedded['wp:term'][0][0].name).to.equal('Chính trị');
    expect(posts.find((candidate: { id: number }) => candidate.id === 6318)._embedded['wp:featuredmedia'][0].source_url).to.equal(
      'http://portal.test:8000/demo/img/chinh-tri.svg',
    );
    expect(JSON.parse(get('/api/wp/v2/posts', 'per_page=2').body)[0]._embedded).to.equal(undefined);
  });

  it('answers like a real server: CORS, preflight, ETag and 304, Cache-Control, HEAD', () => {
    const first = get('/api/links.json');
    expect(first.headers['Access-Control-Allow-Origin']).to.equal('*');
    expect(first.headers['Cache-Control']).to.equal('public, max-age=60');
    expect(first.headers.ETag).to.equal(etagOf(first.body));
    const again = get('/api/links.json', '', { 'if-none-match': `W/${first.headers.ETag}` });
    expect(again.status).to.equal(304);
    expect(again.body).to.equal('');
    const preflight = route('OPTIONS', '/api/feed.json', new URLSearchParams(), {
      ...host,
      'access-control-request-headers': 'x-requested-with',
    });
    expect(preflight.status).to.equal(204);
    expect(preflight.headers['Access-Control-Allow-Headers']).to.equal('x-requested-with');
    const head = route('HEAD', '/api/links.json', new URLSearchParams(), host);
    expect(head.body).to.equal('');
    expect(Number(head.headers['Content-Length'])).to.equal(new TextEncoder().encode(first.body).byteLength);
    expect(route('POST', '/api/links.json', new URLSearchParams(), host).status).to.equal(405);
  });

  it('serves a live feed that gains an article every minute, with ETag, Last-Modified and a 304 within the minute', () => {
    const at = (time: string, headers: Record<string, string> = {}) => get('/api/live.json', `at=${time}`, headers);
    const first = at('2026-11-30T10:00:10Z');
    const later = at('2026-11-30T10:00:50Z');
    const next = at('2026-11-30T10:01:05Z');
    expect(first.headers.ETag).to.equal(later.headers.ETag);
    expect(first.headers['Last-Modified']).to.equal('Mon, 30 Nov 2026 10:00:00 GMT');
    expect(first.headers['Cache-Control']).to.equal('public, max-age=30');
    expect(at('2026-11-30T10:00:50Z', { 'if-none-match': first.headers.ETag }).status).to.equal(304);
    expect(next.headers.ETag).not.to.equal(first.headers.ETag);
    const ids = (answer: { body: string }) => JSON.parse(answer.body).items.map((item: { id: string }) => item.id);
    // One more on top, the oldest of the minutes gone, the rest unchanged.
    expect(ids(next).slice(1, 3)).to.deep.equal(ids(first).slice(0, 2));
    expect(ids(next).slice(3)).to.deep.equal(ids(first).slice(3));
    expect(JSON.parse(next.body).items[0]).to.include({ date_published: '2026-11-30T17:01:00+07:00' });
    expect(JSON.parse(next.body).items[0].title).to.match(/^17:01 · /);
  });

  it('has the fault endpoints the state demos read', async () => {
    expect(get('/api/demo/slow.json', 'ms=3000').delay).to.equal(3000);
    expect(get('/api/demo/slow.json', 'ms=999999').delay).to.equal(30000);
    expect(get('/api/demo/error-500.json').status).to.equal(500);
    expect(() => JSON.parse(get('/api/demo/invalid.json').body)).to.throw();
    expect(json('/api/demo/empty.json').items).to.deep.equal([]);
    const page = get('/api/demo/html.json');
    expect([page.status, page.headers['Content-Type'], page.body.slice(0, 15)]).to.deep.equal([
      200,
      'text/html; charset=utf-8',
      '<!doctype html>',
    ]);
    expect(get('/api/demo/hang.json').hang).to.equal(true);
    expect([1, 2, 3, 4].map(() => get('/api/demo/flaky.json').status)).to.deep.equal([200, 503, 200, 503]);
    expect(get('/api/demo/flaky.json').headers['Cache-Control']).to.equal('no-store');

    // Through fetchApi: a hung request ends only when aborted.
    const controller = new AbortController();
    const hung = fetchApi(new Request('http://portal.test/api/demo/hang.json', { signal: controller.signal }));
    controller.abort();
    let aborted = false;
    await hung.catch(() => (aborted = true));
    expect(aborted).to.equal(true);
  });
});

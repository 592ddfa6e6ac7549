import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { hang, nextEvent, respond, stubFetch, type FetchStub } from '../helpers/fetch-stub.js';
import { portalFeed } from '../helpers/feeds.js';

// Single-page portals add and remove widgets as the reader navigates. A
// removed widget must stop its requests and leave nothing behind; a widget
// that is moved, or removed and added back, must still load.

type PortalHost = HTMLElement & { updateComplete: Promise<unknown>; reload(): Promise<unknown> };

const FEED_URL = 'https://portal.example/api/tin.json';
const LINKS_URL = 'https://portal.example/api/lien-ket.json';
const ARTICLE_URL = 'https://portal.example/api/bai.json';
const LINKS = { links: [{ name: 'Quốc hội', url: 'https://quochoi.vn/' }] };
const ARTICLE = {
  id: '1',
  title: 'Bài viết',
  url: '/tin/1',
  _portal: { related: [{ id: '2', title: 'Bài liên quan', url: '/tin/2' }] },
};

const ELEMENTS: { tag: string; attributes: Record<string, string>; url: string; good: unknown }[] = [
  { tag: 'news-list', attributes: { src: FEED_URL }, url: FEED_URL, good: portalFeed(3) },
  { tag: 'related-articles', attributes: { 'article-src': ARTICLE_URL }, url: ARTICLE_URL, good: ARTICLE },
  { tag: 'website-links', attributes: { src: LINKS_URL }, url: LINKS_URL, good: LINKS },
  {
    tag: 'article-card',
    attributes: { src: ARTICLE_URL, variant: 'full' },
    url: ARTICLE_URL,
    good: { ...ARTICLE, content_html: '<p>Nội dung.</p>' },
  },
];

const realSetTimeout = window.setTimeout.bind(window);
const settle = () => new Promise((resolve) => realSetTimeout(resolve, 20));

/** Polls `condition` with timers of its own, which the footprint does not count. */
async function until(condition: () => boolean, message: string, timeout = 3000) {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error(`Timeout: ${message}`);
    await new Promise((resolve) => realSetTimeout(resolve, 10));
  }
}

interface Footprint {
  /** Timers and animation frames scheduled and still pending. */
  timers(): string[];
  /** Listeners added to window or document and still attached. */
  listeners(): string[];
  stop(): void;
}

/** Records every timer, animation frame and window/document listener from now on. */
function trackFootprint(): Footprint {
  const pending = new Map<string, string>();
  const attached: { target: EventTarget; type: string; listener: unknown; capture: boolean }[] = [];
  const saved = {
    setTimeout: window.setTimeout,
    clearTimeout: window.clearTimeout,
    setInterval: window.setInterval,
    clearInterval: window.clearInterval,
    requestAnimationFrame: window.requestAnimationFrame,
    cancelAnimationFrame: window.cancelAnimationFrame,
    add: EventTarget.prototype.addEventListener,
    remove: EventTarget.prototype.removeEventListener,
  };
  const where = () => new Error().stack!.split('\n').slice(3, 5).join(' ').trim();
  type Timer = (fn: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => number;
  type Clear = (id?: number) => void;
  const setTimer = saved.setTimeout as unknown as Timer;
  const clearTimer = saved.clearTimeout as unknown as Clear;
  const setRepeat = saved.setInterval as unknown as Timer;
  const clearRepeat = saved.clearInterval as unknown as Clear;
  const tracked: { setTimeout: Timer; clearTimeout: Clear; setInterval: Timer; clearInterval: Clear } = {
    setTimeout(fn, ms, ...args) {
      const id = setTimer.call(
        window,
        () => {
          pending.delete(`timeout ${id}`);
          fn(...args);
        },
        ms,
      );
      pending.set(`timeout ${id}`, where());
      return id;
    },
    clearTimeout(id) {
      pending.delete(`timeout ${id}`);
      clearTimer.call(window, id);
    },
    setInterval(fn, ms, ...args) {
      const id = setRepeat.call(window, fn, ms, ...args);
      pending.set(`interval ${id}`, where());
      return id;
    },
    clearInterval(id) {
      pending.delete(`interval ${id}`);
      clearRepeat.call(window, id);
    },
  };
  Object.assign(window, tracked);
  window.requestAnimationFrame = (fn: FrameRequestCallback) => {
    const id = saved.requestAnimationFrame.call(window, (time) => {
      pending.delete(`frame ${id}`);
      fn(time);
    });
    pending.set(`frame ${id}`, where());
    return id;
  };
  window.cancelAnimationFrame = (id: number) => {
    pending.delete(`frame ${id}`);
    saved.cancelAnimationFrame.call(window, id);
  };
  const capture = (options?: boolean | EventListenerOptions) => (typeof options === 'boolean' ? options : !!options?.capture);
  EventTarget.prototype.addEventListener = function (
    this: EventTarget,
    type: string,
    listener: unknown,
    options?: boolean | AddEventListenerOptions,
  ) {
    if ((this === window || this === document) && listener) {
      const entry = { target: this, type, listener, capture: capture(options) };
      attached.push(entry);
      if (typeof options === 'object' && options.once) {
        // A `once` listener detaches itself when it runs.
        const once = () => attached.splice(attached.indexOf(entry), 1);
        saved.add.call(this, type, once, { once: true, capture: entry.capture });
      }
    }
    return saved.add.call(this, type, listener as EventListener, options);
  };
  EventTarget.prototype.removeEventListener = function (
    this: EventTarget,
    type: string,
    listener: unknown,
    options?: boolean | EventListenerOptions,
  ) {
    const index = attached.findIndex(
      (e) => e.target === this && e.type === type && e.listener === listener && e.capture === capture(options),
    );
    if (index >= 0) attached.splice(index, 1);
    return saved.remove.call(this, type, listener as EventListener, options);
  };
  return {
    timers: () => [...pending].map(([id, at]) => `${id} from ${at}`),
    listeners: () => attached.map((e) => `${e.target === window ? 'window' : 'document'} ${e.type}`),
    stop() {
      Object.assign(window, {
        setTimeout: saved.setTimeout,
        clearTimeout: saved.clearTimeout,
        setInterval: saved.setInterval,
        clearInterval: saved.clearInterval,
        requestAnimationFrame: saved.requestAnimationFrame,
        cancelAnimationFrame: saved.cancelAnimationFrame,
      });
      EventTarget.prototype.addEventListener = saved.add;
      EventTarget.prototype.removeEventListener = saved.remove;
    },
  };
}

function create(spec: (typeof ELEMENTS)[number]) {
  const el = document.createElement(spec.tag) as PortalHost;
  for (const [name, value] of Object.entries(spec.attributes)) el.setAttribute(name, value);
  return el;
}

describe('lifecycle', function () {
  this.timeout(20000);
  let stub: FetchStub;
  let footprint: Footprint | undefined;

  afterEach(() => {
    footprint?.stop();
    footprint = undefined;
    stub?.restore();
  });

  for (const spec of ELEMENTS) {
    describe(`<${spec.tag}>`, () => {
      it('removed mid-request: the request is aborted, and no timer or listener is left', async () => {
        const requests: Request[] = [];
        stub = stubFetch({ [spec.url]: (request) => (requests.push(request), hang(request)) });
        const container = await fixture<HTMLElement>(html`<div></div>`);
        footprint = trackFootprint();
        const el = create(spec);
        container.append(el);
        await until(() => requests.length === 1, 'no request was made');
        el.remove();
        await until(() => requests[0].signal.aborted, 'the request was not aborted');
        await settle();
        expect(footprint.timers()).to.deep.equal([]);
        expect(footprint.listeners()).to.deep.equal([]);
      });

      it('added and removed in one go: no request; added again later: it loads', async () => {
        stub = stubFetch({ [spec.url]: () => respond(spec.good) });
        const container = await fixture<HTMLElement>(html`<div></div>`);
        const el = create(spec);
        const errors: Event[] = [];
        el.addEventListener('portal-error', (event) => errors.push(event));
        container.append(el);
        el.remove();
        await settle();
        expect(stub.calls, 'requests while detached').to.have.length(0);
        const loaded = nextEvent(el, 'portal-load');
        container.append(el);
        await loaded;
        expect(stub.calls).to.have.length(1);
        expect(errors, 'a removal is not an error').to.deep.equal([]);
      });

      it('loaded, then removed: no timer or listener is left, and no request is made', async () => {
        stub = stubFetch({ [spec.url]: () => respond(spec.good) });
        const container = await fixture<HTMLElement>(html`<div></div>`);
        footprint = trackFootprint();
        const el = create(spec);
        const loaded = nextEvent(el, 'portal-load');
        container.append(el);
        await loaded;
        await el.updateComplete;
        el.remove();
        await settle();
        expect(footprint.timers()).to.deep.equal([]);
        expect(footprint.listeners()).to.deep.equal([]);
        expect(stub.calls).to.have.length(1);
      });

      it('moved to another place mid-request: it still loads', async () => {
        let answer: ((response: Response) => void) | undefined;
        const requests: Request[] = [];
        stub = stubFetch({
          [spec.url]: (request) => {
            requests.push(request);
            return new Promise<Response>((resolve, reject) => {
              answer = resolve;
              request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true });
            });
          },
        });
        const container = await fixture<HTMLElement>(
          html`<div>
            <section></section>
            <aside></aside>
          </div>`,
        );
        const el = create(spec);
        container.querySelector('section')!.append(el);
        await until(() => requests.length === 1, 'no request was made');
        const loaded = nextEvent(el, 'portal-load');
        // A host script moving the widget into its sidebar: disconnected and connected in one go.
        container.querySelector('aside')!.append(el);
        await until(() => requests.length === 2, 'the moved element did not ask again');
        expect(requests[0].signal.aborted).to.equal(true);
        answer!(respond(spec.good));
        await loaded;
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part~="skeleton"]')).to.equal(null);
      });

      it('500 connect/disconnect cycles mid-request: every request but the last is aborted, then it loads', async () => {
        const requests: Request[] = [];
        let answer: ((response: Response) => void) | undefined;
        stub = stubFetch({
          [spec.url]: (request) => {
            requests.push(request);
            return new Promise<Response>((resolve, reject) => {
              answer = resolve;
              request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true });
            });
          },
        });
        const container = await fixture<HTMLElement>(html`<div></div>`);
        footprint = trackFootprint();
        const el = create(spec);
        container.append(el);
        await until(() => requests.length === 1, 'no request was made');
        for (let i = 0; i < 500; i++) {
          el.remove();
          // Every other cycle lets the abort land first; the others reconnect at once.
          if (i % 2) await new Promise((resolve) => realSetTimeout(resolve));
          container.append(el);
          await el.updateComplete;
        }
        await until(() => requests.filter((r) => !r.signal.aborted).length === 1, 'one request left in flight');
        const live = requests.filter((r) => !r.signal.aborted);
        expect(live, 'requests still in flight').to.have.length(1);
        expect(requests[requests.length - 1]).to.equal(live[0]);
        const loaded = nextEvent(el, 'portal-load');
        answer!(respond(spec.good));
        await loaded;
        el.remove();
        await settle();
        expect(footprint.timers()).to.deep.equal([]);
        expect(footprint.listeners()).to.deep.equal([]);
      });

      it('500 connect/disconnect cycles once loaded: no request, timer or listener added, and the heap does not grow', async () => {
        stub = stubFetch({ [spec.url]: () => respond(spec.good) });
        const container = await fixture<HTMLElement>(html`<div></div>`);
        const el = create(spec);
        const loaded = nextEvent(el, 'portal-load');
        container.append(el);
        await loaded;
        await el.updateComplete;
        const text = el.shadowRoot!.textContent;
        footprint = trackFootprint();
        const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
        const heapBefore = memory?.usedJSHeapSize ?? 0;
        for (let i = 0; i < 500; i++) {
          el.remove();
          container.append(el);
          await el.updateComplete;
        }
        await settle();
        expect(stub.calls, 'requests').to.have.length(1);
        expect(footprint.timers()).to.deep.equal([]);
        expect(footprint.listeners()).to.deep.equal([]);
        expect(el.shadowRoot!.textContent).to.equal(text);
        // Without a way to force garbage collection this can only be a loose
        // bound (the figure is coarse in Chromium); the checks above are the
        // structural ones.
        if (memory) expect(memory.usedJSHeapSize - heapBefore, 'bytes of heap').to.be.below(32 * 1024 * 1024);
      });
    });
  }

  it('<news-list> removed while "Xem tiếp" loads the next page: that request is aborted too', async () => {
    const requests: Request[] = [];
    stub = stubFetch({
      [FEED_URL]: () => respond(portalFeed(3, { nextUrl: '/api/tin.json?trang=2' })),
      'https://portal.example/api/tin.json?trang=2': (request) => (requests.push(request), hang(request)),
    });
    const container = await fixture<HTMLElement>(html`<div></div>`);
    const el = document.createElement('news-list') as PortalHost;
    el.setAttribute('src', FEED_URL);
    const loaded = nextEvent(el, 'portal-load');
    const errors: Event[] = [];
    el.addEventListener('portal-error', (event) => errors.push(event));
    container.append(el);
    await loaded;
    await el.updateComplete;
    footprint = trackFootprint();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="more"]')!.click();
    await until(() => requests.length === 1, 'the next page was not requested');
    el.remove();
    await until(() => requests[0].signal.aborted, 'the next-page request was not aborted');
    await settle();
    expect(errors, 'a removal is not an error').to.deep.equal([]);
    expect(footprint.timers()).to.deep.equal([]);
    expect(footprint.listeners()).to.deep.equal([]);
  });

  it('<news-list>: a next page that never answers ends as a "timeout" error, like the first page', async () => {
    stub = stubFetch({
      [FEED_URL]: () => respond(portalFeed(3, { nextUrl: '/api/tin.json?trang=2' })),
      'https://portal.example/api/tin.json?trang=2': hang,
    });
    const container = await fixture<HTMLElement>(html`<div></div>`);
    const el = document.createElement('news-list') as PortalHost;
    el.setAttribute('src', FEED_URL);
    el.setAttribute('timeout', '0.3');
    const loaded = nextEvent(el, 'portal-load');
    container.append(el);
    await loaded;
    await el.updateComplete;
    const failed = nextEvent<CustomEvent>(el, 'portal-error');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="more"]')!.click();
    expect((await failed).detail.kind).to.equal('timeout');
  });

  it('<article-card> print: the print sheet and its listener are gone after printing', async () => {
    stub = stubFetch({});
    const container = await fixture<HTMLElement>(html`<div></div>`);
    const el = document.createElement('article-card') as PortalHost & { article: unknown };
    el.setAttribute('variant', 'full');
    el.article = { id: '1', title: 'Bài viết', authors: [], tags: [], baseUrl: 'https://portal.example/' };
    container.append(el);
    await el.updateComplete;
    footprint = trackFootprint();
    const sheets = document.adoptedStyleSheets.length;
    const print = window.print;
    window.print = () => undefined;
    try {
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="print"]')!.click();
    } finally {
      window.print = print;
    }
    expect(document.adoptedStyleSheets.length).to.equal(sheets + 1);
    window.dispatchEvent(new Event('afterprint'));
    expect(document.adoptedStyleSheets.length).to.equal(sheets);
    expect(footprint.listeners()).to.deep.equal([]);
  });
});

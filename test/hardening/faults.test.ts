import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { PortalErrorEvent, PortalLoadEvent } from '../../src/events.js';
import { hang, nextEvent, respond, stubFetch, type FetchStub } from '../helpers/fetch-stub.js';
import { portalFeed } from '../helpers/feeds.js';
import { armAlarms, catchUncaught, otherOrigin, type Alarms } from './harness.js';

// Every way an endpoint of another agency fails, for every element: each
// ends in its contract state (CONTRACT §3) with the right `portal-error`
// kind, nothing is thrown past the element, and "Thử lại" recovers once the
// endpoint does. A failure after an earlier success shows the last good data,
// marked as possibly out of date.

const URL_ = 'https://portal.example/api/du-lieu.json';
const FALLBACK = 'Xem trên cổng thông tin';

type PortalHost = HTMLElement & { updateComplete: Promise<unknown>; reload(): Promise<unknown> };

interface ElementSpec {
  tag: string;
  attributes?: Record<string, string>;
  good: unknown;
  /** Another element's document: the right syntax, the wrong kind. */
  otherKind: unknown;
  /** A document of the right kind with a field of the wrong type, and the field the message must name. */
  wrongField: [unknown, string];
  /** Whether the loaded content is on screen. */
  shows(root: ShadowRoot): boolean;
  /** 10,000 entries, and what the element must then show. */
  huge: { document: unknown; attributes?: Record<string, string>; check(root: ShadowRoot): void };
}

const LINKS = {
  title: 'Liên kết website',
  links: [
    { name: 'Cổng Thông tin điện tử Chính phủ', url: 'https://chinhphu.vn/', group: 'Trung ương' },
    { name: 'Quốc hội', url: 'https://quochoi.vn/' },
  ],
};
const ARTICLE = {
  id: '12345',
  url: '/tin/12345',
  title: 'Hải Dương: 5 nhiệm vụ trọng tâm để thực hiện Nghị quyết',
  summary: 'Tại phiên bế mạc chiều ngày 27/10, Đại hội đã thông qua Nghị quyết.',
  date_published: '2020-10-29T07:57:30+07:00',
};
const FEED = portalFeed(3);

const ELEMENTS: ElementSpec[] = [
  {
    tag: 'news-list',
    good: FEED,
    otherKind: LINKS,
    wrongField: [{ version: 'https://jsonfeed.org/version/1.1', items: 'không phải mảng' }, 'items'],
    shows: (root) => root.querySelectorAll('[part~="item"]').length === 3,
    huge: {
      document: portalFeed(10_000),
      check(root) {
        expect(root.querySelectorAll('[part~="item"]')).to.have.length(10);
        expect(root.querySelector('[part~="more"]')!.textContent!.trim()).to.equal('Xem tiếp');
      },
    },
  },
  {
    tag: 'related-articles',
    good: FEED,
    otherKind: LINKS,
    wrongField: [{ version: 'https://jsonfeed.org/version/1.1', items: [{ id: '1', title: 42 }] }, 'items[0].title'],
    shows: (root) => root.querySelectorAll('[part~="item"]').length === 3,
    huge: {
      document: portalFeed(10_000),
      check(root) {
        expect(root.querySelectorAll('[part~="item"]')).to.have.length(5);
      },
    },
  },
  {
    tag: 'website-links',
    attributes: { variant: 'list' },
    good: LINKS,
    otherKind: FEED,
    wrongField: [{ links: [{ name: 'Quốc hội', url: 7 }] }, 'links[0].url'],
    shows: (root) => root.querySelectorAll('a[part~="link"]').length === 2,
    huge: {
      document: {
        links: Array.from({ length: 10_000 }, (_, i) => ({
          name: `Liên kết ${i + 1}`,
          url: `https://lk${i + 1}.example.gov.vn/`,
        })),
      },
      attributes: { variant: 'select' },
      check(root) {
        expect(root.querySelectorAll('option')).to.have.length(10_001);
      },
    },
  },
  {
    tag: 'article-card',
    good: ARTICLE,
    otherKind: LINKS,
    wrongField: [{ id: '1', title: ['không phải chuỗi'] }, 'title'],
    shows: (root) => root.querySelector('[part~="title"]')?.textContent?.includes('5 nhiệm vụ trọng tâm') ?? false,
    huge: {
      document: portalFeed(10_000),
      attributes: { 'item-id': '9999' },
      check(root) {
        expect(root.querySelector('[part~="title"]')!.textContent).to.contain('Tin số 9999');
      },
    },
  },
];

interface Fault {
  name: string;
  answer(spec: ElementSpec): (request: Request) => Response | Promise<Response>;
  kind: string;
  status?: number;
  /** Words the message must contain. */
  message?: string;
  /** A transport failure: after an earlier success, the last good data is shown as stale. */
  transport?: boolean;
}

const SIX_MB = 6 * 1024 * 1024;

const FAULTS: Fault[] = [
  {
    name: '404',
    answer: () => () => new Response('Not Found', { status: 404, statusText: 'Not Found' }),
    kind: 'http',
    status: 404,
    transport: true,
  },
  {
    name: '500',
    answer: () => () => new Response('<h1>Internal Server Error</h1>', { status: 500, statusText: 'Internal Server Error' }),
    kind: 'http',
    status: 500,
    transport: true,
  },
  {
    name: 'connection reset',
    answer: () => () => Promise.reject(new TypeError('Failed to fetch')),
    kind: 'network',
    transport: true,
  },
  { name: 'an endpoint that never answers', answer: () => hang, kind: 'timeout', transport: true },
  {
    name: 'an HTML page served as 200',
    answer: () => () =>
      respond(
        '<!DOCTYPE html>\n<html lang="vi"><head><title>Bảo trì hệ thống</title></head><body><h1>Hệ thống đang bảo trì</h1></body></html>',
        {
          type: 'text/html',
        },
      ),
    kind: 'parse',
    message: 'HTML',
  },
  {
    name: 'invalid JSON',
    answer: () => () => respond('{"items": [{"id": "1", "title": "Tin', { type: 'application/json' }),
    kind: 'parse',
    message: 'JSON',
  },
  { name: 'an empty body', answer: () => () => respond('', { type: 'application/json' }), kind: 'parse' },
  { name: 'a document of another kind', answer: (spec) => () => respond(spec.otherKind), kind: 'format' },
  { name: 'a field of the wrong type', answer: (spec) => () => respond(spec.wrongField[0]), kind: 'format' },
  { name: 'JSON null', answer: () => () => respond('null', { type: 'application/json' }), kind: 'format' },
  {
    name: 'a 6 MB body, streamed',
    answer: () => () => respond(`{"items": ["${'x'.repeat(SIX_MB)}"]}`),
    kind: 'format',
    message: 'larger than',
  },
  {
    name: 'a 6 MB body, declared',
    answer: () => () => respond(`{"items": ["${'x'.repeat(SIX_MB)}"]}`, { headers: { 'Content-Length': String(SIX_MB + 14) } }),
    kind: 'format',
    message: 'larger than',
  },
];

/** Bodies built to make a parser or a pattern work for minutes. Each must end, and fast. */
const evil = otherOrigin();
const PATHOLOGICAL: { name: string; body: string; type: string; kind: 'load' | 'parse' | 'format' | 'load-or-parse' }[] = [
  {
    name: 'an XML entity expansion bomb',
    body: `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">${Array.from(
      { length: 9 },
      (_, i) => `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`,
    ).join('')}]><rss version="2.0"><channel><title>&j;</title><item><title>&j;</title><guid>1</guid></item></channel></rss>`,
    type: 'application/rss+xml',
    kind: 'load-or-parse',
  },
  {
    name: 'an XML external entity',
    body: `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "${evil}/xxe.txt">]><rss version="2.0"><channel><title>Tin</title><item><title>Tin &x;</title><guid>1</guid></item></channel></rss>`,
    type: 'application/rss+xml',
    kind: 'load-or-parse',
  },
  // Before the fix, each comment doubled the work of recognising an HTML page: 40 took hours.
  { name: '40 comments before an XML document', body: `${'<!-- -->'.repeat(40)}<x/>`, type: 'application/xml', kind: 'format' },
  {
    name: '40 000 comments before an HTML page',
    body: `${'<!-- -->'.repeat(40_000)}<!doctype html><p>Bảo trì`,
    type: 'text/html',
    kind: 'parse',
  },
  {
    name: 'an RSS description of 60 000 unclosed <p and <img tags',
    body: `<rss version="2.0"><channel><item><guid>1</guid><description>${'&lt;p &lt;img '.repeat(60_000)}</description></item></channel></rss>`,
    type: 'application/rss+xml',
    // No text comes out of it; the item stays for its guid, untitled.
    kind: 'load',
  },
  {
    name: 'a WordPress excerpt of 60 000 unclosed links',
    body: JSON.stringify([
      { id: 1, title: { rendered: 'Tin' }, excerpt: { rendered: '<a '.repeat(30_000) + '<a class="more-link">'.repeat(30_000) } },
    ]),
    type: 'application/json',
    kind: 'load',
  },
];

describe('faults', function () {
  this.timeout(15000);
  let stub: FetchStub;
  let uncaught: ReturnType<typeof catchUncaught>;
  let alarms: Alarms;

  before(() => {
    uncaught = catchUncaught();
    alarms = armAlarms();
  });
  after(() => {
    uncaught.stop();
    alarms.disarm();
  });
  afterEach(() => {
    stub?.restore();
    expect(uncaught.errors, 'uncaught errors').to.deep.equal([]);
  });

  async function mount(spec: ElementSpec, attributes: Record<string, string> = {}) {
    const container = await fixture<HTMLElement>(html`<div></div>`);
    const el = document.createElement(spec.tag) as PortalHost;
    for (const [name, value] of Object.entries({ ...spec.attributes, timeout: '0.3', ...attributes, src: URL_ }))
      el.setAttribute(name, value);
    el.append(Object.assign(document.createElement('a'), { href: 'https://portal.example/', textContent: FALLBACK }));
    const events: string[] = [];
    el.addEventListener('portal-load', () => events.push('load'));
    el.addEventListener('portal-error', () => events.push('error'));
    container.append(el);
    return { el, root: el.shadowRoot!, events };
  }

  function expectErrorState(root: ShadowRoot) {
    const error = root.querySelector('[part~="error"]')!;
    expect(error, 'the error state').to.exist;
    expect(error.querySelector('[role="alert"]')!.textContent).to.equal('Không tải được dữ liệu.');
    expect(error.querySelector('button')!.textContent).to.equal('Thử lại');
    expect(error.querySelector('slot')!.assignedElements()[0].textContent).to.equal(FALLBACK);
  }

  for (const spec of ELEMENTS) {
    describe(`<${spec.tag}>`, () => {
      for (const fault of FAULTS) {
        it(`${fault.name}: error state and a "${fault.kind}" error; "Thử lại" recovers`, async () => {
          let failing = true;
          const answer = fault.answer(spec);
          stub = stubFetch({ [URL_]: (request) => (failing ? answer(request) : respond(spec.good)) });
          const { el, root, events } = await mount(spec);
          const { detail } = await nextEvent<PortalErrorEvent>(el, 'portal-error');
          expect(detail.kind).to.equal(fault.kind);
          expect(detail.url).to.equal(URL_);
          expect(detail.message).to.be.a('string').and.not.equal('');
          if (fault.status) expect(detail.status).to.equal(fault.status);
          if (fault.message) expect(detail.message).to.contain(fault.message);
          if (fault.name === 'a field of the wrong type') expect(detail.message).to.contain(spec.wrongField[1]);
          await el.updateComplete;
          expectErrorState(root);
          expect(spec.shows(root)).to.equal(false);
          expect(events).to.deep.equal(['error']);

          failing = false;
          root.querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
          const loaded = await nextEvent<PortalLoadEvent>(el, 'portal-load');
          expect(loaded.detail.stale).to.equal(false);
          expect(spec.shows(root), 'the content after "Thử lại"').to.equal(true);
          expect(root.querySelector('[part~="error"]')).to.equal(null);
          expect(root.querySelector('slot'), 'the fallback is hidden again').to.equal(null);
          expect(events).to.deep.equal(['error', 'load']);
        });
      }

      for (const fault of FAULTS.filter((f) => f.transport)) {
        it(`${fault.name} after an earlier success: the last good data, marked stale`, async () => {
          let failing = false;
          const answer = fault.answer(spec);
          stub = stubFetch({ [URL_]: (request) => (failing ? answer(request) : respond(spec.good)) });
          const { el, root } = await mount(spec);
          await nextEvent(el, 'portal-load');
          failing = true;
          el.reload();
          const { detail } = await nextEvent<PortalLoadEvent>(el, 'portal-load');
          expect(detail.stale).to.equal(true);
          await el.updateComplete;
          expect(root.querySelector('[part~="stale"]')!.textContent).to.equal('Dữ liệu có thể đã cũ');
          expect(spec.shows(root)).to.equal(true);
        });
      }

      it('10,000 entries: loads, and shows what its limit says', async () => {
        stub = stubFetch({ [URL_]: () => respond(spec.huge.document) });
        const { el, root } = await mount(spec, { timeout: '10', ...spec.huge.attributes });
        await nextEvent(el, 'portal-load', 10000);
        await el.updateComplete;
        spec.huge.check(root);
      });
    });
  }

  describe('pathological bodies end fast', () => {
    for (const body of PATHOLOGICAL) {
      it(`${body.name}: ${body.kind}, within a second`, async () => {
        alarms.reset();
        stub = stubFetch({ [URL_]: () => respond(body.body, { type: body.type }) });
        const spec = ELEMENTS[0];
        const start = performance.now();
        const { el } = await mount(spec, { timeout: '10' });
        const event = await new Promise<CustomEvent>((resolve) => {
          el.addEventListener('portal-load', resolve as EventListener, { once: true });
          el.addEventListener('portal-error', resolve as EventListener, { once: true });
        });
        expect(performance.now() - start, 'milliseconds').to.be.below(1000);
        const outcome = event.type === 'portal-load' ? 'load' : event.detail.kind;
        if (body.kind === 'load-or-parse') expect(outcome).to.be.oneOf(['load', 'parse']);
        else expect(outcome, JSON.stringify(event.detail).slice(0, 200)).to.equal(body.kind);
        expect(
          alarms.resources().filter((url) => url.startsWith(evil)),
          'requests to another origin',
        ).to.deep.equal([]);
      });
    }
  });
});

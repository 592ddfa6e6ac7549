import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/news-list/news-list.js';
import '../../src/related-articles/related-articles.js';
import type { NewsList } from '../../src/news-list/news-list.js';
import type { PortalErrorEvent, PortalUpdateEvent } from '../../src/events.js';
import { listenersOf, refreshClock } from '../../src/load/refresh.js';
import { nextEvent, respond, stubFetch, type FetchStub } from '../helpers/fetch-stub.js';
import { $, $$, items, loaded } from '../helpers/dom.js';
import { portalFeed } from '../helpers/feeds.js';

const URL_ = 'https://portal.example/api/feed.json';

/** The refresh timers, held instead of run: a test runs the next one when it wants. */
interface Timer {
  run: () => unknown;
  ms: number;
}
const timers = new Map<number, Timer>();
let lastId = 0;
const real = { ...refreshClock };

/** Runs the one pending refresh timer (the check it starts included). */
async function tick() {
  expect(timers.size, 'one refresh timer for the page').to.equal(1);
  const [[id, timer]] = [...timers];
  timers.delete(id);
  await timer.run();
}

const pendingMs = () => [...timers.values()].map((timer) => timer.ms);

/** A feed endpoint with an ETag that answers 304 to a request that has it. */
function endpoint(first: object, headers: Record<string, string> = {}) {
  const state = { body: first, etag: '"v1"', headers, requests: [] as Request[], answer: undefined as Response | undefined };
  const route = (request: Request) => {
    state.requests.push(request);
    if (state.answer) return state.answer.clone();
    if (request.headers.get('if-none-match') === state.etag) return new Response(null, { status: 304, headers });
    return respond(state.body, { headers: { ETag: state.etag, ...state.headers } });
  };
  return { state, route };
}

const rects = (el: Element) =>
  $$(el, '[part~="item"]').map((row) => {
    const { top, left, width, height } = row.getBoundingClientRect();
    return { top, left, width, height };
  });

/** Every change to the element's shadow DOM while one refresh check runs and renders. */
async function mutationsDuringTick(el: NewsList) {
  const mutations: MutationRecord[] = [];
  const observer = new MutationObserver((records) => mutations.push(...records));
  observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
  await tick();
  await el.updateComplete;
  observer.disconnect();
  return mutations;
}

async function watching(el: NewsList | Element, count = 1) {
  await waitUntil(() => listenersOf(URL_) === count && timers.size === 1, 'the refresh chunk follows the URL');
  return el;
}

describe('refresh', () => {
  let stub: FetchStub;
  beforeEach(() => {
    timers.clear();
    refreshClock.setTimeout = (run, ms) => {
      timers.set(++lastId, { run, ms });
      return lastId;
    };
    refreshClock.clearTimeout = (id) => void timers.delete(id as number);
    refreshClock.random = () => 0.5;
  });
  afterEach(() => {
    Object.assign(refreshClock, real);
    stub?.restore();
  });

  it('shows "2 tin mới" for two new articles without moving a row or the focus; the button inserts exactly them and focuses the first', async () => {
    const { state, route } = endpoint(portalFeed(5, { start: 2 }));
    stub = stubFetch({ [URL_]: route });
    const el = await loaded<NewsList>(html`<news-list refresh="60" src="${URL_}"></news-list>`);
    await watching(el);
    expect(pendingMs()).to.deep.equal([60_000]);
    const before = rects(el);
    const second = $$(el, 'a[part~="link"]')[1];
    second.focus();

    state.body = portalFeed(7);
    state.etag = '"v2"';
    const update = nextEvent<PortalUpdateEvent>(el, 'portal-update');
    await tick();
    const { detail } = await update;
    await el.updateComplete;

    expect(state.requests[1].headers.get('if-none-match')).to.equal('"v1"');
    expect(detail.url).to.equal(URL_);
    expect(detail.added.map((item) => item.id)).to.deep.equal(['1', '2']);
    expect(detail.changed).to.deep.equal([]);
    const button = $(el, 'button[part~="new-items"]');
    expect(button.textContent!.trim()).to.equal('Có 2 tin mới');
    expect(button.closest('[role="status"]'), 'announced through a polite live region').to.exist;
    expect(rects(el)).to.deep.equal(before);
    expect(el.shadowRoot!.activeElement).to.equal(second);
    expect(items(el)).to.have.length(5);
    await expect(el).to.be.accessible();

    button.click();
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.activeElement === $(el, 'a[part~="link"]'), 'focus on the first new article');
    expect(items(el).map((text) => text.replace(/ \(.*$/, ''))).to.deep.equal(
      [1, 2, 3, 4, 5, 6, 7].map((n) => `Tin số ${n}: Hải Dương triển khai Nghị quyết`),
    );
    expect($$(el, 'button[part~="new-items"]')).to.have.length(0);
    expect(pendingMs()).to.deep.equal([60_000]);
  });

  it('counts in English, singular and plural', async () => {
    const { state, route } = endpoint(portalFeed(3, { start: 2 }));
    stub = stubFetch({ [URL_]: route });
    const el = await loaded<NewsList>(html`<news-list lang="en" refresh="60" src="${URL_}"></news-list>`);
    await watching(el);
    state.body = portalFeed(4, { start: 1 });
    state.etag = '"v2"';
    await tick();
    await waitUntil(() => $(el, 'button[part~="new-items"]')?.textContent!.trim() === '1 new article');
    state.body = portalFeed(5);
    state.etag = '"v3"';
    await tick();
    await waitUntil(() => $(el, 'button[part~="new-items"]')?.textContent!.trim() === '2 new articles');
  });

  it('a 304 re-renders nothing', async () => {
    const { state, route } = endpoint(portalFeed(5));
    stub = stubFetch({ [URL_]: route });
    const el = await loaded<NewsList>(html`<news-list refresh="30" src="${URL_}"></news-list>`);
    await watching(el);
    let updates = 0;
    el.addEventListener('portal-update', () => updates++);
    const mutations = await mutationsDuringTick(el);
    expect(state.requests).to.have.length(2);
    expect(mutations).to.deep.equal([]);
    expect(updates).to.equal(0);
    expect(pendingMs()).to.deep.equal([30_000]);
  });

  it('updates a changed article in place, with no button', async () => {
    const { state, route } = endpoint(portalFeed(3));
    stub = stubFetch({ [URL_]: route });
    const el = await loaded<NewsList>(html`<news-list refresh="60" src="${URL_}"></news-list>`);
    await watching(el);
    const changedFeed = portalFeed(3);
    changedFeed.items[1].title = 'Tin số 2 (cập nhật)';
    state.body = changedFeed;
    state.etag = '"v2"';
    const update = nextEvent<PortalUpdateEvent>(el, 'portal-update');
    await tick();
    const { detail } = await update;
    await el.updateComplete;
    expect(detail.added).to.deep.equal([]);
    expect(detail.changed.map((item) => [item.id, item.title])).to.deep.equal([['2', 'Tin số 2 (cập nhật)']]);
    expect(items(el)[1]).to.match(/^Tin số 2 \(cập nhật\) \(/);
    expect($$(el, 'button[part~="new-items"]')).to.have.length(0);
  });

  it('ten elements on one URL make one request per interval', async () => {
    const { state, route } = endpoint(portalFeed(5, { start: 2 }));
    stub = stubFetch({ [URL_]: route });
    const wrapper = await fixture(
      html`<div>${Array.from({ length: 10 }, () => html`<news-list refresh="60" src="${URL_}"></news-list>`)}</div>`,
    );
    const lists = [...wrapper.querySelectorAll('news-list')];
    await waitUntil(() => lists.every((el) => items(el).length === 5));
    await watching(wrapper, 10);
    expect(state.requests).to.have.length(1);
    state.body = portalFeed(7);
    state.etag = '"v2"';
    await tick();
    expect(state.requests).to.have.length(2);
    await waitUntil(() => lists.every((el) => $(el, 'button[part~="new-items"]')?.textContent!.trim() === 'Có 2 tin mới'));
    await tick();
    expect(state.requests).to.have.length(3);
    expect(timers.size).to.equal(1);
  });

  it('makes no request while the tab is hidden, and one check on return', async () => {
    const { state, route } = endpoint(portalFeed(5));
    stub = stubFetch({ [URL_]: route });
    const el = await loaded<NewsList>(html`<news-list refresh="60" src="${URL_}"></news-list>`);
    await watching(el);
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
      await tick();
      expect(state.requests).to.have.length(1);
      expect(timers.size, 'paused').to.equal(0);
      document.dispatchEvent(new Event('visibilitychange'));
      expect(state.requests).to.have.length(1);
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
    expect(document.visibilityState).to.equal('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    await waitUntil(() => timers.size === 1, 'the check on return ran and the next one is set');
    expect(state.requests).to.have.length(2);
    expect(state.requests[1].headers.get('if-none-match')).to.equal('"v1"');
  });

  it('waits out Cache-Control: max-age, before the first check and after each', async () => {
    const { state, route } = endpoint(portalFeed(5), { 'Cache-Control': 'public, max-age=300' });
    stub = stubFetch({ [URL_]: route });
    const el = await loaded<NewsList>(html`<news-list refresh="60" src="${URL_}"></news-list>`);
    await watching(el);
    expect(pendingMs()).to.deep.equal([300_000]);
    state.headers = { 'Cache-Control': 'max-age=900' };
    state.etag = '"v2"';
    await tick();
    expect(pendingMs()).to.deep.equal([900_000]);
  });

  it('keeps the content on a failed check, marks it stale, honours Retry-After and backs off', async () => {
    const { state, route } = endpoint(portalFeed(5));
    stub = stubFetch({ [URL_]: route });
    const el = await loaded<NewsList>(html`<news-list refresh="60" src="${URL_}"></news-list>`);
    await watching(el);
    const shown = items(el);

    state.answer = new Response('Busy', { status: 503, headers: { 'Retry-After': '600' } });
    const error = nextEvent<PortalErrorEvent>(el, 'portal-error');
    await tick();
    expect((await error).detail).to.include({ url: URL_, kind: 'http', status: 503 });
    await el.updateComplete;
    expect(items(el)).to.deep.equal(shown);
    expect($(el, '[part~="stale"]').textContent).to.equal('Dữ liệu có thể đã cũ');
    expect(pendingMs()).to.deep.equal([600_000]);
    await expect(el).to.be.accessible();

    // Exponential, capped at 30 minutes: 2, 4, 8, 16, then 30 minutes.
    state.answer = new Response('Down', { status: 500 });
    const waits: number[] = [];
    for (let i = 0; i < 5; i++) {
      await tick();
      waits.push(...pendingMs());
    }
    expect(waits).to.deep.equal([240_000, 480_000, 960_000, 1_800_000, 1_800_000]);
    expect(state.requests.at(-1)!.headers.get('if-none-match'), 'still conditional').to.equal('"v1"');

    // Back: a 304 clears the stale note, the interval is the plain one again.
    state.answer = undefined;
    await tick();
    await el.updateComplete;
    expect($$(el, '[part~="stale"]')).to.have.length(0);
    expect(items(el)).to.deep.equal(shown);
    expect(pendingMs()).to.deep.equal([60_000]);
  });

  it('checks with plain requests where the endpoint refuses the conditional headers (a CORS preflight)', async () => {
    const { state, route } = endpoint(portalFeed(3));
    stub = stubFetch({
      [URL_]: (request) => {
        // What fetch does when a cross-origin preflight does not allow If-None-Match.
        if (request.headers.has('if-none-match')) throw new TypeError('Failed to fetch');
        return route(request);
      },
    });
    const el = await loaded<NewsList>(html`<news-list refresh="60" src="${URL_}"></news-list>`);
    await watching(el);
    let errors = 0;
    el.addEventListener('portal-error', () => errors++);
    const mutations = await mutationsDuringTick(el);
    // The conditional request failed; a plain one went at once; the same body rendered nothing.
    expect(stub.calls).to.have.length(3);
    expect(state.requests.map((request) => request.headers.has('if-none-match'))).to.deep.equal([false, false]);
    expect(mutations).to.deep.equal([]);
    state.body = portalFeed(4, { start: -1 });
    state.etag = '"v2"';
    await tick();
    await waitUntil(() => $(el, 'button[part~="new-items"]')?.textContent!.trim() === 'Có 1 tin mới');
    expect(stub.calls, 'plain from then on').to.have.length(4);
    expect(errors).to.equal(0);
    expect($$(el, '[part~="stale"]')).to.have.length(0);
  });

  it('spreads checks by ±15 %, and reads values under 30 as 30', async () => {
    const { route } = endpoint(portalFeed(2));
    stub = stubFetch({ [URL_]: route });
    refreshClock.random = () => 0;
    const el = await loaded<NewsList>(html`<news-list refresh="5" src="${URL_}"></news-list>`);
    await watching(el);
    expect(pendingMs()).to.deep.equal([25_500]);
    refreshClock.random = () => 1;
    await tick();
    expect(pendingMs()).to.deep.equal([34_500]);
  });

  it('stops when the element is removed or refresh is cleared, and not before', async () => {
    const { route } = endpoint(portalFeed(2));
    stub = stubFetch({ [URL_]: route });
    const el = await loaded<NewsList>(html`<news-list refresh="60" src="${URL_}"></news-list>`);
    await watching(el);
    el.refresh = 0;
    await el.updateComplete;
    expect(listenersOf(URL_)).to.equal(0);
    expect(timers.size).to.equal(0);
    el.refresh = 60;
    await watching(el);
    el.remove();
    expect(listenersOf(URL_)).to.equal(0);
    expect(timers.size).to.equal(0);
  });

  it('reserves the button row in the loading state too: loading, loaded and new items share one geometry', async () => {
    const { state, route } = endpoint(portalFeed(3, { start: 1 }));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    stub = stubFetch({
      [URL_]: async (request) => {
        if (state.requests.length === 0) await gate;
        return route(request);
      },
    });
    const el = await fixture<NewsList>(html`<news-list refresh="60" src="${URL_}"></news-list>`);
    const skeletonList = $(el, '[part~="skeleton"] ul').getBoundingClientRect().top;
    release();
    await waitUntil(() => items(el).length === 3);
    expect($(el, '[part~="list"]').getBoundingClientRect().top).to.equal(skeletonList);
  });

  it('works on <related-articles> with src', async () => {
    const { state, route } = endpoint(portalFeed(2, { start: 1 }));
    stub = stubFetch({ [URL_]: route });
    const el = await loaded<NewsList>(html`<related-articles refresh="60" src="${URL_}"></related-articles>`);
    await watching(el);
    state.body = portalFeed(3);
    state.etag = '"v2"';
    await tick();
    await waitUntil(() => $(el, 'button[part~="new-items"]')?.textContent!.trim() === 'Có 1 tin mới');
    await expect(el).to.be.accessible();
  });
});

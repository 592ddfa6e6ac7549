import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/article-card/article-card.js';
import { readDocument } from '../../src/data/read.js';
import { xmlFeedSteps } from '../../src/data/rss-atom.js';
import { SLICE_MS } from '../../src/data/steps.js';
import { respond, stubFetch, type FetchStub } from '../helpers/fetch-stub.js';

// A long document is read in slices (src/data/steps.ts): the page gets the
// main thread back between them, and every entry is still read.

const rss = (count: number) =>
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Tin</title>${Array.from(
    { length: count },
    (_, i) => `<item><guid>${i}</guid><title>Tin số ${i}</title><link>https://portal.example/tin/${i}</link></item>`,
  ).join('')}</channel></rss>`;

describe('reading a long document', () => {
  let stub: FetchStub | undefined;
  afterEach(() => stub?.restore());

  /** Reads a 10,000-item JSON Feed; `queue` schedules work of the page once reading started. What was done by the first and the last item? */
  async function readWhile(queue: (done: () => void) => void): Promise<boolean[]> {
    let ran = false;
    const firstRead = new Map<number, boolean>();
    // Read by the item's adapter only (not enumerable: a walk over every value for its dates does not see it).
    const items = Array.from({ length: 10_000 }, (_, i) =>
      Object.defineProperty({ id: String(i), title: `Tin số ${i}` }, 'summary', {
        get() {
          if (!firstRead.has(i)) firstRead.set(i, ran);
          return `Tóm tắt ${i}`;
        },
      }),
    );
    const doc = { version: 'https://jsonfeed.org/version/1.1', title: 'Tin', items };
    const reading = readDocument({ value: doc, shows: 'feed', url: 'https://portal.example/feed.json' });
    queue(() => {
      ran = true;
    });
    const read = await reading;
    expect(read.kind === 'feed' && read.feed.items.length).to.equal(10_000);
    return [firstRead.get(0)!, firstRead.get(9_999)!];
  }

  it('hands the main thread back while it reads: urgent work of the page runs before the last entry is read', async () => {
    // `scheduler.yield()` continues before ordinary tasks of its priority, never before more urgent ones.
    const scheduler = (globalThis as { scheduler?: { postTask?: (task: () => void, options: object) => unknown } }).scheduler;
    const queue = scheduler?.postTask
      ? (task: () => void) => scheduler.postTask!(task, { priority: 'user-blocking' })
      : (task: () => void) => setTimeout(task, 0);
    expect(await readWhile(queue), 'the first entry before it, the last after it').to.deep.equal([false, true]);
  });

  /** Bytes of a JSON Feed of `count` items. */
  const jsonFeed = (count: number) =>
    new TextEncoder().encode(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        items: Array.from({ length: count }, (_, i) => ({ id: String(i), title: `Tin số ${i}`, summary: `Tóm tắt ${i}` })),
      }),
    );

  /** Runs `task` once the current task is over, before the continuations of `scheduler.yield()` where there is one. */
  const urgently = (task: () => void) => {
    const scheduler = (globalThis as { scheduler?: { postTask?: (task: () => void, options: object) => unknown } }).scheduler;
    if (scheduler?.postTask) scheduler.postTask(task, { priority: 'user-blocking' });
    else setTimeout(task, 0);
  };

  it('reads the bytes of a long document in slices too: work of the page runs before the model is handed over', async () => {
    const bytes = jsonFeed(10_000);
    let ran = false;
    const reading = readDocument({ bytes, contentType: 'application/feed+json', url: 'https://portal.example/long.json' });
    urgently(() => {
      ran = true;
    });
    const read = await reading;
    expect(read.kind === 'feed' && read.feed.items.length).to.equal(10_000);
    expect(ran).to.equal(true);
  });

  it('reads a short document, from its bytes to the model, in the task it started in', async () => {
    const bytes = jsonFeed(20);
    let ran = false;
    const start = performance.now();
    const reading = readDocument({ bytes, contentType: 'application/feed+json', url: 'https://portal.example/short.json' });
    urgently(() => {
      ran = true;
    });
    const read = await reading;
    const took = performance.now() - start;
    expect(read.kind === 'feed' && read.feed.items.length).to.equal(20);
    // A machine too busy to read 20 items within a slice pauses, as it should: only a read within one is asked not to.
    if (took < SLICE_MS) expect(ran, `read in ${took} ms`).to.equal(false);
  });

  it('without `scheduler.yield()`, a timer queued at the start runs before the last entry is read', async () => {
    const own = Object.getOwnPropertyDescriptor(globalThis, 'scheduler');
    Object.defineProperty(globalThis, 'scheduler', { value: undefined, configurable: true, writable: true });
    try {
      expect(await readWhile((task) => setTimeout(task, 0))).to.deep.equal([false, true]);
    } finally {
      if (own) Object.defineProperty(globalThis, 'scheduler', own);
      else delete (globalThis as { scheduler?: unknown }).scheduler;
    }
  });

  it('reads RSS in slices: the token pass pauses every 1,024 tokens, the walk every 64 entries, the bounds every 1,024', () => {
    // 10,000 items of 10 tokens each (`<item>`, three elements of three tokens): 100,000 tokens.
    const steps = xmlFeedSteps(rss(10_000), 'https://portal.example/rss/tin.xml');
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    expect(step.value.items).to.have.length(10_000);
    const least = Math.floor(100_000 / 1024) + Math.floor(10_000 / 64) + Math.floor(10_000 / 1024);
    expect(pauses).to.be.at.least(least);
  });

  it('RSS with 10,000 items: <article-card item-id="9999"> finds the last one', async () => {
    const url = 'https://portal.example/rss/tin.xml';
    stub = stubFetch({ [url]: () => respond(rss(10_000), { type: 'application/rss+xml' }) });
    const el = await fixture<HTMLElement>(html`<article-card src=${url} item-id="9999"></article-card>`);
    await oneEvent(el, 'portal-load');
    expect(el.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.contain('Tin số 9999');
  });
});

import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/article-card/article-card.js';
import { readDocument } from '../../src/data/read.js';
import { xmlFeedSteps } from '../../src/data/rss-atom.js';
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

// The measuring side of the benchmark, in the page. bench/run.mjs drives it
// through `window.bench.*`, one measurement per call, and does everything that
// needs the DevTools protocol (garbage collection, heap size) in between.

import { appendPage, renderBaseline } from './baseline.js';

const stage = document.getElementById('stage');
const TAGS = ['news-list', 'related-articles', 'website-links', 'article-card'];

/** After the next frame: a task posted from a requestAnimationFrame callback, so style, layout and paint of that frame are done. */
const nextFrame = () =>
  new Promise((done) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done(performance.now());
      channel.port2.postMessage(null);
    }),
  );

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** Once the page is idle: what a first render left to do (frames, observers) is done, as when a reader gets to the button. */
const idle = () => new Promise((done) => requestIdleCallback(() => done(), { timeout: 2000 }));

/** Resolves with the time of the element's first `portal-load`; rejects on `portal-error`, or after 30 s without either. */
function loaded(el) {
  return new Promise((done, fail) => {
    const stop = () => {
      clearTimeout(timer);
      el.removeEventListener('portal-load', onLoad);
      el.removeEventListener('portal-error', onError);
    };
    const onLoad = () => {
      stop();
      done(performance.now());
    };
    const onError = (event) => {
      stop();
      fail(new Error(`${el.localName}: portal-error ${JSON.stringify(event.detail)}`));
    };
    const timer = setTimeout(() => {
      stop();
      fail(
        new Error(
          `${el.localName}: neither portal-load nor portal-error within 30 s (task status ${el.task?.status}, connected ${el.isConnected})`,
        ),
      );
    }, 30_000);
    el.addEventListener('portal-load', onLoad);
    el.addEventListener('portal-error', onError);
  });
}

function reset() {
  stage.replaceChildren();
  // The loader keeps the last good copy of each response in sessionStorage; every run starts as a first visit.
  sessionStorage.clear();
}

/** Long tasks (over 50 ms) from now on; `stop()` returns those that started at or after `since`. */
function watchLongTasks() {
  const entries = [];
  const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  return {
    async stop(since) {
      // Entries are delivered after the task that produced them.
      await sleep(60);
      entries.push(...observer.takeRecords());
      observer.disconnect();
      return entries.filter((e) => e.startTime >= since).map((e) => Math.round(e.duration));
    },
  };
}

function newsList(src, limit) {
  const el = document.createElement('news-list');
  el.setAttribute('src', src);
  el.setAttribute('limit', String(limit));
  return el;
}

/** The rows as a user reads them: link target, link text, datetime, date text, whole line. */
function rows(root) {
  return [...root.querySelectorAll('ul > li')].map((li) => {
    const a = li.querySelector('a');
    const time = li.querySelector('time');
    return [a?.href, a?.textContent.trim(), time?.dateTime, time?.textContent, li.textContent.replace(/\s+/g, ' ').trim()].join(
      '|',
    );
  });
}

const bench = {
  async ready() {
    await Promise.all(TAGS.map((tag) => customElements.whenDefined(tag)));
    return { userAgent: navigator.userAgent, deviceMemory: navigator.deviceMemory ?? null };
  },

  /** `<news-list>` with `n` items: from adding the element to `portal-load`, and to the next frame (`everyRow`: no row skips layout). */
  async renderLibrary({ n, key, longTasks = false, everyRow = false }) {
    reset();
    const el = newsList(`/api/feed?count=${n}&key=${key}`, n);
    // Off-screen rows normally skip layout and paint; with `everyRow` each one is laid out, as the baseline's are.
    if (everyRow) el.dataset.everyRow = '';
    const load = loaded(el);
    const watch = longTasks ? watchLongTasks() : undefined;
    const start = performance.now();
    stage.append(el);
    const event = await load;
    const frame = await nextFrame();
    const items = el.shadowRoot.querySelectorAll('li[part~="item"]').length;
    if (items !== n) throw new Error(`news-list rendered ${items} items, expected ${n}`);
    return { event: event - start, frame: frame - start, longTasks: await watch?.stop(start) };
  },

  /** The vanilla baseline with `n` items: from fetch start to the DOM appended, and to the next frame. */
  async renderBaseline({ n, key }) {
    reset();
    const start = performance.now();
    const block = await renderBaseline(stage, `/api/feed?count=${n}&key=${key}`, n);
    const appended = performance.now();
    const frame = await nextFrame();
    if (block.list.children.length !== n) throw new Error(`baseline rendered ${block.list.children.length} items`);
    return { event: appended - start, frame: frame - start };
  },

  /** Renders both once and compares what a reader gets, row by row. */
  async compareMarkup({ n, key }) {
    reset();
    const el = newsList(`/api/feed?count=${n}&key=${key}-lib`, n);
    const load = loaded(el);
    stage.append(el);
    await load;
    const library = rows(el.shadowRoot);
    const block = await renderBaseline(stage, `/api/feed?count=${n}&key=${key}-base`, n);
    const baseline = rows(block.root);
    const differing = library.map((row, i) => (row === baseline[i] ? -1 : i)).filter((i) => i >= 0);
    reset();
    return {
      rows: library.length,
      baselineRows: baseline.length,
      differing: differing.length,
      example: differing.length ? { library: library[differing[0]], baseline: baseline[differing[0]] } : { library: library[0] },
    };
  },

  /**
   * "Xem tiếp" on a list of 1,000 whose feed has a `next_url` to a page of 20:
   * the time from the click until the 1,020th item is in the list (and the
   * next frame), and every mutation inside the list meanwhile.
   */
  async pageMore({ key }) {
    reset();
    const el = newsList(`/api/feed?count=1000&next=20&key=${key}`, 1000);
    const load = loaded(el);
    stage.append(el);
    await load;
    await nextFrame();
    await idle();
    const root = el.shadowRoot;
    const list = root.querySelector('ul[part~="list"]');
    const button = root.querySelector('button[part~="more"]');
    if (!list || !button) throw new Error('no list or no "Xem tiếp" button');
    const before = [...list.children];
    const listRecords = [];
    const outsideRecords = [];
    let grown;
    const appended = new Promise((done) => (grown = done));
    const listObserver = new MutationObserver((records) => {
      listRecords.push(...records);
      if (list.children.length >= before.length + 20) grown(performance.now());
    });
    const options = { childList: true, subtree: true, attributes: true, characterData: true };
    listObserver.observe(list, options);
    const rootObserver = new MutationObserver((records) =>
      outsideRecords.push(...records.filter((r) => !list.contains(r.target))),
    );
    rootObserver.observe(root, options);

    const start = performance.now();
    button.click();
    const append = await appended;
    const frame = await nextFrame();
    // Let the focus move and any follow-up update land before counting.
    await el.updateComplete;
    await sleep(20);
    listRecords.push(...listObserver.takeRecords());
    outsideRecords.push(...rootObserver.takeRecords().filter((r) => !list.contains(r.target)));
    listObserver.disconnect();
    rootObserver.disconnect();

    const count = {
      liAdded: 0,
      otherElementsAdded: 0,
      commentsAdded: 0,
      textAdded: 0,
      removed: 0,
      attributes: 0,
      characterData: 0,
    };
    const attributeNames = new Set();
    for (const record of listRecords) {
      if (record.type === 'childList') {
        count.removed += record.removedNodes.length;
        for (const node of record.addedNodes) {
          if (node.nodeType === Node.COMMENT_NODE) count.commentsAdded++;
          else if (node.nodeType === Node.TEXT_NODE) count.textAdded++;
          else if (node.localName === 'li' && node.parentNode === list) count.liAdded++;
          else count.otherElementsAdded++;
        }
      } else if (record.type === 'attributes') {
        count.attributes++;
        attributeNames.add(`${record.target.localName}[${record.attributeName}]`);
      } else {
        count.characterData++;
      }
    }
    const after = [...list.children];
    const first = after[before.length]?.querySelector('a');
    return {
      click: append - start,
      frame: frame - start,
      items: after.length,
      ...count,
      attributeNames: [...attributeNames],
      sameList: root.querySelector('ul[part~="list"]') === list,
      sameItems: before.every((li, i) => after[i] === li),
      outside: outsideRecords.map((r) => (r.type === 'attributes' ? `${r.target.localName}[${r.attributeName}]` : r.type)),
      focusOnFirstNew: root.activeElement === first,
    };
  },

  /** The baseline's "Xem tiếp": fetch the next page and append 20 `<li>`. */
  async pageMoreBaseline({ key }) {
    reset();
    const block = await renderBaseline(stage, `/api/feed?count=1000&next=20&key=${key}`, 1000);
    await nextFrame();
    await idle();
    const start = performance.now();
    await appendPage(block);
    const append = performance.now();
    const frame = await nextFrame();
    if (block.list.children.length !== 1020) throw new Error('baseline did not append 20 items');
    return { click: append - start, frame: frame - start };
  },

  /** `count` `<news-list>` with one `src`: time until every one has loaded (and the next frame). */
  async shared({ key, count }) {
    reset();
    const src = `/api/feed?count=50&key=${key}`;
    const elements = Array.from({ length: count }, () => newsList(src, 10));
    const loads = elements.map(loaded);
    const start = performance.now();
    stage.append(...elements);
    const times = await Promise.all(loads);
    const frame = await nextFrame();
    const { count: requests } = await (await fetch(`/api/hits?endpoint=feed&key=${encodeURIComponent(key)}`)).json();
    return { first: Math.min(...times) - start, last: Math.max(...times) - start, frame: frame - start, requests };
  },

  /** Loads the three date formatters and the instants to format (the model's ISO form). */
  async prepareDates({ n }) {
    const [{ formatDate }, { format, TZDate }, feed] = await Promise.all([
      import('/lib/format/dates.js'),
      import('/bench/.build/date-fns.js'),
      fetch(`/api/feed?count=${n}&key=dates`).then((r) => r.json()),
    ]);
    const zone = 'Asia/Ho_Chi_Minh';
    const intl = new Intl.DateTimeFormat('vi-VN', { timeZone: zone, day: '2-digit', month: '2-digit', year: 'numeric' });
    const isos = feed.items.map((item) => new Date(item.date_published).toISOString());
    const library = (iso) => formatDate(iso, 'dd/MM/yyyy', 'vi', zone);
    dates = {
      isos,
      reference: isos.map(library),
      formatters: {
        library,
        dateFns: (iso) => format(new TZDate(iso, zone), 'dd/MM/yyyy'),
        intl: (iso) => intl.format(Date.parse(iso)),
      },
    };
    return { count: isos.length, first: isos[0], last: isos.at(-1) };
  },

  /** Formats every prepared instant with one formatter. */
  formatDates({ method }) {
    const { isos, formatters, reference } = dates;
    const formatter = formatters[method];
    const out = new Array(isos.length);
    const start = performance.now();
    for (let i = 0; i < isos.length; i++) out[i] = formatter(isos[i]);
    const ms = performance.now() - start;
    return { ms, mismatches: out.filter((text, i) => text !== reference[i]).length, sample: out[0] };
  },

  /**
   * `n` connect/disconnect cycles of one element kind:
   * - `fresh`: a new element each cycle, added, loaded, removed, dropped;
   * - `reuse`: one element added and removed `n` times;
   * - `abort`: a new element each cycle (memory cache off) removed while its request is in flight.
   */
  async cycles({ tag, mode, n }) {
    reset();
    const source = MEMORY_SOURCES[tag];
    const key = `memory-${tag}-${mode}`;
    const hits = async () => (await (await fetch(`/api/hits?endpoint=${source.endpoint}&key=${key}`)).json()).count;
    const requestsBefore = await hits();
    const make = () => {
      const el = document.createElement(tag);
      for (const [name, value] of Object.entries(source.attributes(key))) el.setAttribute(name, value);
      if (mode === 'abort') el.setAttribute('cache-ttl', '0');
      return el;
    };
    if (mode === 'reuse') {
      const el = make();
      const load = loaded(el);
      stage.append(el);
      await load;
      for (let i = 0; i < n; i++) {
        el.remove();
        stage.append(el);
        await el.updateComplete;
        if (i % 50 === 49) await sleep(0);
      }
      el.remove();
    } else {
      for (let i = 0; i < n; i++) {
        const el = make();
        const load = mode === 'fresh' ? loaded(el) : undefined;
        stage.append(el);
        if (load) await load;
        else await el.updateComplete;
        el.remove();
        if (i % 50 === 49) await sleep(0);
      }
    }
    reset();
    // Let aborted requests settle before the heap is measured.
    await sleep(50);
    return { cycles: n, requests: (await hits()) - requestsBefore };
  },
};

const MEMORY_SOURCES = {
  'news-list': { endpoint: 'feed', attributes: (key) => ({ src: `/api/feed?count=20&key=${key}`, limit: '20' }) },
  'related-articles': { endpoint: 'article', attributes: (key) => ({ 'article-src': `/api/article?key=${key}` }) },
  'website-links': { endpoint: 'links', attributes: (key) => ({ src: `/api/links?key=${key}` }) },
  'article-card': { endpoint: 'article', attributes: (key) => ({ src: `/api/article?key=${key}`, variant: 'full' }) },
};

let dates;

window.bench = bench;

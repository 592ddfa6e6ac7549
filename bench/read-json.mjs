// `node bench/read-json.mjs` (after `npm run build`): how long the library
// takes to read a generated 2,000-item JSON document from its bytes to the
// model (`readDocument`, as an element reads a response), in headless
// Chromium, against a floor: `TextDecoder` and `JSON.parse` (what the library
// does too) and a plain mapping of every field the model holds, with no
// checking, cleaning or bounding. Three documents of the same entries
// (Vietnamese titles of 20 to 160 characters, leads, HTML bodies, dates, tags,
// authors, from a seeded generator): a JSON Feed, Portal JSON (the same with
// `_portal` extensions and `+07:00` dates) and a WordPress REST `wp/v2/posts`
// answer with `_embed` (titles with character references, rendered excerpts).
// Rounds alternate the order of the readers in one tab; medians and ratios go
// to the console (and to OUT, a Markdown file, when set). Not part of `npm test`.
// Environment: CHROMIUM_PATH (default: the first Chromium or Chrome on PATH), BENCH_PORT (default:
// a free port), ROUNDS (default 15), PROFILE=jsonfeed|portal|wordpress (the
// phases of that reading and a CPU profile of where its time goes).

import { readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { launch, openBenchPage, serveFolder } from './harness.mjs';
import { CATEGORIES, seeded, text } from './seeded.mjs';

const ITEMS = 2000;
const ROUNDS = Number(process.env.ROUNDS ?? 15);

const AUTHORS = ['Minh Anh', 'Thu Hà', 'Quốc Hùng', 'Phòng Biên tập'];

/** One entry's content, the same for the three documents. */
function entries(seed) {
  const next = seeded(seed);
  return Array.from({ length: ITEMS }, (_, i) => ({
    i,
    time: Date.UTC(2026, 10, 30, 12) - i * 3_600_000,
    title: text(next, 20 + Math.floor(next() * 140)),
    summary: text(next, 80 + Math.floor(next() * 160)),
    body: `<p>${text(next, 100 + Math.floor(next() * 300))}</p>`,
    tag: Math.floor(next() * CATEGORIES.length),
    author: AUTHORS[Math.floor(next() * AUTHORS.length)],
  }));
}

const isoAt = (time, hours) => new Date(time + hours * 3_600_000).toISOString().slice(0, 19);

/** The fields a JSON Feed item and a Portal JSON item share. */
const feedItem = (entry) => ({
  id: `tin-${entry.i}`,
  url: `https://portal.example/tin/${entry.i}.html`,
  title: entry.title,
  summary: entry.summary,
  content_html: entry.body,
  image: `https://portal.example/anh/${entry.i}.jpg`,
  authors: [{ name: entry.author }],
  tags: [CATEGORIES[entry.tag]],
});

/** A JSON Feed 1.1 of `items`. */
const feedOf = (items) =>
  JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Tin mới',
    home_page_url: 'https://portal.example/',
    items,
  });

/** A JSON Feed 1.1, as a generator writes it (UTC dates with milliseconds). */
const jsonFeed = () =>
  feedOf(entries(2028).map((entry) => ({ ...feedItem(entry), date_published: new Date(entry.time).toISOString() })));

/** Portal JSON: the same with the `_portal` extensions a portal writes, and its own wall-clock dates with their offset. */
const portalJson = () =>
  feedOf(
    entries(2029).map((entry) => ({
      ...feedItem(entry),
      date_published: `${isoAt(entry.time, 7)}+07:00`,
      date_modified: `${isoAt(entry.time + 600_000, 7)}+07:00`,
      _portal: {
        image_alt: entry.title.slice(0, 40),
        image_caption: entry.summary.slice(0, 60),
        image_sizes: [480, 960].map((width) => ({ url: `https://portal.example/anh/${entry.i}-${width}.jpg`, width })),
        category: { id: `${entry.tag}`, name: CATEGORIES[entry.tag], url: `https://portal.example/chuyen-muc/${entry.tag}/` },
      },
    })),
  );

/** A `wp/v2/posts?_embed` answer: rendered HTML fields with the references WordPress writes, GMT and local dates. */
const wordPress = () =>
  JSON.stringify(
    entries(2030).map((entry) => ({
      id: 1000 + entry.i,
      date: isoAt(entry.time, 7),
      date_gmt: isoAt(entry.time, 0),
      modified: isoAt(entry.time + 600_000, 7),
      modified_gmt: isoAt(entry.time + 600_000, 0),
      link: `https://portal.example/${entry.i}/tin-moi/`,
      title: { rendered: entry.title.replace(' ', ' &#8211; ') },
      content: { rendered: entry.body, protected: false },
      excerpt: { rendered: `<p>${entry.summary} [&hellip;]</p>\n`, protected: false },
      _embedded: {
        author: [{ id: 1, name: entry.author }],
        'wp:featuredmedia': [
          {
            source_url: `https://portal.example/wp-content/uploads/${entry.i}.jpg`,
            alt_text: entry.title.slice(0, 40),
            media_details: {
              width: 1200,
              height: 800,
              sizes: {
                medium: {
                  width: 300,
                  height: 200,
                  source_url: `https://portal.example/wp-content/uploads/${entry.i}-300x200.jpg`,
                },
                thumbnail: {
                  width: 150,
                  height: 150,
                  source_url: `https://portal.example/wp-content/uploads/${entry.i}-150x150.jpg`,
                },
              },
            },
          },
        ],
        'wp:term': [
          [{ id: entry.tag, name: CATEGORIES[entry.tag], taxonomy: 'category', link: `https://portal.example/c/${entry.tag}/` }],
          [{ id: 100 + entry.tag, name: 'Tin nổi bật', taxonomy: 'post_tag', link: 'https://portal.example/t/noi-bat/' }],
        ],
      },
    })),
  );

const JSON_FLOORS = await readFile(new URL('./json-floors.js', import.meta.url));

const PAGE = `<!doctype html><meta charset="utf-8"><script type="module" src="/bench.js"></script>`;

// The floors (bench/json-floors.js): what reading costs with no checking, cleaning or bounding.
const SCRIPT = `
import { readDocument } from '/lib/data/read.js';
import { jsonFeedItem, portalItem, wordPressPost } from '/json-floors.js';
const sets = ['jsonfeed', 'portal', 'wordpress'];
const bytes = Object.fromEntries(await Promise.all(sets.map(async (set) =>
  [set, new Uint8Array(await (await fetch('/' + set + '.json')).arrayBuffer())])));
const types = { jsonfeed: 'application/feed+json', portal: 'application/feed+json', wordpress: 'application/json; charset=UTF-8' };
let reads = 0;
// A new URL per read: the reader keeps the last models per URL and bytes.
const read = async (set) => {
  const document = await readDocument({ bytes: bytes[set], contentType: types[set], url: 'https://portal.example/feed?' + reads++ });
  return document.feed.items.length;
};
const parse = (set) => JSON.parse(new TextDecoder().decode(bytes[set]));
const base = 'https://portal.example/feed';
const floors = {
  jsonfeed: () => parse('jsonfeed').items.map(jsonFeedItem).length,
  portal: () => parse('portal').items.map(portalItem).length,
  wordpress: () => parse('wordpress').map(wordPressPost).length,
};
const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
globalThis.measure = async (set, rounds) => {
  const readers = [['library', () => read(set)], ['floor', floors[set]]];
  const times = { library: [], floor: [] };
  for (let round = 0; round < rounds + 2; round++) {
    // Each round starts with the other reader: neither always runs first.
    const order = round % 2 ? [...readers].reverse() : readers;
    for (const [name, reader] of order) {
      const start = performance.now();
      const items = await reader();
      const time = performance.now() - start;
      if (items !== ${ITEMS}) throw new Error(name + ' read ' + items + ' items of ' + set);
      // The first two rounds warm up the engine.
      if (round >= 2) times[name].push(time);
    }
  }
  return { library: median(times.library), floor: median(times.floor) };
};
globalThis.phases = async (set, rounds) => {
  const { finish } = await import('/lib/data/steps.js');
  const { jsonFeedSteps } = await import('/lib/data/json-feed.js');
  const { wordPressSteps } = await import('/lib/data/wordpress.js');
  const adapter = set === 'wordpress' ? wordPressSteps : jsonFeedSteps;
  const times = { 'decode (TextDecoder)': [], 'JSON.parse': [], 'adapter (all items)': [], 'whole readDocument': [] };
  for (let round = 0; round < rounds; round++) {
    let start = performance.now();
    const text = new TextDecoder().decode(bytes[set]);
    times['decode (TextDecoder)'].push(performance.now() - start);
    start = performance.now();
    const doc = JSON.parse(text);
    times['JSON.parse'].push(performance.now() - start);
    start = performance.now();
    finish(adapter(doc, base + '?phase' + round, 'Asia/Ho_Chi_Minh'));
    times['adapter (all items)'].push(performance.now() - start);
    start = performance.now();
    await read(set);
    times['whole readDocument'].push(performance.now() - start);
  }
  return Object.fromEntries(Object.entries(times).map(([name, values]) => [name, median(values)]));
};
globalThis.profileLibrary = async (set, rounds) => {
  for (let round = 0; round < rounds; round++) await read(set);
};
globalThis.ready = true;
`;

function serve() {
  const documents = { jsonfeed: jsonFeed(), portal: portalJson(), wordpress: wordPress() };
  const routes = new Map([
    ['/', ['text/html; charset=utf-8', PAGE]],
    ['/bench.js', ['text/javascript; charset=utf-8', SCRIPT]],
    ['/json-floors.js', ['text/javascript; charset=utf-8', JSON_FLOORS]],
  ]);
  for (const [name, body] of Object.entries(documents)) routes.set(`/${name}.json`, ['application/json', body]);
  return serveFolder('lib', routes);
}

/** A function's place in the profile: its name and where it is in `lib/`. */
const where = ({ functionName, url, lineNumber }) =>
  `${functionName || '(anonymous)'} ${url.replace(/^.*\/lib\//, 'lib/')}:${lineNumber + 1}`;

/** The phases of one reading, then where its time goes in a CPU profile of 5 reads: inclusive time of the library's functions, self time of all. */
async function profile(page, set) {
  const phases = await page.evaluate((name) => globalThis.phases(name, 9), set);
  console.log(`Phases of the ${set} reading (median of 9):`);
  for (const [name, time] of Object.entries(phases)) console.log(`  ${name.padEnd(22)} ${time.toFixed(1)} ms`);
  const session = await page.createCDPSession();
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 100 });
  await session.send('Profiler.start');
  await page.evaluate((name) => globalThis.profileLibrary(name, 5), set);
  const { profile: cpu } = await session.send('Profiler.stop');
  const interval = (cpu.endTime - cpu.startTime) / cpu.samples.length / 1000;
  const byId = new Map(cpu.nodes.map((node) => [node.id, node]));
  const parent = new Map(cpu.nodes.flatMap((node) => (node.children ?? []).map((child) => [child, node.id])));
  const self = new Map();
  const inclusive = new Map();
  for (const id of cpu.samples) {
    const key = where(byId.get(id).callFrame);
    self.set(key, (self.get(key) ?? 0) + interval);
    // Each sample counts once for every function of the library on its stack.
    const seen = new Set();
    for (let node = id; node !== undefined; node = parent.get(node)) {
      const { callFrame } = byId.get(node);
      if (!callFrame.url.includes('/lib/') || seen.has(where(callFrame))) continue;
      seen.add(where(callFrame));
      inclusive.set(where(callFrame), (inclusive.get(where(callFrame)) ?? 0) + interval);
    }
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const show = (title, map, count) => {
    console.log(title);
    for (const [key, time] of [...map].sort((a, b) => b[1] - a[1]).slice(0, count)) {
      console.log(`  ${((time / total) * 100).toFixed(1).padStart(5)} %  ${key}`);
    }
  };
  show('Inclusive time in 5 reads by the library:', inclusive, 25);
  show('Self time in 5 reads:', self, 25);
}

const server = await serve();
const browser = await launch();
try {
  const page = await openBenchPage(browser, server);
  const names = { jsonfeed: 'JSON Feed', portal: 'Portal JSON', wordpress: 'WordPress REST (_embed)' };
  const ms = (value) => `${value.toFixed(1).padStart(6)} ms`;
  const lines = [`Reading a generated ${ITEMS}-item document, bytes → model, median of ${ROUNDS} alternating rounds:`];
  for (const set of Object.keys(names)) {
    const { library, floor } = await page.evaluate((name, rounds) => globalThis.measure(name, rounds), set, ROUNDS);
    const size = await page.evaluate(async (name) => (await (await fetch(`/${name}.json`)).arrayBuffer()).byteLength, set);
    lines.push(
      `  ${`${names[set]} (${(size / 1e6).toFixed(2)} MB)`.padEnd(36)} library ${ms(library)}   floor ${ms(floor)}   library / floor ${(library / floor).toFixed(2)}×`,
    );
  }
  lines.push(`Load average ${loadavg()[0].toFixed(2)} on ${cpus().length} cores at the end.`);
  console.log(lines.join('\n'));
  if (process.env.PROFILE) await profile(page, Object.hasOwn(names, process.env.PROFILE) ? process.env.PROFILE : 'jsonfeed');
  if (process.env.OUT) await writeFile(process.env.OUT, `\`\`\`\n${lines.join('\n')}\n\`\`\`\n`);
} finally {
  await browser.close();
  server.close();
}

// `node bench/read-rss.mjs` (after `npm run build`): how long the library
// takes to read a generated 2,000-item RSS feed (about 1.6 MB: titles of 20 to
// 160 characters, HTML descriptions, categories, enclosures, Vietnamese text,
// from a seeded generator) from its bytes to the model (`readDocument`, as an
// element reads a response), in headless Chromium, against `rss-parser` (its
// browser build, in the same page) and a floor of a bare `DOMParser` and
// `querySelectorAll` reading the same fields; the same entries as Atom, against
// the same three. Then a 2,000-item JSON Feed
// against `JSON.parse` plus a plain mapping of the same fields. Rounds
// alternate the order of the readers in one tab; medians and ratios go to the
// console (and to OUT, a Markdown file, when set). Not part of `npm test`.
// Environment: CHROMIUM_PATH (default: the first Chromium or Chrome on PATH), BENCH_PORT
// (default: a free port), ROUNDS (default 15).

import { readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { launch, openBenchPage, serveFolder } from './harness.mjs';
import { CATEGORIES, seeded, text } from './seeded.mjs';

const RSS_PARSER = fileURLToPath(new URL('../node_modules/rss-parser/dist/rss-parser.min.js', import.meta.url));
const ITEMS = 2000;
const ROUNDS = Number(process.env.ROUNDS ?? 15);

/** An RSS 2.0 feed as Vietnamese portals write them: CDATA or escaped titles and bodies, RFC 822 dates, enclosures. */
function generatedFeed(items) {
  const next = seeded(2027);
  const item = (i) => {
    const date = new Date(Date.UTC(2026, 10, 30, 12) - i * 3_600_000).toUTCString().replace('GMT', '+0700');
    const title = text(next, 20 + Math.floor(next() * 140));
    const paragraphs = Array.from(
      { length: 1 + Math.floor(next() * 2) },
      () =>
        `<p>${text(next, 30 + Math.floor(next() * 80))} <strong>${text(next, 12)}</strong> <a href="/tin/${i}.html">${text(next, 10)}</a>.</p>`,
    );
    const description = `<p><img src="https://portal.example/anh/${i}.jpg" alt="${text(next, 16)}" width="180"></p>${paragraphs.join('')}`;
    const categories = Array.from(
      { length: 1 + Math.floor(next() * 2) },
      () => CATEGORIES[Math.floor(next() * CATEGORIES.length)],
    );
    const escaped = next() < 0.3;
    return `<item>
  <title>${escaped ? title.replace(/ /, ' &amp; ') : `<![CDATA[${title}]]>`}</title>
  <link>https://portal.example/tin/${i}.html</link>
  <guid isPermaLink="false">tin-${i}</guid>
  <description>${escaped ? description.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : `<![CDATA[${description}]]>`}</description>
${categories.map((name) => `  <category>${name}</category>`).join('\n')}
  <enclosure url="https://portal.example/anh/${i}-lon.jpg" type="image/jpeg" length="${10_000 + Math.floor(next() * 90_000)}"/>
  <pubDate>${date}</pubDate>
</item>`;
  };
  const body = Array.from({ length: items }, (_, i) => item(i)).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Tin mới</title><link>https://portal.example/</link><language>vi</language>
${body}
</channel></rss>`;
}

/** The RSS feed's entries as Atom 1.0: `type="html"` text and bodies, `<link rel="enclosure">`, RFC 3339 dates. */
function generatedAtom(items) {
  /** The text of the item's `name` element, CDATA or escaped. */
  const fieldOf = (item, name) => new RegExp(`<${name}>(?:<!\\[CDATA\\[)?([\\s\\S]*?)(?:\\]\\]>)?</${name}>`).exec(item)[1];
  /** Text as escaped HTML: CDATA's markup escaped, what was escaped already kept. */
  const escaped = (value) => (/&(?:lt|amp);/.test(value) ? value : value.replace(/&/g, '&amp;').replace(/</g, '&lt;'));
  const entries = [...generatedFeed(items).matchAll(/<item>[\s\S]*?<\/item>/g)].map(([item], i) => {
    const categories = [...item.matchAll(/<category>([^<]*)<\/category>/g)].map(([, name]) => `  <category term="${name}"/>`);
    const updated = new Date(Date.UTC(2026, 10, 30, 5) - i * 3_600_000).toISOString().replace('.000Z', '+07:00');
    return `<entry>
  <id>urn:tin:${i}</id>
  <title type="html">${escaped(fieldOf(item, 'title'))}</title>
  <link rel="alternate" type="text/html" href="https://portal.example/tin/${i}.html"/>
  <link rel="enclosure" type="image/jpeg" href="https://portal.example/anh/${i}-lon.jpg"/>
  <updated>${updated}</updated>
  <summary type="html">${escaped(fieldOf(item, 'description'))}</summary>
${categories.join('\n')}
</entry>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi"><title>Tin mới</title><id>https://portal.example/</id><link href="https://portal.example/"/><updated>2026-11-30T19:00:00+07:00</updated>
${entries.join('\n')}
</feed>`;
}

/** The same entries as a JSON Feed. */
function generatedJsonFeed(items) {
  const next = seeded(2028);
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Tin mới',
    home_page_url: 'https://portal.example/',
    items: Array.from({ length: items }, (_, i) => ({
      id: `tin-${i}`,
      url: `https://portal.example/tin/${i}.html`,
      title: text(next, 20 + Math.floor(next() * 140)),
      summary: text(next, 80 + Math.floor(next() * 160)),
      content_html: `<p>${text(next, 100 + Math.floor(next() * 300))}</p>`,
      image: `https://portal.example/anh/${i}.jpg`,
      date_published: new Date(Date.UTC(2026, 10, 30, 12) - i * 3_600_000).toISOString(),
      tags: [CATEGORIES[Math.floor(next() * CATEGORIES.length)]],
    })),
  });
}

const PAGE = `<!doctype html><meta charset="utf-8"><script src="/rss-parser.js"></script><script type="module" src="/bench.js"></script>`;

const SCRIPT = `
import { readDocument } from '/lib/data/read.js';
import { jsonFeedItem } from '/json-floors.js';
const rssBytes = new Uint8Array(await (await fetch('/feed.xml')).arrayBuffer());
const jsonBytes = new Uint8Array(await (await fetch('/feed.json')).arrayBuffer());
const atomBytes = new Uint8Array(await (await fetch('/atom.xml')).arrayBuffer());
let reads = 0;
// A new URL per read: the reader keeps the last models per URL and bytes.
const read = async (bytes, type) =>
  (await readDocument({ bytes, contentType: type, url: 'https://portal.example/feed?' + reads++ })).feed.items.length;
const text = (el, selector) => el.querySelector(selector)?.textContent?.trim();
const rssReaders = {
  library: () => read(rssBytes, 'application/rss+xml; charset=utf-8'),
  'rss-parser': async () => (await new RSSParser().parseString(new TextDecoder().decode(rssBytes))).items.length,
  floor: () => {
    const doc = new DOMParser().parseFromString(new TextDecoder().decode(rssBytes), 'application/xml');
    return [...doc.querySelectorAll('item')].map((item) => ({
      title: text(item, 'title'),
      url: text(item, 'link'),
      id: text(item, 'guid'),
      summary: text(item, 'description'),
      categories: [...item.querySelectorAll('category')].map((el) => el.textContent),
      image: item.querySelector('enclosure')?.getAttribute('url'),
      date: Date.parse(text(item, 'pubDate') ?? ''),
    })).length;
  },
};
const atomReaders = {
  library: () => read(atomBytes, 'application/atom+xml; charset=utf-8'),
  'rss-parser': async () => (await new RSSParser().parseString(new TextDecoder().decode(atomBytes))).items.length,
  floor: () => {
    const doc = new DOMParser().parseFromString(new TextDecoder().decode(atomBytes), 'application/xml');
    return [...doc.querySelectorAll('entry')].map((entry) => ({
      title: text(entry, 'title'),
      url: entry.querySelector('link[rel="alternate"]')?.getAttribute('href'),
      id: text(entry, 'id'),
      summary: text(entry, 'summary'),
      categories: [...entry.querySelectorAll('category')].map((el) => el.getAttribute('term')),
      image: entry.querySelector('link[rel="enclosure"]')?.getAttribute('href'),
      date: Date.parse(text(entry, 'updated') ?? ''),
    })).length;
  },
};
const jsonReaders = {
  library: () => read(jsonBytes, 'application/feed+json'),
  // Every field the model holds: the floor of bench/read-json.mjs.
  floor: () => JSON.parse(new TextDecoder().decode(jsonBytes)).items.map(jsonFeedItem).length,
};
const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
globalThis.measure = async (set, rounds) => {
  const readers = Object.entries({ rss: rssReaders, atom: atomReaders, json: jsonReaders }[set]);
  const times = Object.fromEntries(readers.map(([name]) => [name, []]));
  for (let round = 0; round < rounds + 2; round++) {
    // Each round starts with another reader: none always runs first (or after the same one).
    const order = readers.map((_, i) => readers[(i + round) % readers.length]);
    for (const [name, reader] of order) {
      const start = performance.now();
      const items = await reader();
      const time = performance.now() - start;
      if (items !== ${ITEMS}) throw new Error(name + ' read ' + items + ' items');
      // The first two rounds warm up the engine.
      if (round >= 2) times[name].push(time);
    }
  }
  return Object.fromEntries(Object.entries(times).map(([name, values]) => [name, median(values)]));
};
globalThis.phases = async (rounds) => {
  const { decodeXml, parseXmlFeed } = await import('/lib/data/rss-atom.js');
  const { repairXmlSteps } = await import('/lib/data/xml/repair.js');
  const { finish } = await import('/lib/data/steps.js');
  const repairXml = (text) => finish(repairXmlSteps(text));
  const times = { decode: [], 'token pass (tree)': [], 'whole parseXmlFeed': [] };
  for (let round = 0; round < rounds; round++) {
    let start = performance.now();
    const text = decodeXml(rssBytes, 'utf-8');
    times.decode.push(performance.now() - start);
    start = performance.now();
    repairXml(text);
    times['token pass (tree)'].push(performance.now() - start);
    start = performance.now();
    parseXmlFeed(text, 'https://portal.example/');
    times['whole parseXmlFeed'].push(performance.now() - start);
  }
  return Object.fromEntries(Object.entries(times).map(([name, values]) => [name, median(values)]));
};
globalThis.profileLibrary = async (set, rounds) => {
  for (let round = 0; round < rounds; round++) await { rss: rssReaders, atom: atomReaders, json: jsonReaders }[set].library();
};
globalThis.ready = true;
`;

async function serve() {
  return serveFolder(
    'lib',
    new Map([
      ['/', ['text/html; charset=utf-8', PAGE]],
      ['/bench.js', ['text/javascript; charset=utf-8', SCRIPT]],
      ['/feed.xml', ['application/rss+xml; charset=utf-8', Buffer.from(generatedFeed(ITEMS))]],
      ['/feed.json', ['application/feed+json', Buffer.from(generatedJsonFeed(ITEMS))]],
      ['/atom.xml', ['application/atom+xml; charset=utf-8', Buffer.from(generatedAtom(ITEMS))]],
      ['/rss-parser.js', ['text/javascript; charset=utf-8', await readFile(RSS_PARSER)]],
      ['/json-floors.js', ['text/javascript; charset=utf-8', await readFile(new URL('./json-floors.js', import.meta.url))]],
    ]),
  );
}

/** PROFILE=1 (or PROFILE=atom, PROFILE=json): where the library's RSS (Atom, JSON Feed) reading spends its time, from a CPU profile of 5 reads. */
async function profile(page) {
  const phases = await page.evaluate(() => globalThis.phases(7));
  console.log('Phases of the RSS reading (median of 7):');
  for (const [name, time] of Object.entries(phases)) console.log(`  ${name.padEnd(20)} ${time.toFixed(1)} ms`);
  const session = await page.createCDPSession();
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 200 });
  await session.send('Profiler.start');
  await page.evaluate(
    (set) => globalThis.profileLibrary(set, 5),
    ['json', 'atom'].includes(process.env.PROFILE) ? process.env.PROFILE : 'rss',
  );
  const { profile: cpu } = await session.send('Profiler.stop');
  const self = new Map();
  const interval = (cpu.endTime - cpu.startTime) / cpu.samples.length / 1000;
  const byId = new Map(cpu.nodes.map((node) => [node.id, node]));
  for (const id of cpu.samples) {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    const key = `${functionName || '(anonymous)'} ${url.replace(/^.*\/lib\//, 'lib/')}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + interval);
  }
  // Inclusive time of the library's own functions: each sample counts once for every function on its stack.
  const parent = new Map(cpu.nodes.flatMap((node) => (node.children ?? []).map((child) => [child, node.id])));
  const inclusive = new Map();
  for (const id of cpu.samples) {
    const seen = new Set();
    for (let node = id; node !== undefined; node = parent.get(node)) {
      const { functionName, url, lineNumber } = byId.get(node).callFrame;
      if (!url.includes('/lib/')) continue;
      const key = `${functionName || '(anonymous)'} ${url.replace(/^.*\/lib\//, 'lib/')}:${lineNumber + 1}`;
      if (!seen.has(key)) inclusive.set(key, (inclusive.get(key) ?? 0) + interval);
      seen.add(key);
    }
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log('Inclusive time in 5 reads by the library:');
  for (const [key, time] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
    console.log(`  ${((time / total) * 100).toFixed(1).padStart(5)} %  ${key}`);
  }
  console.log('Self time in 5 reads by the library:');
  for (const [key, time] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
    console.log(`  ${((time / total) * 100).toFixed(1).padStart(5)} %  ${key}`);
  }
}

const server = await serve();
const browser = await launch();
try {
  const page = await openBenchPage(browser, server);
  const rss = await page.evaluate((rounds) => globalThis.measure('rss', rounds), ROUNDS);
  const atom = await page.evaluate((rounds) => globalThis.measure('atom', rounds), ROUNDS);
  const json = await page.evaluate((rounds) => globalThis.measure('json', rounds), ROUNDS);
  const ms = (value) => `${value.toFixed(1)} ms`;
  const sizes = await page.evaluate(async () =>
    Promise.all(['/feed.xml', '/feed.json', '/atom.xml'].map(async (url) => (await (await fetch(url)).arrayBuffer()).byteLength)),
  );
  const load = loadavg()[0];
  const lines = [
    `Reading a generated ${ITEMS}-item RSS (${(sizes[0] / 1e6).toFixed(2)} MB), bytes → model, median of ${ROUNDS} alternating rounds:`,
    `  library (readDocument)                  ${ms(rss.library)}`,
    `  rss-parser (parseString)                ${ms(rss['rss-parser'])}   library / rss-parser ${(rss.library / rss['rss-parser']).toFixed(2)}×`,
    `  floor (DOMParser + querySelectorAll)    ${ms(rss.floor)}   library / floor ${(rss.library / rss.floor).toFixed(2)}×`,
    `Reading the same entries as Atom (${(sizes[2] / 1e6).toFixed(2)} MB), bytes → model:`,
    `  library (readDocument)                  ${ms(atom.library)}`,
    `  rss-parser (parseString)                ${ms(atom['rss-parser'])}   library / rss-parser ${(atom.library / atom['rss-parser']).toFixed(2)}×`,
    `  floor (DOMParser + querySelectorAll)    ${ms(atom.floor)}   library / floor ${(atom.library / atom.floor).toFixed(2)}×`,
    `Reading a generated ${ITEMS}-item JSON Feed (${(sizes[1] / 1e6).toFixed(2)} MB), bytes → model:`,
    `  library (readDocument)                  ${ms(json.library)}`,
    `  floor (JSON.parse + a plain mapping)    ${ms(json.floor)}   library / floor ${(json.library / json.floor).toFixed(2)}×`,
    `Load average ${load.toFixed(2)} on ${cpus().length} cores at the end.`,
  ];
  console.log(lines.join('\n'));
  if (process.env.PROFILE) await profile(page);
  if (process.env.OUT) await writeFile(process.env.OUT, `\`\`\`\n${lines.join('\n')}\n\`\`\`\n`);
} finally {
  await browser.close();
  server.close();
}

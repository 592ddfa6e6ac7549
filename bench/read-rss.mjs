// `node bench/read-rss.mjs` (after `npm run build`): how long the library
// takes to read a generated 2,000-item RSS feed (about 1.6 MB) from its bytes
// to the model, in headless Chromium, against a floor of a bare `DOMParser`
// and `querySelectorAll` reading the same fields. Rounds alternate between
// the two in one tab; the medians and their ratio go to the console. Not part
// of `npm test`. Environment: CHROMIUM_PATH (default /usr/bin/chromium),
// BENCH_PORT (default: a free port), ROUNDS (default 15).

import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const LIB = fileURLToPath(new URL('../lib/', import.meta.url));
const ITEMS = 2000;
const ROUNDS = Number(process.env.ROUNDS ?? 15);

/** An RSS 2.0 feed as a Vietnamese portal writes one: CDATA titles and bodies, RFC 822 dates, thumbnails. */
function generatedFeed(items) {
  const item = (i) => {
    const date = new Date(Date.UTC(2026, 10, 30, 12) - i * 3_600_000).toUTCString().replace('GMT', '+0000');
    const lead = `Tin số ${i}: Hội nghị triển khai nhiệm vụ phát triển kinh tế - xã hội năm 2027 của tỉnh, với sự tham dự của lãnh đạo các sở, ngành. `;
    return `<item>
  <title><![CDATA[Hải Dương: ${i} nhiệm vụ trọng tâm để thực hiện Nghị quyết Đại hội]]></title>
  <link>https://portal.example/tin/${i}.html</link>
  <guid isPermaLink="false">tin-${i}</guid>
  <description><![CDATA[<p><img src="https://portal.example/anh/${i}.jpg" alt=""> ${lead.repeat(4)}</p>]]></description>
  <category>Chính trị</category>
  <media:thumbnail url="https://portal.example/anh/${i}-nho.jpg"/>
  <pubDate>${date}</pubDate>
</item>`;
  };
  const body = Array.from({ length: items }, (_, i) => item(i)).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>Tin mới</title><link>https://portal.example/</link>
${body}
</channel></rss>`;
}

const PAGE = `<!doctype html><meta charset="utf-8"><script type="module" src="/bench.js"></script>`;

const SCRIPT = `
import { decodeXml, parseXmlFeed } from '/lib/data/rss-atom.js';
const bytes = new Uint8Array(await (await fetch('/feed.xml')).arrayBuffer());
const library = () => parseXmlFeed(decodeXml(bytes, 'utf-8'), 'https://portal.example/rss.xml').items.length;
const text = (el, selector) => el.querySelector(selector)?.textContent?.trim();
const floor = () => {
  const doc = new DOMParser().parseFromString(new TextDecoder().decode(bytes), 'application/xml');
  return [...doc.querySelectorAll('item')].map((item) => ({
    title: text(item, 'title'),
    url: text(item, 'link'),
    id: text(item, 'guid'),
    summary: text(item, 'description'),
    date: Date.parse(text(item, 'pubDate') ?? ''),
  })).length;
};
const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
globalThis.measure = (rounds) => {
  const times = { library: [], floor: [] };
  for (let round = 0; round < rounds + 2; round++) {
    for (const [name, read] of round % 2 ? [['floor', floor], ['library', library]] : [['library', library], ['floor', floor]]) {
      const start = performance.now();
      const items = read();
      const time = performance.now() - start;
      if (items !== ${ITEMS}) throw new Error(name + ' read ' + items + ' items');
      // The first two rounds warm up the engine.
      if (round >= 2) times[name].push(time);
    }
  }
  return { library: median(times.library), floor: median(times.floor), bytes: bytes.length };
};
globalThis.ready = true;
`;

function serve() {
  const feed = Buffer.from(generatedFeed(ITEMS));
  const server = createServer(async (request, response) => {
    const path = new URL(request.url, 'http://127.0.0.1').pathname;
    const send = (type, body) => {
      response.writeHead(200, { 'Content-Type': type });
      response.end(body);
    };
    if (path === '/') return send('text/html; charset=utf-8', PAGE);
    if (path === '/bench.js') return send('text/javascript; charset=utf-8', SCRIPT);
    if (path === '/feed.xml') return send('application/rss+xml; charset=utf-8', feed);
    const file = normalize(resolve(LIB, `.${path.replace(/^\/lib/, '')}`));
    if (!path.startsWith('/lib/') || !file.startsWith(LIB.replace(/[\\/]$/, '') + sep)) {
      response.writeHead(404);
      return response.end();
    }
    try {
      send('text/javascript; charset=utf-8', await readFile(file));
    } catch {
      response.writeHead(404);
      response.end();
    }
  });
  return new Promise((ready) => server.listen(Number(process.env.BENCH_PORT ?? 0), '127.0.0.1', () => ready(server)));
}

const server = await serve();
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
});
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => globalThis.ready === true);
  const result = await page.evaluate((rounds) => globalThis.measure(rounds), ROUNDS);
  const ms = (value) => `${value.toFixed(1)} ms`;
  console.log(
    `Reading a generated ${ITEMS}-item RSS (${(result.bytes / 1e6).toFixed(2)} MB), bytes → model, median of ${ROUNDS} alternating rounds:`,
  );
  console.log(`  library (decodeXml + parseXmlFeed)      ${ms(result.library)}`);
  console.log(`  floor (DOMParser + querySelectorAll)    ${ms(result.floor)}`);
  console.log(`  ratio                                   ${(result.library / result.floor).toFixed(2)}×`);
} finally {
  await browser.close();
  server.close();
}

import { expect } from '@open-wc/testing';
import { frameMessage } from '../hardening/harness.js';
// @ts-expect-error: a plain module shared with the page itself
import { bodyContent, embedRatios, readBlocks, styled } from './read-blocks.js';

// The seed article page's blocks built from server-rendered snapshots
// (test/server/pages.mjs), under the README's strict policy with the style
// hashes of `portal-widgets csp`: read without JavaScript, taken over by
// dist/ssr/portal-widgets.js, and compared with the same blocks rendered
// by the browser alone.

interface Block {
  tag: string;
  headings: string[];
  links: [string, string][];
  options: [string, string, string][];
  dates: [string, string][];
}

/** What an article body shows, by role. */
interface BodyContent {
  headings: [number, string][];
  paragraphs: string[];
  links: [string, string][];
  items: string[];
}

interface Report {
  shifts: number[];
  /** The top of each element a shift moved: before, after. */
  moved: [number, number][];
  violations: string[];
  removed: string[];
  errors: string[];
  blocks: Block[];
  bodies: string[][];
  embeds: number[][];
  styled: boolean;
  content: BodyContent[][];
  /** The parts of each block that show a state (error, empty, stale, loading). */
  states: string[][];
  /** For each block, the top of its article body and of what is above it, before the take-over and after. */
  tops: { before: number[][]; after: number[][] };
}

/**
 * The seed page's blocks, the seed article alone (`full`), a full article with embeds (`embed`),
 * or one rendered by a server without jsdom (`text`).
 */
type Article = '' | 'full' | 'embed' | 'text';

/** The page's `<html lang>`, and the page language the server is told (none: it renders `vi`). */
interface Langs {
  page?: 'en';
  server?: 'en';
}

const langQuery = ({ page, server }: Langs) => `${page ? `&page-lang=${page}` : ''}${server ? `&server-lang=${server}` : ''}`;

const pageUrl = (mode: string, hashes = true, article: Article = '', langs: Langs = {}) =>
  `/test/server/page.html?mode=${mode}${hashes ? '' : '&hashes=0'}${article ? `&article=${article}` : ''}${langQuery(langs)}`;

/** Loads the page (or a full article's, `article`) in a frame and resolves with its report. */
async function withScript(mode: 'ssr' | 'ssr-plain' | 'client', article: Article = '', langs: Langs = {}): Promise<Report> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 760px; height: 900px; border: 0';
  const message = frameMessage<Report>(frame, `${mode} page report`, 20000);
  frame.src = pageUrl(mode, true, article, langs);
  document.body.append(frame);
  try {
    return await message;
  } finally {
    frame.remove();
  }
}

/** What the page shows without script. */
interface Unscripted {
  blocks: Block[];
  content: BodyContent[][];
  styled: boolean;
  scripted: boolean;
}

/** Loads the page (or a full article's, `article`) in a frame whose sandbox runs no script, and reads it. */
async function withoutScript(hashes = true, langs: Langs = {}, article: Article = ''): Promise<Unscripted> {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.cssText = 'width: 760px; height: 900px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = pageUrl('nojs', hashes, article, langs);
  document.body.append(frame);
  try {
    await loaded;
    const page = frame.contentDocument!;
    // No element is defined: what shows is the HTML alone.
    const scripted = !!frame.contentWindow!.customElements.get('news-list');
    const content = bodyContent(page) as BodyContent[][];
    return { blocks: readBlocks(page) as Block[], content, styled: styled(page) as boolean, scripted };
  } finally {
    frame.remove();
  }
}

describe('server-rendered blocks', function () {
  this.timeout(30000);

  it('give each element a declarative shadow root that a reader without JavaScript sees as the live element shows it', async () => {
    const [off, live] = [await withoutScript(), await withScript('client')];
    expect(off.scripted).to.equal(false);
    expect(live.errors).to.deep.equal([]);
    expect(off.blocks.map((block) => block.tag)).to.deep.equal([
      'website-links',
      'article-card',
      'news-list',
      'related-articles',
      'news-list',
      'news-list',
    ]);
    for (const [i, block] of off.blocks.entries()) {
      // Something to see in every block, and exactly what the element shows once it renders by itself.
      expect(block.headings.length + block.links.length + block.options.length, block.tag).to.be.greaterThan(0);
      expect(block, `${block.tag} (block ${i + 1})`).to.deep.equal(live.blocks[i]);
    }
    // The select keeps its groups; the lists their dates; the cards their links.
    const [links, card, newer, related, cards, byDay] = off.blocks;
    expect(links.options.filter(([, , group]) => group).length).to.be.greaterThan(3);
    expect(card.links.length).to.be.greaterThan(0);
    expect(card.dates.length).to.equal(1);
    expect(newer.dates.length).to.equal(newer.links.length);
    expect(related.links.length).to.be.greaterThan(2);
    expect(cards.links.length).to.be.greaterThan(1);
    expect(byDay.dates.length).to.equal(3);
    for (const [, shown] of byDay.dates) expect(shown).to.match(/^Thứ [^,]+, \d{1,2} tháng \d{1,2} \d{4}$/);
  });

  it('are styled under a strict style-src by their hashes, and only by them', async () => {
    expect((await withoutScript()).styled).to.equal(true);
    expect((await withoutScript(false)).styled).to.equal(false);
  });

  it('are taken over by dist/ssr/portal-widgets.js without a layout shift, a re-created row or a CSP violation', async () => {
    const report = await withScript('ssr');
    expect(report.errors).to.deep.equal([]);
    expect(report.violations).to.deep.equal([]);
    expect(report.shifts.reduce((sum, shift) => sum + shift, 0)).to.equal(0);
    expect(report.removed).to.deep.equal([]);
    expect(report.styled).to.equal(true);
    // After the take-over and the refresh of each source, the page shows what the bare tags show.
    const live = await withScript('client');
    expect(report.blocks).to.deep.equal(live.blocks);
  });

  it('render again, once and in place, under dist/portal-widgets.js, which cannot hydrate', async () => {
    const report = await withScript('ssr-plain');
    expect(report.errors).to.deep.equal([]);
    expect(report.violations).to.deep.equal([]);
    // The server's rows went, and the element's own took their place: nothing twice.
    expect(report.removed.length).to.be.greaterThan(0);
    const live = await withScript('client');
    expect(report.blocks).to.deep.equal(live.blocks);
  });

  it('show the body of a full article without JavaScript, and keep its nodes when taken over', async () => {
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-same-origin');
    frame.style.cssText = 'width: 760px; height: 900px; border: 0';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = pageUrl('nojs', true, 'full');
    document.body.append(frame);
    let offText: string;
    try {
      await loaded;
      const body = frame.contentDocument!.querySelector('article-card')!.shadowRoot!.querySelector('[part~="body"]')!;
      offText = body.textContent!;
      expect(body.querySelectorAll('p').length).to.be.greaterThan(1);
      expect((body as HTMLElement).innerText.trim().length, 'the body is visible').to.be.greaterThan(100);
    } finally {
      frame.remove();
    }
    const report = await withScript('ssr', 'full');
    expect(report.errors).to.deep.equal([]);
    expect(report.violations).to.deep.equal([]);
    expect(report.shifts.reduce((sum, shift) => sum + shift, 0)).to.equal(0);
    // The server's body nodes stayed (nothing removed), and the body shows once, as the browser alone renders it.
    expect(report.removed).to.deep.equal([]);
    expect(report.bodies).to.deep.equal([[offText]]);
    expect(report.bodies).to.deep.equal((await withScript('client', 'full')).bodies);
  });

  it('replace a full body a server without jsdom rendered as its text alone with the whole body, moving nothing above it', async () => {
    // Without script: the body's text, in one paragraph, and nothing of its headings, lists or links.
    const off = await withoutScript(true, {}, 'text');
    const [[text]] = off.content;
    expect(text.paragraphs).to.have.length(1);
    expect(text.paragraphs[0]).to.include('Ba nhiệm vụ trọng tâm').and.include('Cổng dịch vụ công');
    expect({ ...text, paragraphs: [] }).to.deep.equal({ headings: [], paragraphs: [], links: [], items: [] });

    const report = await withScript('ssr', 'text');
    expect(report.errors).to.deep.equal([]);
    expect(report.violations).to.deep.equal([]);
    expect(report.states, 'no error, empty, outdated or loading state').to.deep.equal([[]]);
    // The whole body, by role, in place of the text.
    const [[body]] = report.content;
    expect(body.headings).to.deep.equal([
      [2, 'Ba nhiệm vụ trọng tâm'],
      [3, 'Chuyển đổi số'],
      [2, 'Tổ chức thực hiện'],
    ]);
    expect(body.links.map(([, name]) => name)).to.deep.equal([
      'triển khai kế hoạch năm 2027',
      'Kế hoạch số 12/KH-UBND',
      'Cổng dịch vụ công',
    ]);
    expect(body.links.map(([href]) => new URL(href).pathname)).to.deep.equal([
      '/hoi-nghi.html',
      '/van-ban/ke-hoach-12.html',
      '/',
    ]);
    expect(body.items).to.deep.equal(['chuyển đổi số trong cải cách hành chính;', 'hạ tầng giao thông;', 'y tế cơ sở.']);
    expect(body.paragraphs).to.have.length(4);
    expect(body.paragraphs, 'the text alone is gone').not.to.include(text.paragraphs[0]);
    // Nothing above the body moved: its top and the top of each part above it stayed, and every shift was below it.
    const [tops] = report.tops.before;
    expect(tops, 'the heading, the date, the summary and the body').to.have.length(4);
    expect(report.tops.after).to.deep.equal(report.tops.before);
    const bodyTop = tops.at(-1)!;
    for (const [before, after] of report.moved) expect(Math.min(before, after), 'a shift above the body').to.be.at.least(bodyTop);
    // The same body the browser alone shows.
    expect(report.content).to.deep.equal((await withScript('client', 'text')).content);
  });

  it('keep the boxes of allowed embeds in a full body, with no inline style for a strict style-src to refuse', async () => {
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-same-origin');
    frame.style.cssText = 'width: 760px; height: 900px; border: 0';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = pageUrl('nojs', true, 'embed');
    document.body.append(frame);
    let off: number[][];
    try {
      await loaded;
      const page = frame.contentDocument!;
      expect([...page.querySelectorAll('[style]')], 'elements with a style attribute').to.deep.equal([]);
      expect(page.querySelector('article-card')!.shadowRoot!.querySelectorAll('[style]')).to.have.length(0);
      off = embedRatios(page) as number[][];
    } finally {
      frame.remove();
    }
    // 560 × 315 and 640 × 480 from their attributes, 16 / 9 without a size: before any script runs.
    const expected = [[560 / 315, 4 / 3, 16 / 9].map((ratio) => Math.round(ratio * 1000) / 1000)];
    expect(off).to.deep.equal(expected);
    const report = await withScript('ssr', 'embed');
    expect(report.errors).to.deep.equal([]);
    expect(report.violations).to.deep.equal([]);
    expect(report.shifts.reduce((sum, shift) => sum + shift, 0)).to.equal(0);
    expect(report.removed).to.deep.equal([]);
    expect(report.embeds).to.deep.equal(expected);
    // The browser alone builds the same boxes (one code path).
    const client = await withScript('client', 'embed');
    expect(client.violations).to.deep.equal([]);
    expect(client.embeds).to.deep.equal(expected);
  });

  it("take over in the language the server rendered, then show the page's, in the same rows", async () => {
    // The server was not told the page is English: it rendered vi.
    const report = await withScript('ssr', '', { page: 'en' });
    expect(report.errors).to.deep.equal([]);
    expect(report.violations).to.deep.equal([]);
    expect(report.removed).to.deep.equal([]);
    const live = await withScript('client', '', { page: 'en' });
    expect(report.blocks).to.deep.equal(live.blocks);
    expect(report.blocks[0].headings).to.deep.equal(['Website links']);
    expect(live.blocks[0].headings).not.to.deep.equal((await withoutScript()).blocks[0].headings);
  });

  it("render in the page's language when the server is told it, and are taken over without a change", async () => {
    const off = await withoutScript(true, { page: 'en', server: 'en' });
    const report = await withScript('ssr', '', { page: 'en', server: 'en' });
    expect(report.errors).to.deep.equal([]);
    expect(report.violations).to.deep.equal([]);
    expect(report.shifts.reduce((sum, shift) => sum + shift, 0)).to.equal(0);
    expect(report.removed).to.deep.equal([]);
    expect(off.blocks).to.deep.equal(report.blocks);
    expect(report.blocks).to.deep.equal((await withScript('client', '', { page: 'en' })).blocks);
  });
});

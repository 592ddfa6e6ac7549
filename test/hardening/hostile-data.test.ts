import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { Feed, Link } from '../../src/data/model.js';
import type { PortalLoadEvent } from '../../src/events.js';
import { imagesSettled } from '../helpers/dom.js';
import { stubFetch, type FetchStub } from '../helpers/fetch-stub.js';
import {
  BASE,
  endpoint,
  fold,
  linkNames,
  propertyExpected,
  propertyFeed,
  propertyLinks,
  type Expected,
  type FeedFormat,
  type Source,
} from './formats.js';
import {
  armAlarms,
  catchUncaught,
  documentFootprint,
  globalsIntact,
  otherOrigin,
  scanShadowTrees,
  shadowImages,
  type Alarms,
} from './harness.js';
import { corpus, VECTORS } from './vectors.js';

// Every vector of the corpus, through every element, in every format and
// variant that can carry it. Nothing may run, load from elsewhere or
// navigate, and what a person reads must be the text the data holds.

const evil = otherOrigin();
const vectors = corpus(evil);
const api = endpoint(vectors);
const FEEDS: FeedFormat[] = ['portal', 'jsonfeed', 'wordpress', 'rss', 'atom'];

type PortalHost = HTMLElement & { updateComplete: Promise<unknown> };

interface Case {
  element: string;
  source: string;
  variant: string;
  vectors: number;
  /** Mounts the element(s) in `container`, waits until they are done, and returns text mismatches. */
  run(container: HTMLElement): Promise<string[]>;
}

const shadow = (el: Element) => el.shadowRoot!;
const textOf = (el: Element | null | undefined) => (el ? fold(el.textContent ?? '') : undefined);

/** Creates an element with attributes and properties, appends it, and waits until it has loaded (or failed). */
async function mount(
  container: HTMLElement,
  tag: string,
  attributes: Record<string, string>,
  properties: Record<string, unknown> = {},
) {
  const el = document.createElement(tag) as PortalHost;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  Object.assign(el, properties);
  const fetches = 'src' in attributes || 'article-src' in attributes;
  const settled = fetches
    ? new Promise<Event>((resolve) => {
        el.addEventListener('portal-load', resolve, { once: true });
        el.addEventListener('portal-error', resolve, { once: true });
      })
    : undefined;
  container.append(el);
  const event = await settled;
  if (event?.type === 'portal-error') throw new Error(`<${tag}> failed: ${JSON.stringify((event as CustomEvent).detail)}`);
  await el.updateComplete;
  return { el, detail: (event as PortalLoadEvent | undefined)?.detail };
}

async function settleNested(el: Element) {
  for (const card of shadow(el).querySelectorAll('article-card')) await (card as PortalHost).updateComplete;
}

function compare(where: string, field: string, expected: string | undefined, actual: string | undefined, out: string[]) {
  if (expected === undefined) return;
  if (fold(expected) !== actual)
    out.push(`${where} ${field}: expected ${JSON.stringify(fold(expected))}, saw ${JSON.stringify(actual)}`);
}

/** The title, summary, category and caption an <article-card> (or a featured article, `root`) shows, against what the data said. */
function checkCard(card: Element, expected: Expected, variant: string, out: string[], root: ParentNode = shadow(card)) {
  const where = `${expected.id}`;
  compare(where, 'title', expected.title, textOf(root.querySelector('[part~="title"]')), out);
  compare(where, 'summary', expected.summary, textOf(root.querySelector('[part~="summary"]')), out);
  compare(where, 'category', expected.category, textOf(root.querySelector('[part~="category"]')), out);
  if (variant === 'full' || variant === 'featured')
    compare(where, 'caption', expected.caption, textOf(root.querySelector('[part~="caption"]')), out);
}

/** The items a <news-list> or <related-articles> shows, against the entries of its source. */
function checkList(el: Element, expected: Expected[], layout: string, out: string[]) {
  const items = [...shadow(el).querySelectorAll('ul[part~="list"] > [part~="item"]')];
  if (items.length !== expected.length) out.push(`shows ${items.length} items, expected ${expected.length}`);
  expected.forEach((entry, i) => {
    const item = items[i];
    if (!item) return;
    if (layout === 'cards') checkCard(item.querySelector('article-card')!, entry, 'card', out);
    else if (layout === 'featured' && !i) checkCard(item, entry, layout, out, item);
    else compare(entry.id, 'title', entry.title, textOf(item.querySelector('[part~="link"]')), out);
  });
}

function listCase(
  element: 'news-list' | 'related-articles',
  source: Source,
  layout: string,
  attributes: Record<string, string> = { src: source.url },
): Case {
  return {
    element,
    source: source.name,
    variant: layout,
    vectors: source.vectors.length,
    async run(container) {
      const { el, detail } = await mount(container, element, { ...attributes, layout, limit: '1000' });
      await settleNested(el);
      const out: string[] = [];
      if (detail?.problems.length) out.push(`problems: ${detail.problems.slice(0, 3).join('; ')}`);
      checkList(el, source.expected, layout, out);
      return out;
    },
  };
}

function listPropertyCase(element: 'news-list' | 'related-articles', layout: string): Case {
  return {
    element,
    source: 'property',
    variant: layout,
    vectors: vectors.length,
    async run(container) {
      const { el } = await mount(container, element, { layout, limit: '1000' }, { data: propertyFeed(vectors) as Feed });
      await settleNested(el);
      const out: string[] = [];
      checkList(el, propertyExpected(vectors), layout, out);
      return out;
    },
  };
}

function cardCase(source: Source, variant: string, attributesFor: (entry: Expected) => Record<string, string>): Case {
  return {
    element: 'article-card',
    source: source.name,
    variant,
    vectors: source.vectors.length,
    async run(container) {
      const out: string[] = [];
      const cards = await Promise.all(
        source.expected.map((entry) => mount(container, 'article-card', { ...attributesFor(entry), variant })),
      );
      cards.forEach(({ el }, i) => checkCard(el, source.expected[i], variant, out));
      return out;
    },
  };
}

function cardPropertyCase(variant: string): Case {
  const articles = propertyFeed(vectors).items;
  const expected = propertyExpected(vectors);
  return {
    element: 'article-card',
    source: 'property',
    variant,
    vectors: vectors.length,
    async run(container) {
      const out: string[] = [];
      const cards = await Promise.all(articles.map((article) => mount(container, 'article-card', { variant }, { article })));
      cards.forEach(({ el }, i) => checkCard(el, expected[i], variant, out));
      return out;
    },
  };
}

/** The names (and groups) <website-links> shows, in order; `L<n>` entries carry URL payloads and are checked for safety only. */
function checkLinks(el: Element, variant: string, names: string[], out: string[]) {
  const root = shadow(el);
  const isUrlEntry = (text: string | undefined) => /^L\d+$/.test(text ?? '');
  let shown: (string | undefined)[];
  if (variant === 'select') {
    shown = [...root.querySelectorAll('option')].slice(1).map(textOf);
    const groups = [...root.querySelectorAll('optgroup')].map((group) => fold(group.label));
    if (groups.join('\n') !== names.map(fold).join('\n')) out.push('group labels differ from the data');
  } else if (variant === 'list') {
    shown = [...root.querySelectorAll('[part~="link"]')].map(textOf);
    const groups = [...root.querySelectorAll('[part~="group"]')].map(textOf);
    if (groups.join('\n') !== names.map(fold).join('\n')) out.push('group names differ from the data');
  } else {
    shown = [...root.querySelectorAll('[part~="item"]')].map((item) => {
      const img = item.querySelector('img');
      return img ? fold(img.alt) : textOf(item);
    });
  }
  const named = shown.filter((text) => !isUrlEntry(text));
  names.forEach((name, i) => compare(`link ${i + 1}`, 'name', name, named[i], out));
  if (named.length !== names.length) out.push(`shows ${named.length} named links, expected ${names.length}`);
}

function linksCase(variant: string, property: boolean): Case {
  return {
    element: 'website-links',
    source: property ? 'property' : api.links.name,
    variant,
    vectors: vectors.length,
    async run(container) {
      const { el } = property
        ? await mount(container, 'website-links', { variant }, { links: propertyLinks(vectors) as Link[] })
        : await mount(container, 'website-links', { variant, src: api.links.url });
      // Broken logos fall back to the name: once their loads have failed, and the element rendered again.
      await imagesSettled(shadowImages(el));
      await (el as PortalHost).updateComplete;
      const out: string[] = [];
      checkLinks(el, variant, linkNames(vectors, property), out);
      return out;
    },
  };
}

const CASES: Case[] = [
  ...FEEDS.flatMap((format) =>
    ['list', 'compact', 'cards', 'featured'].map((layout) => listCase('news-list', api.feeds[format], layout)),
  ),
  ...['list', 'compact', 'cards', 'featured'].map((layout) => listPropertyCase('news-list', layout)),
  ...FEEDS.map((format) => listCase('related-articles', api.feeds[format], 'list')),
  listCase('related-articles', api.relatedArticle, 'list', { 'article-src': api.relatedArticle.url }),
  listCase('related-articles', api.poolArticle, 'list', { 'article-src': api.poolArticle.url, 'feed-src': api.feeds.portal.url }),
  listPropertyCase('related-articles', 'list'),
  ...['select', 'list', 'logos'].flatMap((variant) => [linksCase(variant, false), linksCase(variant, true)]),
  ...['card', 'horizontal', 'full'].flatMap((variant) => [
    ...FEEDS.map((format) =>
      cardCase(api.feeds[format], variant, (entry) => ({ src: api.feeds[format].urlOf(entry), 'item-id': entry.id })),
    ),
    cardCase(api.articles['portal-article'], variant, (entry) => ({ src: api.articles['portal-article'].urlOf(entry) })),
    cardCase(api.articles['wordpress-post'], variant, (entry) => ({ src: api.articles['wordpress-post'].urlOf(entry) })),
    cardPropertyCase(variant),
  ]),
];

describe('hostile data: the corpus through every element, format and variant', () => {
  let stub: FetchStub;
  let alarms: Alarms;
  let uncaught: ReturnType<typeof catchUncaught>;
  const expectedHosts = new Set([location.host, new URL(BASE).host]);

  // The page as a portal's own page: data given as a property with relative
  // URLs then points at the portal, not at this test server.
  const base = Object.assign(document.createElement('base'), { href: `${BASE}/` });

  before(() => {
    document.head.append(base);
    alarms = armAlarms();
    uncaught = catchUncaught();
    stub = stubFetch(api.routes);
  });
  after(() => {
    base.remove();
    stub.restore();
    alarms.disarm();
    uncaught.stop();
  });

  it(`holds at least 50 vectors, each numbered as its payload says (${VECTORS.length})`, () => {
    expect(VECTORS.length).to.be.at.least(50);
    for (const vector of VECTORS) {
      const numbers = [...vector.payload.matchAll(/(?:__xss=|alert\(|confirm\(|prompt\(|msgbox\()(\d+)/gi)].map((m) =>
        Number(m[1]),
      );
      expect(
        numbers.every((n) => n === vector.id),
        `vector ${vector.id}: ${vector.payload}`,
      ).to.equal(true);
    }
  });

  it('notices a payload that runs, a request to another origin and unsafe nodes (a check of the checks)', async () => {
    alarms.reset();
    const probe = document.createElement('div');
    // The test's own markup, not data: it must set off every alarm.
    probe.innerHTML = '<img src="x" onerror="window.__xss = 0; alert(0)">';
    document.body.append(probe);
    new Image().src = `${evil}/probe.png`;
    await waitUntil(
      () => alarms.fired().length === 2 && alarms.resources().some((url) => url.startsWith(evil)),
      'the alarms stayed silent',
    );
    expect(alarms.fired()).to.deep.equal(['alert(0)', 'window.__xss = 0']);
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = '<a href="javascript:void 0" onclick="x">x</a><iframe></iframe>';
    expect(scanShadowTrees(host)).to.have.length(3);
    probe.remove();
    alarms.reset();
  });

  for (const c of CASES) {
    it(`<${c.element}> ${c.source}, ${c.variant}: ${c.vectors} vectors`, async () => {
      const before = documentFootprint();
      alarms.reset();
      stub.calls.length = 0;
      const container = await fixture<HTMLElement>(html`<div style="width: 900px"></div>`);
      const mismatches = await c.run(container);
      const elements = [...container.children];
      // Let what a payload could hang on a load or an error happen: every image shown has loaded or failed.
      // (A handler or script left in the shadow trees fails the scan below whether or not it ran.)
      await imagesSettled(elements.flatMap((el) => shadowImages(el)));

      const findings = elements.flatMap((el) => scanShadowTrees(el, c.source !== 'property'));
      expect(findings.slice(0, 15), `${findings.length} unsafe nodes in the shadow trees`).to.deep.equal([]);
      expect(alarms.fired(), 'dialogs and flags set by payloads').to.deep.equal([]);
      // Over the network, that is: a host's own `file:` image is refused by the browser before any request.
      const unexpected = alarms.resources().filter((url) => /^https?:/.test(url) && !expectedHosts.has(new URL(url).host));
      expect(unexpected, 'requests to unexpected hosts').to.deep.equal([]);
      expect(
        stub.calls.filter((url) => new URL(url).origin !== BASE),
        'data requests off the endpoint',
      ).to.deep.equal([]);
      expect(globalsIntact()).to.deep.equal([]);
      expect(documentFootprint()).to.deep.equal(before);
      expect(uncaught.errors).to.deep.equal([]);
      expect(mismatches.slice(0, 15), `${mismatches.length} texts not shown as the data wrote them`).to.deep.equal([]);
      container.remove();
    });
  }
});

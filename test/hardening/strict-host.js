// The script of strict-host.html, a host page served with a strict
// Content-Security-Policy (see strict-csp.test.ts). It records every policy
// violation from the first moment, loads the drop-in file, renders every
// element and variant from the endpoint `?endpoint=` (another origin), uses
// them a little, and posts what happened to the test.

const params = new URLSearchParams(location.search);
const endpoint = params.get('endpoint');
const set = params.get('set') ?? 'json';
// The copies of the library the page loads, in order (two copies: "Registering twice must not throw").
const copies = (params.get('copies') ?? '/dist/portal-widgets.js').split(',');

const violations = [];
const uncaught = [];
document.addEventListener(
  'securitypolicyviolation',
  (event) =>
    violations.push(`${event.effectiveDirective}: ${event.blockedURI || event.sample} (${event.sourceFile}:${event.lineNumber})`),
  true,
);
window.addEventListener('error', (event) => uncaught.push(`error: ${event.message}`));
window.addEventListener('unhandledrejection', (event) => uncaught.push(`unhandledrejection: ${event.reason}`));

const at = (file) => new URL(file, `${endpoint}/test/hardening/endpoint/`).href;

/** Each case: a name, the tag, attributes, and optionally properties and light-DOM fallback. */
const CASES = {
  json: [
    ['news-list list, Portal JSON, pager', 'news-list', { src: at('feed.json'), 'more-href': at('chinh-tri.html') }],
    ['news-list compact, Portal JSON', 'news-list', { src: at('feed.json'), layout: 'compact' }],
    ['news-list cards, Portal JSON', 'news-list', { src: at('feed.json'), layout: 'cards', target: '_blank' }],
    ['news-list list, JSON Feed', 'news-list', { src: at('jsonfeed.json') }],
    ['news-list list, JSON Feed as an editor writes it', 'news-list', { src: at('jsonfeed-editor.json') }],
    ['news-list cards, WordPress', 'news-list', { src: at('wp-posts.json'), layout: 'cards' }],
    ['news-list, empty feed', 'news-list', { src: at('empty.json') }],
    ['news-list, 404 with fallback', 'news-list', { src: at('missing.json') }, { fallback: 'Xem tin trên cổng thông tin' }],
    ['related-articles, feed', 'related-articles', { src: at('feed.json') }],
    ['related-articles, article related list', 'related-articles', { 'article-src': at('article.json') }],
    [
      'related-articles cards, picked from feed-src',
      'related-articles',
      { 'article-src': at('article-unrelated.json'), 'feed-src': at('feed.json'), layout: 'cards' },
    ],
    ['website-links select', 'website-links', { src: at('links.json') }],
    ['website-links list', 'website-links', { src: at('links.json'), variant: 'list', target: '_blank' }],
    ['website-links logos', 'website-links', { src: at('links.json'), variant: 'logos' }],
    ['article-card card, Portal JSON article', 'article-card', { src: at('article.json') }],
    ['article-card horizontal, Portal JSON article', 'article-card', { src: at('article.json'), variant: 'horizontal' }],
    ['article-card full, Portal JSON article', 'article-card', { src: at('article.json'), variant: 'full' }],
    ['article-card card, JSON Feed item', 'article-card', { src: at('jsonfeed.json'), 'item-id': 'j1' }],
    ['article-card full, JSON Feed content_text', 'article-card', { src: at('jsonfeed.json'), 'item-id': 'j2', variant: 'full' }],
    ['article-card horizontal, WordPress', 'article-card', { src: at('wp-posts.json'), 'item-id': '501', variant: 'horizontal' }],
    [
      'article-card full, WordPress',
      'article-card',
      { src: at('wp-posts.json'), 'item-id': '501', variant: 'full', target: '_blank' },
    ],
    [
      'website-links list, property',
      'website-links',
      { variant: 'list' },
      { links: [{ name: 'Cổng Chính phủ', url: 'https://chinhphu.vn/' }] },
    ],
    [
      'article-card full, property',
      'article-card',
      { variant: 'full' },
      {
        article: {
          id: 'p1',
          title: 'Bài viết do trang chủ truyền vào',
          contentHtml: `<p>Đoạn một.</p><p><img src="${at('photo.svg')}" alt="Ảnh"></p>`,
          authors: [],
          tags: [],
          baseUrl: at('article.json'),
        },
      },
    ],
  ],
  xml: [
    ['news-list list, RSS', 'news-list', { src: at('rss.xml') }],
    ['news-list cards, RSS', 'news-list', { src: at('rss.xml'), layout: 'cards' }],
    ['news-list list, Atom', 'news-list', { src: at('atom.xml') }],
    ['news-list cards, Atom', 'news-list', { src: at('atom.xml'), layout: 'cards' }],
    ['related-articles, RSS', 'related-articles', { src: at('rss.xml') }],
    ['article-card full, RSS content:encoded', 'article-card', { src: at('rss.xml'), 'item-id': 'r1', variant: 'full' }],
    ['article-card full, Atom html content', 'article-card', { src: at('atom.xml'), 'item-id': 'a1', variant: 'full' }],
    ['article-card card, Atom xhtml content', 'article-card', { src: at('atom.xml'), 'item-id': 'a2' }],
  ],
  // Ill-formed RSS that the reader repairs (HTML entities, bare "&", a control character,
  // unclosed <br>/<p>/<item>, text before the root, an undeclared prefix): no parser-error document.
  'xml-repairable': [
    ['news-list list, repairable RSS', 'news-list', { src: at('rss-repairable.xml') }],
    ['news-list cards, repairable RSS', 'news-list', { src: at('rss-repairable.xml'), layout: 'cards' }],
    ['article-card full, repairable RSS', 'article-card', { src: at('rss-repairable.xml'), 'item-id': 'r1', variant: 'full' }],
  ],
  // The policy without `portal-widgets`: XML cannot be read, JSON still works.
  // Harder repairs: a PHP warning before the declaration, mixed-case tags, duplicate attributes,
  // odd CDATA, a control character in an attribute, a document cut short mid-entity.
  'xml-repairable-2': [
    ['news-list list, repairable RSS 2', 'news-list', { src: at('rss-repairable-2.xml') }],
    ['news-list cards, repairable RSS 2', 'news-list', { src: at('rss-repairable-2.xml'), layout: 'cards' }],
    [
      'article-card full, repairable RSS 2',
      'article-card',
      { src: at('rss-repairable-2.xml'), 'item-id': 'k1', variant: 'full' },
    ],
  ],
  // Bit flips of a real feed (`<pubDate\xbe`, `</titme>`, `<item:>`, `--` in a comment): repaired, never a parser-error document.
  'xml-mutated': [
    ['news-list list, mutated RSS', 'news-list', { src: at('rss-mutated.xml') }],
    ['news-list cards, mutated RSS', 'news-list', { src: at('rss-mutated.xml'), layout: 'cards' }],
    ['article-card full, mutated RSS', 'article-card', { src: at('rss-mutated.xml'), 'item-id': 'm1', variant: 'full' }],
  ],
  'xml-without-policy': [
    ['news-list list, RSS', 'news-list', { src: at('rss.xml') }],
    ['news-list list, Portal JSON', 'news-list', { src: at('feed.json') }],
  ],
};

const fold = (text) => (text ?? '').replace(/\s+/g, ' ').trim();

function settle(el) {
  return new Promise((resolve) => {
    el.addEventListener(
      'portal-load',
      (event) => resolve({ event: 'load', stale: event.detail.stale, problems: event.detail.problems }),
      {
        once: true,
      },
    );
    el.addEventListener(
      'portal-error',
      (event) => resolve({ event: 'error', kind: event.detail.kind, message: event.detail.message }),
      {
        once: true,
      },
    );
  });
}

function shadowImages(root) {
  const found = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.localName === 'img') found.push(el);
    if (el.shadowRoot) found.push(...shadowImages(el.shadowRoot));
  }
  return found;
}

async function until(condition, timeout = 3000) {
  const start = performance.now();
  while (!condition() && performance.now() - start < timeout) await new Promise((resolve) => setTimeout(resolve, 20));
  return condition();
}

async function run() {
  for (const copy of copies) await import(copy);
  if (set.startsWith('bodies')) return runBodies();
  const main = document.getElementById('widgets');
  const results = await Promise.all(
    CASES[set].map(async ([name, tag, attributes, extra = {}]) => {
      const el = document.createElement(tag);
      for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, value);
      if (extra.fallback) {
        const link = document.createElement('a');
        link.href = at('index.html');
        link.textContent = extra.fallback;
        el.append(link);
      }
      if (extra.links) el.links = extra.links;
      if (extra.article) el.article = extra.article;
      const settled = 'src' in attributes || 'article-src' in attributes ? settle(el) : Promise.resolve({ event: 'property' });
      main.append(el);
      const outcome = await settled;
      await el.updateComplete;
      return { name, el, ...outcome };
    }),
  );

  // Use them: the pager, the print button, retry.
  const pager = results.find((r) => r.name.includes('pager'));
  if (pager) {
    pager.el.shadowRoot.querySelector('[part~="more"]').click();
    await until(() => pager.el.shadowRoot.querySelectorAll('[part~="item"]').length === 5);
  }
  const full = results.find((r) => r.name === 'article-card full, Portal JSON article');
  if (full) {
    window.print = () => window.dispatchEvent(new Event('afterprint'));
    full.el.shadowRoot.querySelector('[part~="print"]').click();
  }
  const failed = results.find((r) => r.event === 'error' && r.name.includes('404'));
  if (failed) {
    const again = settle(failed.el);
    failed.el.shadowRoot.querySelector('[part~="retry"]').click();
    await again;
  }

  const images = shadowImages(main).filter((img) => img.loading !== 'lazy');
  await until(() => images.every((img) => img.complete));
  // Violations are reported in a task of their own.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100)));

  const report = {
    violations: [...violations],
    uncaught: [...uncaught],
    images: images.map((img) => ({ src: img.src, loaded: img.naturalWidth > 0 })),
    results: results.map(({ name, el, event, kind, message, stale, problems }) => ({
      name,
      event,
      kind,
      message,
      stale,
      problems,
      items: el.shadowRoot.querySelectorAll('[part~="item"]').length,
      text: fold(el.shadowRoot.textContent).slice(0, 300),
      body: fold(el.shadowRoot.querySelector('[part~="body"]')?.textContent),
    })),
    xss: window.__xss ?? null,
  };

  // Check of the checks: a Trusted Types sink and an image from elsewhere, in a shadow root, must both be reported.
  violations.length = 0;
  if (!params.has('csp')) {
    parent.postMessage(report, '*');
    return;
  }
  try {
    document.createElement('div').innerHTML = '<b>probe</b>';
  } catch {
    // blocked, as it should be
  }
  const probeHost = document.createElement('div');
  const probeImage = document.createElement('img');
  probeImage.src = 'https://blocked.invalid/probe.png';
  probeHost.attachShadow({ mode: 'open' }).append(probeImage);
  document.body.append(probeHost);
  await until(() => violations.length >= 2, 2000);
  report.probe = [...violations];
  parent.postMessage(report, '*');
}

/** The article-body vectors and embeds (strict-bodies.ts), with the same watch on violations. */
async function runBodies() {
  const { bodies } = await import('./strict-bodies.ts');
  const report = await bodies(set, endpoint);
  // Violations are reported in a task of their own.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100)));
  const seen = { violations: [...violations], uncaught: [...uncaught], xss: window.__xss ?? null };
  // Check of the checks: an image from elsewhere in a shadow root is reported, and so is a
  // style attribute in an inert document (which is why markup must not even be parsed with one).
  violations.length = 0;
  const probe = document.createElement('div');
  probe
    .attachShadow({ mode: 'open' })
    .append(Object.assign(document.createElement('img'), { src: 'https://blocked.invalid/probe.png' }));
  document.body.append(probe);
  document.implementation.createHTMLDocument('').body.setAttribute('style', 'color: red');
  await until(() => violations.length >= 2, 2000);
  parent.postMessage({ ...report, ...seen, probe: [...violations] }, '*');
}

run().catch((error) => parent.postMessage({ fatal: String(error?.stack ?? error), violations }, '*'));

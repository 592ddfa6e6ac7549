// The embed builder: pick an element, an endpoint and attributes, see the
// element live, and copy the exact snippet a CMS needs. The snippet is shown
// through `textContent` and the preview is built with DOM calls from the same
// list of attributes, so what is previewed is what is copied. The snippet is
// the element rendered on the server (the render service at /embed/, the one
// `portal-widgets serve` runs): its shadow DOM is in the HTML, so crawlers,
// readers without JavaScript and the moment before the script runs see what
// the element shows, and the script takes it over without a visible change.

const SEED = '6241';

const label = (vi, en) => ({ vi, en });

const CATEGORY_FEEDS = [
  ['chinh-tri', 'Chính trị', 'Politics'],
  ['kinh-te', 'Kinh tế', 'Economy'],
  ['van-hoa-xa-hoi', 'Văn hóa - Xã hội', 'Culture and society'],
  ['quoc-phong-an-ninh', 'Quốc phòng - An ninh', 'Defence and security'],
  ['nong-nghiep-nong-thon', 'Nông nghiệp - Nông thôn', 'Agriculture'],
];

const ELEMENTS = {
  'news-list': {
    variantAttr: 'layout',
    variants: ['list', 'compact', 'cards', 'featured'],
    limit: true,
    heading: true,
    dates: true,
    endpoints: [
      { attr: 'src', path: '/api/feed.json', label: label('Tất cả tin — Portal JSON', 'All news — Portal JSON') },
      ...CATEGORY_FEEDS.map(([id, vi, en]) => ({
        attr: 'src',
        path: `/api/categories/${id}.json`,
        label: label(`Chuyên mục ${vi} — Portal JSON`, `Category ${en} — Portal JSON`),
      })),
      { attr: 'src', path: '/api/rss/feed.xml', label: label('Tất cả tin — RSS 2.0', 'All news — RSS 2.0') },
      { attr: 'src', path: '/api/atom/feed.xml', label: label('Tất cả tin — Atom', 'All news — Atom') },
      {
        attr: 'src',
        path: '/api/wp/v2/posts?_embed',
        label: label('Tất cả tin — WordPress REST API', 'All news — WordPress REST API'),
      },
    ],
  },
  'related-articles': {
    variantAttr: 'layout',
    variants: ['list', 'compact', 'cards', 'featured'],
    limit: true,
    heading: true,
    dates: true,
    endpoints: [
      {
        attr: 'article-src',
        path: `/api/articles/${SEED}.json`,
        label: label(
          'Danh sách "related" của bài gốc (article-src)',
          'The "related" list of the reference article (article-src)',
        ),
      },
      {
        attr: 'src',
        path: `/api/articles/${SEED}/related.json`,
        label: label('Feed bài liên quan của bài gốc (src)', 'Related feed of the reference article (src)'),
      },
      {
        attr: 'src',
        path: '/api/articles/6320/related.json',
        label: label('Feed bài liên quan của một bài Kinh tế (src)', 'Related feed of an economy article (src)'),
      },
    ],
  },
  'website-links': {
    variantAttr: 'variant',
    variants: ['select', 'list', 'logos'],
    limit: true,
    heading: true,
    dates: false,
    endpoints: [{ attr: 'src', path: '/api/links.json', label: label('Liên kết website', 'Website links') }],
  },
  'article-card': {
    variantAttr: 'variant',
    variants: ['card', 'horizontal', 'full'],
    limit: false,
    heading: false,
    dates: true,
    endpoints: [
      {
        attr: 'src',
        path: `/api/articles/${SEED}.json`,
        label: label('Bài gốc (không có ảnh đại diện)', 'The reference article (no lead image)'),
      },
      { attr: 'src', path: '/api/articles/6302.json', label: label('Bài "Vụ cà rốt đông…"', 'The article "Vụ cà rốt đông…"') },
      {
        attr: 'src',
        path: '/api/articles/6309.json',
        label: label('Bài "Bảo tồn nghệ thuật múa rối nước…"', 'The article "Bảo tồn nghệ thuật múa rối nước…"'),
      },
      { attr: 'src', path: '/api/feed.json', label: label('Bài mới nhất của feed', 'The newest article of the feed') },
    ],
  },
};

const MESSAGES = {
  copied: label('Đã chép đoạn mã.', 'The snippet was copied.'),
  selected: label(
    'Không chép tự động được: đoạn mã đã được chọn, hãy nhấn Ctrl+C (⌘C).',
    'Could not copy automatically: the snippet is selected, press Ctrl+C (⌘C).',
  ),
  noLimit: label('(không áp dụng)', '(not used)'),
  noFallback: label(
    'Không dựng được khối từ máy chủ: đoạn mã chỉ có thẻ.',
    'Could not render the block on the server: the snippet has the bare tag only.',
  ),
};

const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The attributes the form describes, in snippet order, defaults left out. */
export function attributesOf(state, base = location.href) {
  const element = ELEMENTS[state.element];
  const endpoint = element.endpoints[state.endpoint] ?? element.endpoints[0];
  const attributes = [[endpoint.attr, new URL(endpoint.path, base).href]];
  if (state.variant && state.variant !== element.variants[0]) attributes.push([element.variantAttr, state.variant]);
  if (element.limit && state.limit) attributes.push(['limit', state.limit]);
  if (state.lang) attributes.push(['lang', state.lang]);
  if (element.heading && state.heading) attributes.push(['heading', state.heading]);
  if (state.headingLevel && state.headingLevel !== '2') attributes.push(['heading-level', state.headingLevel]);
  if (state.target && state.target !== '_self') attributes.push(['target', state.target]);
  if (element.dates && state.dateFormat) attributes.push(['date-format', state.dateFormat]);
  if (element.dates && state.timeZone) attributes.push(['time-zone', state.timeZone]);
  return attributes;
}

/**
 * What a CMS needs: the script (absolute URL) and the element. With a
 * `snapshot` (the element rendered by the render service, its shadow DOM
 * inside), the script is the drop-in that takes server-rendered elements over.
 * Without one, the README's hints come first, so that the script and the
 * data download side by side (on a page of another origin than the API,
 * which is where a snippet is pasted).
 */
export function snippetOf(tag, attributes, base = location.href, snapshot = undefined) {
  const script = new URL(snapshot ? '/dist/ssr/portal-widgets.js' : '/dist/portal-widgets.js', base).href;
  const attrs = attributes.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
  const scriptTag = `<script type="module" src="${escapeAttribute(script)}"></script>`;
  if (snapshot) return `${scriptTag}\n${snapshot.element}`;
  const [, source] = attributes.find(([name]) => name === 'src' || name === 'article-src') ?? [];
  const hints = [
    `<link rel="modulepreload" href="${escapeAttribute(script)}">`,
    ...(source ? [`<link rel="preload" as="fetch" crossorigin href="${escapeAttribute(source)}">`] : []),
  ];
  return `${hints.join('\n')}\n${scriptTag}\n<${tag}${attrs}></${tag}>`;
}

/** The element rendered on the server (`portal-widgets serve`, mounted at /embed/ by `npm start`). */
async function snapshotOf(tag, attributes) {
  const response = await fetch(`/embed/${tag}?${new URLSearchParams(attributes)}`);
  if (!response.ok) throw new Error(`/embed/${tag}: ${response.status}`);
  return { element: await response.text() };
}

/**
 * Wires the builder form in `root`. `lang()` gives the page language, for
 * the option labels and messages; call `refresh()` after it changes.
 */
export function createBuilder(root, lang) {
  const $ = (id) => root.querySelector(`#${id}`);
  const form = $('builder-form');
  const controls = {
    element: $('b-element'),
    endpoint: $('b-endpoint'),
    variant: $('b-variant'),
    limit: $('b-limit'),
    lang: $('b-lang'),
    heading: $('b-heading'),
    headingLevel: $('b-level'),
    target: $('b-target'),
    dateFormat: $('b-date'),
    timeZone: $('b-zone'),
  };
  const preview = $('builder-preview');
  const code = $('snippet');
  const status = $('copy-status');
  const variantAttr = $('b-variant-attr');
  let shownElement;
  /** Counts renders: a snapshot that arrives after a newer render is dropped. */
  let renders = 0;

  const state = () => Object.fromEntries(Object.entries(controls).map(([key, control]) => [key, control.value.trim()]));

  /** Endpoint and variant options for the chosen element (kept when the element did not change). */
  function fillOptions() {
    const tag = controls.element.value;
    const element = ELEMENTS[tag];
    const sameElement = shownElement === tag;
    const endpointIndex = sameElement ? controls.endpoint.selectedIndex : 0;
    const variant = sameElement ? controls.variant.value : element.variants[0];
    // Each element has its own default number of items.
    if (!sameElement && shownElement) controls.limit.value = '';
    controls.endpoint.replaceChildren(
      ...element.endpoints.map((endpoint, index) => new Option(`${endpoint.label[lang()]} · ${endpoint.path}`, String(index))),
    );
    controls.endpoint.selectedIndex = Math.max(0, endpointIndex);
    controls.variant.replaceChildren(...element.variants.map((name) => new Option(name, name)));
    controls.variant.value = variant;
    variantAttr.textContent = element.variantAttr;
    controls.limit.disabled = !element.limit;
    controls.limit.placeholder = element.limit ? '' : MESSAGES.noLimit[lang()];
    controls.heading.disabled = !element.heading;
    controls.dateFormat.disabled = !element.dates;
    controls.timeZone.disabled = !element.dates;
    shownElement = tag;
  }

  function render() {
    const current = state();
    const attributes = attributesOf(current);
    const widget = document.createElement(current.element);
    for (const [name, value] of attributes) widget.setAttribute(name, value);
    preview.replaceChildren(widget);
    code.textContent = snippetOf(current.element, attributes);
    status.textContent = '';
    // The snippet without items until they are in; `aria-busy` meanwhile.
    const run = ++renders;
    code.setAttribute('aria-busy', 'true');
    snapshotOf(current.element, attributes)
      .then(
        (snapshot) => {
          if (run === renders) code.textContent = snippetOf(current.element, attributes, location.href, snapshot);
        },
        () => {
          if (run === renders) status.textContent = MESSAGES.noFallback[lang()];
        },
      )
      .finally(() => {
        if (run === renders) code.removeAttribute('aria-busy');
      });
  }

  async function copy() {
    const text = code.textContent;
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = MESSAGES.copied[lang()];
    } catch {
      // No clipboard permission (an iframe, http on another host): select the text for Ctrl+C.
      const range = document.createRange();
      range.selectNodeContents(code);
      const selection = getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      status.textContent = MESSAGES.selected[lang()];
    }
  }

  form.addEventListener('submit', (event) => event.preventDefault());
  // Typing in the heading or limit updates the preview without leaving the field;
  // a change event (leaving it, or any select) renders at once.
  let typing;
  form.addEventListener('change', (event) => {
    clearTimeout(typing);
    if (event.target === controls.element) fillOptions();
    render();
  });
  form.addEventListener('input', (event) => {
    if (event.target !== controls.heading && event.target !== controls.limit) return;
    clearTimeout(typing);
    typing = setTimeout(render, 300);
  });
  $('copy-snippet').addEventListener('click', copy);

  // The starting point: cards of one category, three of them, fitting this page's outline.
  controls.element.value = 'news-list';
  fillOptions();
  controls.endpoint.selectedIndex = 2;
  controls.variant.value = 'cards';
  controls.limit.value = '3';
  render();

  return {
    /** After a page language change: option labels, and the preview when it inherits the language. */
    refresh() {
      fillOptions();
      render();
    },
  };
}

// The demo page's own behaviour: language and theme switches, the event log
// under each state demo, the reload buttons and the embed builder. A module
// file, so the page runs under a CSP without 'unsafe-inline'; styles are set
// through the CSSOM (`style.setProperty`), which that CSP allows.

import { createBuilder } from './builder.js';

const WIDGETS = 'news-list, related-articles, website-links, article-card';

/** English for every `data-i18n` text; the Vietnamese is the page's own. */
const EN = {
  skip: 'Skip to the main content',
  tagline: "Four web components that show a news portal's articles and links, embeddable in any page or CMS.",
  settings: 'Page options',
  language: 'Language',
  theme: 'Theme',
  'theme-default': 'Default',
  'theme-portal': 'Provincial portal (red, upper case)',
  'theme-green': 'Green, serif',
  'theme-dark': 'Dark',
  toc: 'Contents',
  'toc-portal': 'Rebuilt article page',
  'toc-gallery': 'Variants',
  'toc-states': 'States',
  'toc-builder': 'Embed builder',
  'toc-api': 'Portal API',
  'portal-title': 'The article page, rebuilt from the four elements',
  'portal-lead':
    'The article page of a provincial portal: the website links block, the full article, "Các tin mới hơn" (newer news) and "Các bài liên quan" (related articles). Each block is one element reading the demo\'s embedded API.',
  'portal-note': 'A rebuilt example',
  breadcrumb: 'Breadcrumb',
  home: 'Home',
  'compare-summary': 'Compare with the reference page',
  'compare-caption': 'The blocks of the reference page and the elements that replace them',
  'compare-block': 'Block on the reference page',
  'compare-element': 'Element',
  'compare-article':
    'Category, title, "Cập nhật: 29/10/2020 07:57:30 AM", lead, body with captioned photos, "Quay lại" / "Xem tiếp"',
  'gallery-title': 'Variants',
  'links-select': '— choose, then press "Go"; choosing alone does not navigate',
  'links-list': '— grouped',
  'news-list': '— "Continue" loads the next page of the category',
  'news-compact': '— titles only',
  'news-server': '— the same block, rendered on the server (npm start): readable with JavaScript off',
  'news-cards': '— image, category, summary; "Continue" loads more',
  'news-featured': '— the first article large, the next ones beside it or below it',
  'news-live': '— checks again every 30 seconds; the source gains an article every minute, which waits behind "1 new article"',
  'card-card': '— one item of a feed, chosen with',
  'card-horizontal': '— image beside the text when there is room',
  'card-full': '— lead photo with caption, body, print button, "Back" / "Continue"',
  'related-src': '— a feed of related articles',
  'related-article': '— the related list of one article',
  'sources-title': 'Source formats',
  'states-title': 'States',
  'states-lead':
    "The blocks below read the demo API's deliberately broken endpoints. The last line of each block logs the event the element sent.",
  'state-loading': 'Loading',
  'state-error': 'Server error, with fallback content',
  'state-empty': 'No data',
  'state-stale': 'Stale data when the server fails',
  'state-parse': 'Broken JSON',
  'state-html': 'An HTML page instead of JSON',
  'state-format': 'Wrong format',
  'state-timeout': 'Timeout',
  'reload-slow': 'Reload (3 seconds slow)',
  reload: 'Reload',
  'fallback-link': 'Read the news on the portal',
  'builder-title': 'Embed builder',
  'builder-lead':
    'Choose an element, a data source and attributes, see the result live, then copy the snippet to paste into a CMS (in its HTML editing mode).',
  'b-element': 'Element',
  'b-endpoint': 'Data source',
  'b-variant': 'Display',
  'b-limit': 'Most items',
  'b-lang': 'Language',
  'b-inherit': "(the page's)",
  'b-heading': 'Heading',
  'b-heading-hint': 'Empty: the default heading.',
  'b-level': 'Heading level',
  'b-target': 'Open links in',
  'b-date': 'Date format',
  'b-default': '(default)',
  'b-zone': 'Time zone',
  'b-zone-default': '(default: Asia/Ho_Chi_Minh)',
  preview: 'Preview',
  snippet: 'Snippet',
  copy: 'Copy',
  'api-title': 'The portal API (embedded in the demo)',
  'api-lead': 'The same content in every format, with CORS, ETag / 304 and Cache-Control like a real server.',
  'api-portal': '(JSON Feed 1.1 with _portal objects)',
  'api-faults': 'Fault endpoints',
  'cross-origin': 'Embedded from another origin:',
  'cross-origin-link': "another agency's page",
  footer:
    'Apart from the reference article, the articles of this demo are illustrative content. Photos are placeholder drawings.',
};

/** Theme presets: custom properties set on the wrapper around every widget. */
const THEMES = {
  default: {},
  portal: {
    '--portal-color-primary': '#a31515',
    '--portal-heading-transform': 'uppercase',
    '--portal-font-family': 'Arial, Helvetica, sans-serif',
    '--portal-radius': '0',
    '--demo-accent': '#a31515',
  },
  green: {
    '--portal-color-primary': '#1b5e20',
    '--portal-font-family': 'Georgia, "Times New Roman", serif',
    '--portal-heading-size': '1.25rem',
    '--portal-radius': '10px',
    '--portal-gap': '1rem',
    '--demo-accent': '#1b5e20',
  },
  dark: {
    '--portal-color-primary': '#8ab4f8',
    '--portal-color-text': '#e8eaed',
    '--portal-color-muted': '#bdc1c6',
    '--portal-color-border': '#5f6368',
    '--portal-color-surface': '#2d2e31',
    '--portal-color-background': '#202124',
    '--portal-color-focus': '#fdd663',
    '--portal-color-error': '#f28b82',
    '--portal-color-button-text': '#202124',
    '--demo-accent': '#8ab4f8',
    '--demo-on-accent': '#202124',
    '--demo-bg': '#17181a',
    '--demo-panel': '#202124',
    '--demo-text': '#e8eaed',
    '--demo-muted': '#bdc1c6',
    '--demo-border': '#5f6368',
  },
};
const THEME_PROPERTIES = [...new Set(Object.values(THEMES).flatMap(Object.keys))];

const root = document.documentElement;
const themed = document.getElementById('themed');
const langSelect = document.getElementById('page-lang');
const themeSelect = document.getElementById('page-theme');
const builderPreview = document.getElementById('builder-preview');

const currentLang = () => (root.lang === 'en' ? 'en' : 'vi');

/** Keeps the choices in the address, so a link shows the same page. */
function remember(name, value, fallback) {
  const url = new URL(location.href);
  if (value === fallback) url.searchParams.delete(name);
  else url.searchParams.set(name, value);
  history.replaceState(history.state, '', url);
}

function setLanguage(lang) {
  root.lang = lang;
  for (const el of document.querySelectorAll('[data-i18n]')) {
    el.dataset.vi ??= el.textContent;
    el.textContent = lang === 'en' ? (EN[el.dataset.i18n] ?? el.dataset.vi) : el.dataset.vi;
  }
  for (const widget of themed.querySelectorAll(WIDGETS)) {
    // The builder's preview follows its own form.
    if (builderPreview.contains(widget)) continue;
    widget.setAttribute('lang', lang);
    if (widget.dataset.headingEn) {
      widget.dataset.headingVi ??= widget.getAttribute('heading') ?? '';
      widget.setAttribute('heading', lang === 'en' ? widget.dataset.headingEn : widget.dataset.headingVi);
    }
  }
  builder?.refresh();
  describeEvents();
}

function setTheme(name) {
  const theme = THEMES[name] ?? THEMES.default;
  for (const property of THEME_PROPERTIES) themed.style.removeProperty(property);
  for (const [property, value] of Object.entries(theme)) themed.style.setProperty(property, value);
  themed.dataset.theme = name;
}

// ——— The event log under each state demo ———

const lastEvents = new Map();

function describe(event) {
  const en = currentLang() === 'en';
  const { detail } = event;
  if (event.type === 'portal-load') {
    const count = detail.items?.length ?? detail.links?.length ?? (detail.article ? 1 : 0);
    const stale = detail.stale ? (en ? ', stale copy' : ', bản lưu cũ') : '';
    return `portal-load — ${count} ${en ? 'items' : 'mục'}${stale}`;
  }
  const status = detail.status ? ` ${detail.status}` : '';
  return `portal-error — kind: ${detail.kind}${status} — ${detail.message}`;
}

function describeEvents() {
  for (const log of document.querySelectorAll('[data-log-for]')) {
    const event = lastEvents.get(log.dataset.logFor);
    log.textContent = event ? describe(event) : '';
  }
}

for (const log of document.querySelectorAll('[data-log-for]')) {
  const widget = document.getElementById(log.dataset.logFor);
  const record = (event) => {
    if (event.target !== widget) return;
    lastEvents.set(widget.id, event);
    log.textContent = describe(event);
  };
  widget.addEventListener('portal-load', record);
  widget.addEventListener('portal-error', record);
}

for (const button of document.querySelectorAll('[data-reload]')) {
  button.addEventListener('click', () => document.getElementById(button.dataset.reload)?.reload());
}

// The flaky endpoint fails every other request: after its first success,
// load it again at once so the "stale" state shows without a click.
const flaky = document.getElementById('state-stale');
flaky.addEventListener(
  'portal-load',
  (event) => {
    if (!event.detail.stale) flaky.reload();
  },
  { once: true },
);

// The cross-origin page is served on the next port.
const crossOrigin = document.getElementById('cross-origin-link');
if (location.port) crossOrigin.href = `${location.protocol}//${location.hostname}:${Number(location.port) + 1}/`;

// ——— Start ———

const params = new URLSearchParams(location.search);
const builder = createBuilder(document.getElementById('builder'), currentLang);

langSelect.value = params.get('lang') === 'en' ? 'en' : 'vi';
themeSelect.value = params.get('theme') in THEMES ? params.get('theme') : 'default';
if (langSelect.value !== 'vi') setLanguage(langSelect.value);
setTheme(themeSelect.value);

langSelect.addEventListener('change', () => {
  setLanguage(langSelect.value);
  remember('lang', langSelect.value, 'vi');
});
themeSelect.addEventListener('change', () => {
  setTheme(themeSelect.value);
  remember('theme', themeSelect.value, 'default');
});
document.getElementById('page-settings').addEventListener('submit', (event) => event.preventDefault());

// The hand-written baseline: what a portal developer would write without the
// library to show the same block. Same markup as <news-list layout="list">
// (heading, ul > li > a + " (" time ")"), in a shadow root with a small
// stylesheet, dates "dd/MM/yyyy" in Asia/Ho_Chi_Minh through one cached
// Intl.DateTimeFormat. No validation, no states, no paging logic.

const dateFormat = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

// Written to look like the library's `list` layout (bullet, dotted separator,
// muted date that does not wrap), so that both pay for the same style and layout.
const sheet = new CSSStyleSheet();
sheet.replaceSync(`
  :host { display: block; box-sizing: border-box; font-size: 1rem; line-height: 1.5; color: #1f1f1f; overflow-wrap: anywhere; }
  .heading { margin: 0 0 0.75rem; font-size: 1.125rem; font-weight: 700; line-height: 1.3; color: #0b4f8a; }
  ul { margin: 0; padding: 0; list-style: none; }
  li { position: relative; padding: 0.4em 0 0.4em 1em; border-bottom: 1px dotted #c7c7c7; }
  li::before {
    content: ''; position: absolute; left: 0.2em; top: 1.05em; width: 0.3em; height: 0.3em;
    background: #0b4f8a; border-radius: 50%;
  }
  a { color: #0b4f8a; text-decoration: none; }
  a:hover { text-decoration: underline; }
  .date { color: #575757; font-size: 0.9em; white-space: nowrap; }
`);

/** One `<li>` for a JSON Feed item. */
function row(item) {
  const li = document.createElement('li');
  li.setAttribute('part', 'item');
  const a = document.createElement('a');
  a.setAttribute('part', 'link');
  a.href = new URL(item.url, document.baseURI).href;
  a.textContent = item.title;
  li.append(a);
  if (item.date_published) {
    const time = Date.parse(item.date_published);
    const span = document.createElement('span');
    span.className = 'date';
    const el = document.createElement('time');
    el.setAttribute('part', 'date');
    el.dateTime = new Date(time).toISOString();
    el.textContent = dateFormat.format(time);
    span.append('(', el, ')');
    li.append(' ', span);
  }
  return li;
}

/** Fetches the feed at `url` and renders its first `limit` items into a new block inside `parent`. */
export async function renderBaseline(parent, url, limit) {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [sheet];
  parent.append(host);
  const response = await fetch(url, { credentials: 'omit' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const feed = JSON.parse(await response.text());
  const heading = document.createElement('h2');
  heading.className = 'heading';
  heading.setAttribute('part', 'heading');
  heading.textContent = 'Tin mới nhất';
  const list = document.createElement('ul');
  list.className = 'items list';
  list.setAttribute('part', 'list');
  for (const item of feed.items.slice(0, limit)) list.append(row(item));
  root.append(heading, list);
  return { host, root, list, nextUrl: feed.next_url && new URL(feed.next_url, new URL(url, document.baseURI)).href };
}

/** "Xem tiếp" by hand: fetch the next page and append its items. */
export async function appendPage(block) {
  const response = await fetch(block.nextUrl, { credentials: 'omit' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const page = JSON.parse(await response.text());
  const fragment = document.createDocumentFragment();
  for (const item of page.items) fragment.append(row(item));
  block.list.append(fragment);
  block.nextUrl = page.next_url && new URL(page.next_url, block.nextUrl).href;
}

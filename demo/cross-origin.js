// Served from the second origin (the demo server's port + 1): points every
// element at the portal's origin, then loads the drop-in module from there.
// Module scripts and fetches across origins both rely on the portal's CORS headers.

const portal = `${location.protocol}//${location.hostname}:${Number(location.port) - 1}`;
document.getElementById('this-origin').textContent = location.origin;
document.getElementById('portal-origin').textContent = portal;

for (const el of document.querySelectorAll('[data-src], [data-article-src]')) {
  if (el.dataset.src) el.setAttribute('src', new URL(el.dataset.src, portal).href);
  if (el.dataset.articleSrc) el.setAttribute('article-src', new URL(el.dataset.articleSrc, portal).href);
}

await import(`${portal}/dist/portal-widgets.js`);

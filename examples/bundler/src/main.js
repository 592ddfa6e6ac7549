// The npm modules through a bundler. Import only the elements the page uses:
// each entry registers one element, and the bundler leaves the rest out.
import 'portal-widgets/website-links.js';
import { NewsList } from 'portal-widgets';

// A site that already has a <news-list> of its own can register the class
// under another name; the package keeps `news-list` registered as well.
customElements.define('hd-news', class extends NewsList {});

const news = document.querySelector('hd-news');
const status = document.querySelector('#status');

news.addEventListener('portal-load', (event) => {
  status.textContent = `${event.detail.items.length} bài viết${event.detail.stale ? ' (dữ liệu có thể đã cũ)' : ''}`;
});
news.addEventListener('portal-error', (event) => {
  // `kind` is one of network, timeout, http, parse, format.
  status.textContent = `Không tải được tin (${event.detail.kind}): ${event.detail.message}`;
});

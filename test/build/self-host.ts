import { expect, fixture, html } from '@open-wc/testing';
import type { PortalErrorEvent, PortalLoadEvent } from '../../src/events.js';
import { respond, stubFetch, type Route } from '../helpers/fetch-stub.js';

// A site that serves its own copy of dist/ (the README's self-hosting steps),
// served by the test server under /self-hosted/ (web-test-runner.config.mjs).
// Each copy is tried in a page of its own: the first copy loaded owns the tags.

/** `no-NAME`: every file but the chunk `portal-widgets-NAME-….js`; `held-NAME`: that chunk never answered. */
type Copy = 'whole' | 'entry-only' | 'no-rss-atom' | 'no-date-reader' | 'held-rss-atom';

export const FEED_URL = 'https://portal.example/rss/chinh-tri.xml';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Chính trị</title><link>https://portal.example/</link>
<item><title>Khai mạc Hội nghị lần thứ 2</title><link>https://portal.example/tin/1</link><guid>1</guid>
<pubDate>Thu, 03 Dec 2020 08:00:00 +0700</pubDate></item>
</channel></rss>`;

export const WP_URL = 'https://portal.example/wp-json/wp/v2/posts';

const WP_POSTS = JSON.stringify([
  {
    id: 1,
    link: 'https://portal.example/tin/1',
    date: '2020-12-03T08:00:00',
    title: { rendered: 'Khai mạc Hội nghị lần thứ 2' },
  },
]);

/** Loads the copy's entry and shows an RSS feed with it; resolves with the event the element fired. */
export const showRss = (copy: Copy, timeout?: number) =>
  show(copy, FEED_URL, respond(RSS, { type: 'application/rss+xml' }), timeout);

/** The same with a WordPress posts list, read by the WordPress adapter's chunk. */
export const showWordPress = (copy: Copy) => show(copy, WP_URL, respond(WP_POSTS, { type: 'application/json' }));

async function show(copy: Copy, url: string, response: Route, timeout = 10) {
  await import(/* @vite-ignore */ new URL(`/self-hosted/${copy}/portal-widgets.js`, location.href).href);
  expect(customElements.get('news-list'), 'the copy registers the elements').to.be.a('function');
  const stub = stubFetch({ [url]: response });
  try {
    const el = await fixture(html`<news-list lang="en" src=${url} timeout=${timeout}></news-list>`);
    const event = await new Promise<PortalLoadEvent | PortalErrorEvent>((resolve) => {
      const settle = (settled: Event) => resolve(settled as PortalLoadEvent | PortalErrorEvent);
      el.addEventListener('portal-load', settle, { once: true });
      el.addEventListener('portal-error', settle, { once: true });
    });
    return { el, event };
  } finally {
    stub.restore();
  }
}

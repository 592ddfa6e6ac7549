import { expect, fixture, html } from '@open-wc/testing';
import type { PortalErrorEvent, PortalLoadEvent } from '../../src/events.js';
import { respond, stubFetch } from '../helpers/fetch-stub.js';

// A site that serves its own copy of dist/ (the README's self-hosting steps),
// served by the test server under /self-hosted/ (web-test-runner.config.mjs).
// Each copy is tried in a page of its own: the first copy loaded owns the tags.

export const FEED_URL = 'https://portal.example/rss/chinh-tri.xml';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Chính trị</title><link>https://portal.example/</link>
<item><title>Khai mạc Hội nghị lần thứ 2</title><link>https://portal.example/tin/1</link><guid>1</guid>
<pubDate>Thu, 03 Dec 2020 08:00:00 +0700</pubDate></item>
</channel></rss>`;

/** Loads the copy's entry and shows an RSS feed with it; resolves with the event the element fired. */
export async function showRss(copy: 'whole' | 'entry-only') {
  await import(/* @vite-ignore */ new URL(`/self-hosted/${copy}/portal-widgets.js`, location.href).href);
  expect(customElements.get('news-list'), 'the copy registers the elements').to.be.a('function');
  const stub = stubFetch({ [FEED_URL]: respond(RSS, { type: 'application/rss+xml' }) });
  try {
    const el = await fixture(html`<news-list lang="en" src=${FEED_URL}></news-list>`);
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

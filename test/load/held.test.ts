import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/news-list/news-list.js';
import type { PortalErrorEvent } from '../../src/events.js';

// `/held/…` is a real request the test server never answers (web-test-runner.config.mjs).

describe('an endpoint that never answers', () => {
  it('leaves no element loading: the error state with kind timeout once `timeout` seconds pass', async () => {
    const url = new URL(`/held/feed-${Math.random().toString(36).slice(2)}.json`, location.href).href;
    const el = await fixture<HTMLElement>(html`<news-list lang="en" src=${url} timeout="1"></news-list>`);
    expect(el.shadowRoot!.querySelector('[part~="skeleton"]'), 'loading at first').to.exist;
    const started = performance.now();
    const { detail } = (await oneEvent(el, 'portal-error')) as PortalErrorEvent;
    expect(detail.kind).to.equal('timeout');
    expect(detail.url).to.equal(url);
    // Not before its timeout (timers fire late, never early).
    expect(performance.now() - started).to.be.at.least(900);
    expect(el.shadowRoot!.querySelector('[part~="skeleton"]'), 'no loading state left').to.equal(null);
    expect(el.shadowRoot!.querySelector('[part~="error"] [role="alert"]')?.textContent).to.match(/\S/);
  });
});

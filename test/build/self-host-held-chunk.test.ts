import { expect } from '@open-wc/testing';
import type { PortalErrorEvent } from '../../src/events.js';
import { FEED_URL, showRss } from './self-host.js';

describe('a self-hosted copy of dist/ whose RSS/Atom reader chunk never arrives', () => {
  it('ends in the error state with kind timeout once its timeout passes, though the feed itself arrived', async () => {
    const { el, event } = await showRss('held-rss-atom', 1);
    expect(event.type).to.equal('portal-error');
    const { detail } = event as PortalErrorEvent;
    expect(detail.kind).to.equal('timeout');
    expect(detail.url).to.equal(FEED_URL);
    expect(el.shadowRoot!.querySelector('[part~="skeleton"]'), 'no loading state left').to.equal(null);
    expect(el.shadowRoot!.querySelector('[part~="error"] [role="alert"]')).to.exist;
  });
});

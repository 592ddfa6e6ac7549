import { expect } from '@open-wc/testing';
import type { PortalErrorEvent } from '../../src/events.js';
import { FEED_URL, showRss } from './self-host.js';

describe('a self-hosted copy of dist/ without the RSS/Atom reader chunk', () => {
  it('shows the error state for an RSS feed, as a network error naming the RSS/Atom reader', async () => {
    const { el, event } = await showRss('no-rss-atom');
    expect(event.type).to.equal('portal-error');
    const { detail } = event as PortalErrorEvent;
    expect(detail.kind).to.equal('network');
    expect(detail.url).to.equal(FEED_URL);
    expect(detail.message).to.match(/portal-widgets-rss-atom-[\w-]+\.js/);
    expect(detail.message).not.to.match(/date-reader/);
    const alert = el.shadowRoot!.querySelector('[part~="error"] [role="alert"]');
    expect(alert?.textContent).to.equal('Could not load the data.');
  });
});

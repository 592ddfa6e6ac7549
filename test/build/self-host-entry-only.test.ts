import { expect, fixture, html } from '@open-wc/testing';
import type { PortalErrorEvent } from '../../src/events.js';
import { FEED_URL, WP_URL, showRss, showWordPress } from './self-host.js';

describe('a self-hosted copy of portal-widgets.js alone (its chunks not copied)', () => {
  it('shows the error state for an RSS feed, as a network error naming a missing file', async () => {
    const { el, event } = await showRss('entry-only');
    expect(event.type).to.equal('portal-error');
    const { detail } = event as PortalErrorEvent;
    expect(detail.kind).to.equal('network');
    expect(detail.url).to.equal(FEED_URL);
    // The RSS/Atom reader imports the date reader: both are missing, and the message names the one that must come first.
    expect(detail.message).to.match(/portal-widgets-date-reader-[\w-]+\.js/);
    const alert = el.shadowRoot!.querySelector('[part~="error"] [role="alert"]');
    expect(alert?.textContent).to.equal('Could not load the data.');
  });

  it('shows the error state for a WordPress posts list, as a network error naming the missing file', async () => {
    const { el, event } = await showWordPress('entry-only');
    expect(event.type).to.equal('portal-error');
    const { detail } = event as PortalErrorEvent;
    expect(detail.kind).to.equal('network');
    expect(detail.url).to.equal(WP_URL);
    expect(detail.message).to.match(/portal-widgets-wordpress-[\w-]+\.js/);
    const alert = el.shadowRoot!.querySelector('[part~="error"] [role="alert"]');
    expect(alert?.textContent).to.equal('Could not load the data.');
  });

  it('shows a full article as a card when the full view chunk is missing', async () => {
    await import(/* @vite-ignore */ new URL('/self-hosted/entry-only/portal-widgets.js', location.href).href);
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
      html`<article-card
        variant="full"
        lang="en"
        .article=${{ id: '1', title: 'Khai mạc Hội nghị', url: 'https://portal.example/tin/1', contentHtml: '<p>Thân bài</p>' }}
      ></article-card>`,
    );
    await el.updateComplete;
    const title = el.shadowRoot!.querySelector('[part~="title"] a');
    expect(title?.textContent?.trim()).to.equal('Khai mạc Hội nghị');
    expect(el.shadowRoot!.querySelector('[part~="print"]')).to.equal(null);
  });
});

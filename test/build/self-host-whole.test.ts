import { expect } from '@open-wc/testing';
import { showRss, showWordPress } from './self-host.js';

describe('a self-hosted copy of the whole dist/ folder', () => {
  it('shows an RSS feed (the reader chunk loads beside the entry)', async () => {
    const { el, event } = await showRss('whole');
    expect(event.type).to.equal('portal-load');
    const titles = [...el.shadowRoot!.querySelectorAll('[part~="item"] a')].map((a) => a.textContent!.trim());
    expect(titles).to.deep.equal(['Khai mạc Hội nghị lần thứ 2']);
  });

  it('shows a WordPress posts list (the adapter chunk loads beside the entry)', async () => {
    const { el, event } = await showWordPress('whole');
    expect(event.type).to.equal('portal-load');
    const titles = [...el.shadowRoot!.querySelectorAll('[part~="item"] a')].map((a) => a.textContent!.trim());
    expect(titles).to.deep.equal(['Khai mạc Hội nghị lần thứ 2']);
  });
});

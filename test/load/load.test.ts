import { expect } from '@open-wc/testing';
import { NewsList } from '../../src/news-list/news-list.js';
import { define } from '../../src/element/define.js';
import type { PortalLoadEvent } from '../../src/events.js';
import { clearCache, loadBytes } from '../../src/load/load.js';
import { $$, loaded } from '../helpers/dom.js';
import { hang, stubFetch } from '../helpers/fetch-stub.js';
import { html } from 'lit';

// Served by a middleware of web-test-runner.config.mjs: /moved/feed.json answers
// 302 Found with Location /moved/to/news/feed.json.
const MOVED = new URL('/moved/feed.json', location.href).href;
const SERVED_FROM = new URL('/moved/to/news/feed.json', location.href).href;

describe('the loader', () => {
  beforeEach(() => clearCache());
  afterEach(() => clearCache());

  it('asks for the data of an element of the page at its upgrade, before its first update, and once', async () => {
    const stub = stubFetch({ '/early/feed.json': hang });
    const el = document.createElement('early-request-list') as NewsList;
    el.setAttribute('src', '/early/feed.json');
    try {
      document.body.append(el);
      expect(stub.calls, 'before the upgrade').to.deep.equal([]);
      define('early-request-list', class extends NewsList {});
      expect(el.hasUpdated, 'updated').to.equal(false);
      expect(stub.calls).to.deep.equal([new URL('/early/feed.json', location.href).href]);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="skeleton"]'), 'loading').to.not.equal(null);
      expect(stub.calls, 'after the first update').to.have.length(1);
    } finally {
      el.remove();
      stub.restore();
    }
  });

  it('gives the bytes with the URL they were served from after a redirect', async () => {
    const body = await loadBytes(MOVED);
    expect(body.url).to.equal(SERVED_FROM);
    expect(body.contentType).to.equal('application/feed+json');
    expect(JSON.parse(new TextDecoder().decode(body.bytes)).title).to.equal('Tin');
    expect(body.stale).to.equal(false);
    // From the memory cache, the same.
    expect((await loadBytes(MOVED)).url).to.equal(SERVED_FROM);
  });

  it('takes the response a page preloaded from another origin, without downloading it again', async () => {
    // 127.0.0.1 is another origin than the page's localhost; the test server answers with CORS headers.
    const url = `${location.protocol}//127.0.0.1:${location.port}/moved/to/news/feed.json?preloaded=${Date.now()}`;
    const link = Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', href: url });
    link.setAttribute('crossorigin', '');
    const preloaded = new Promise((resolve, reject) => {
      link.onload = resolve;
      link.onerror = reject;
    });
    document.head.append(link);
    try {
      await preloaded;
      const body = await loadBytes(url);
      expect(JSON.parse(new TextDecoder().decode(body.bytes)).title).to.equal('Tin');
      expect(performance.getEntriesByName(url).length, 'requests for the preloaded URL').to.equal(1);
    } finally {
      link.remove();
    }
  });

  it('resolves relative links against the URL a redirect led to, and reports the URL asked for', async () => {
    let event: PortalLoadEvent | undefined;
    const listen = (e: Event) => (event = e as PortalLoadEvent);
    document.addEventListener('portal-load', listen);
    try {
      const el = await loaded<NewsList>(html`<news-list src="/moved/feed.json"></news-list>`);
      expect($$<HTMLAnchorElement>(el, 'a[part~="link"]').map((a) => a.href)).to.deep.equal([
        new URL('/moved/to/news/tin-1.html', location.href).href,
      ]);
      expect(event?.detail.url).to.equal(MOVED);
    } finally {
      document.removeEventListener('portal-load', listen);
    }
  });
});

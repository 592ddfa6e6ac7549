import { expect, fixture, html } from '@open-wc/testing';

interface ChunkSize {
  entry: boolean;
  bytes: number;
  gzip: number;
  brotli: number;
}

/** 20 KB, read strictly (1 KB = 1,000 bytes). */
const BUDGET_BROTLI = 20_000;
const dist = (file: string) => new URL(`/dist/${file}`, location.href).href;

describe('the drop-in file dist/portal-widgets.js', () => {
  let sizes: Record<string, ChunkSize>;
  before(async () => {
    sizes = await (await fetch(dist('sizes.json'))).json();
  });

  it(`stays within ${BUDGET_BROTLI.toLocaleString('en')} bytes brotli, the sanitiser chunk aside`, async () => {
    const entry = sizes['portal-widgets.js'];
    expect(entry.entry).to.equal(true);
    // The report belongs to the file being served.
    const served = await (await fetch(dist('portal-widgets.js'))).arrayBuffer();
    expect(served.byteLength).to.equal(entry.bytes);
    expect(entry.brotli, `portal-widgets.js is ${entry.brotli} B brotli`).to.be.at.most(BUDGET_BROTLI);
  });

  it('loads the sanitiser and the RSS/Atom reader as chunks beside it, on demand only', async () => {
    const chunks = Object.keys(sizes).filter((name) => !sizes[name].entry);
    expect(chunks).to.have.length(2);
    expect(chunks.some((name) => name.startsWith('portal-widgets-sanitize-'))).to.equal(true);
    expect(chunks.some((name) => name.startsWith('portal-widgets-rss-atom-'))).to.equal(true);
    const entrySource = await (await fetch(dist('portal-widgets.js'))).text();
    for (const name of chunks) {
      // Imported dynamically, never statically.
      expect(entrySource).to.contain(`import("./${name}")`);
      expect(entrySource).not.to.match(new RegExp(`^import[^(]*["']\\./${name}`, 'm'));
    }
    expect(entrySource).not.to.contain('DOMPurify');
    expect(entrySource).not.to.contain('DOMParser');
  });

  // 24 KB since the chunk repairs ill-formed XML and decodes declared encodings (about 0.8 KB).
  it('keeps the RSS/Atom chunk small: a page that reads RSS stays within 24 KB brotli', () => {
    const rss = Object.keys(sizes).find((name) => name.startsWith('portal-widgets-rss-atom-'))!;
    expect(sizes['portal-widgets.js'].brotli + sizes[rss].brotli).to.be.at.most(24 * 1024);
  });

  it('registers all four elements, and loading it twice or beside the npm modules does not throw', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
    window.addEventListener('error', onError);
    try {
      await import(/* @vite-ignore */ dist('portal-widgets.js'));
      await import(/* @vite-ignore */ `${dist('portal-widgets.js')}?second-copy`);
      await import(/* @vite-ignore */ new URL('/lib/index.js', location.href).href);
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    for (const tag of ['news-list', 'related-articles', 'website-links', 'article-card']) {
      expect(customElements.get(tag), tag).to.be.a('function');
    }
    const el = await fixture(html`<website-links variant="list"></website-links>`);
    (el as HTMLElement & { links: unknown }).links = [{ name: 'A', url: 'https://a.example/' }];
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.shadowRoot!.querySelector('a')!.href).to.equal('https://a.example/');
  });

  it('renders a <website-links> on a page of another origin, from a CORS-enabled endpoint', async () => {
    // localhost and 127.0.0.1 are different origins for the browser.
    const here = new URL(location.href);
    const otherHost = here.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    const page = new URL('/test/build/embed.html', here);
    page.hostname = otherHost;
    page.searchParams.set('script', dist('portal-widgets.js'));
    page.searchParams.set('src', new URL('/test/build/links.json', here).href);
    const frame = document.createElement('iframe');
    const message = new Promise<{ type: string; detail: { count: number }; text: string }>((resolve) => {
      window.addEventListener('message', function listen(event) {
        if (event.source !== frame.contentWindow) return;
        window.removeEventListener('message', listen);
        resolve(event.data);
      });
    });
    frame.src = page.href;
    document.body.append(frame);
    try {
      const result = await message;
      expect(result.type).to.equal('load');
      expect(result.detail.count).to.equal(2);
      expect(result.text).to.contain('Cổng Thông tin điện tử Chính phủ');
      expect(result.text).to.contain('Quốc hội');
    } finally {
      frame.remove();
    }
  });
});

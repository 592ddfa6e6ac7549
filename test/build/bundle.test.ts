import { expect, fixture, html } from '@open-wc/testing';

const dist = (file: string) => new URL(`/dist/${file}`, location.href).href;

// Its size budget is checked in Node by size-limit (`npm run size`, part of the build).
describe('the drop-in file dist/portal-widgets.js', () => {
  it('loads the full article, the sanitiser, the RSS/Atom reader, the WordPress adapter, the date reader and date-fns as chunks beside it, on demand only', async () => {
    const entrySource = await (await fetch(dist('portal-widgets.js'))).text();
    const imported = (source: string) =>
      [...source.matchAll(/import\("\.\/(portal-widgets-[\w-]+\.js)"\)/g)].map((match) => match[1]);
    const chunks = imported(entrySource);
    // The full article's chunk loads the sanitiser, when a body needs it.
    const full = chunks.find((name) => name.startsWith('portal-widgets-article-full-'))!;
    chunks.push(...imported(await (await fetch(dist(full))).text()));
    expect(chunks.some((name) => name.startsWith('portal-widgets-sanitize-'))).to.equal(true);
    expect(chunks.some((name) => name.startsWith('portal-widgets-article-full-'))).to.equal(true);
    expect(chunks.some((name) => name.startsWith('portal-widgets-rss-atom-'))).to.equal(true);
    expect(chunks.some((name) => name.startsWith('portal-widgets-wordpress-'))).to.equal(true);
    expect(chunks.some((name) => name.startsWith('portal-widgets-date-fns-'))).to.equal(true);
    expect(chunks.some((name) => name.startsWith('portal-widgets-date-reader-'))).to.equal(true);
    expect(chunks.some((name) => name.startsWith('portal-widgets-live-'))).to.equal(true);
    for (const name of chunks) {
      // Served beside it, and imported dynamically, never statically.
      expect((await fetch(dist(name))).ok, name).to.equal(true);
      expect(entrySource).not.to.match(new RegExp(`^import[^(]*["']\\./${name}`, 'm'));
    }
    expect(entrySource).not.to.contain('DOMPurify');
    expect(entrySource).not.to.contain('DOMParser');
    // The live updates (`refresh`) stay in their chunk.
    expect(entrySource).not.to.contain('visibilitychange');
    expect(entrySource).not.to.contain('wp:featuredmedia');
    expect(entrySource).not.to.contain('data-portal-printing');
    // date-fns's own words (its Vietnamese locale, its pattern errors) stay in its chunk.
    expect(entrySource).not.to.contain('tháng');
    expect(entrySource).not.to.contain('unescaped latin alphabet');
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

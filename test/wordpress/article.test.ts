import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/article-card/article-card.js';
import type { ArticleCard } from '../../src/article-card/article-card.js';
import { clearCache } from '../../src/load/load.js';
import { $, text } from '../helpers/dom.js';

// Full articles of the recorded WordPress site, as its editors wrote them in
// the block editor: an image block with its caption, a YouTube video and a
// Facebook video as <iframe>s, a <script> in a Custom HTML block.

const YOUTUBE = 'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ';
const VIDEO_POST = '/wordpress/wp-json/wp/v2/posts/7?_embed';

/** One post of the site, as `wp/v2/posts?_embed&per_page=100` gives it. */
async function post(id: number): Promise<{ id: number }> {
  const response = await fetch('/wordpress/wp-json/wp/v2/posts?_embed&per_page=100');
  return ((await response.json()) as { id: number }[]).find((each) => each.id === id)!;
}

/** The article's body once its paragraphs are in (it is sanitised after the article renders). */
async function bodyOf(el: ArticleCard): Promise<HTMLElement> {
  await waitUntil(() => el.shadowRoot!.querySelector('[part~="body"] p'), 'the body never showed');
  return $<HTMLElement>(el, '[part~="body"]');
}

const links = (body: HTMLElement) => [...body.querySelectorAll('a')].map((a) => [text(a), a.getAttribute('href')]);

describe('full articles of a real WordPress site', () => {
  beforeEach(() => clearCache());

  it('an allowed YouTube embed shows, beside the image block and its caption', async () => {
    const el = await fixture<ArticleCard>(
      html`<article-card variant="full" embed-origins="https://www.youtube-nocookie.com" src=${VIDEO_POST}></article-card>`,
    );
    const body = await bodyOf(el);
    expect([...body.querySelectorAll('iframe')].map((frame) => frame.getAttribute('src'))).to.deep.equal([YOUTUBE]);
    expect(text(body.querySelector('figcaption'))).to.equal('Đại biểu dự hội nghị');
    await expect(el).to.be.accessible();
  });

  it('by default the video leaves a link to it, "Xem nội dung nhúng: …"', async () => {
    const el = await fixture<ArticleCard>(html`<article-card variant="full" src=${VIDEO_POST}></article-card>`);
    const body = await bodyOf(el);
    expect(body.querySelectorAll('iframe')).to.have.length(0);
    // Named by the title the editor's embed code gave it.
    expect(links(body)).to.deep.include(['Xem nội dung nhúng: YouTube video player', YOUTUBE]);
  });

  it("an embed from an origin not listed (Facebook) leaves a link, and the editor's script never runs", async () => {
    const title = document.title;
    const withFacebook = await fixture<ArticleCard>(
      html`<article-card
        variant="full"
        embed-origins="https://www.youtube-nocookie.com"
        .article=${await post(11)}
      ></article-card>`,
    );
    const body = await bodyOf(withFacebook);
    expect(body.querySelectorAll('iframe')).to.have.length(0);
    const [link] = links(body).filter(([name]) => name!.startsWith('Xem nội dung nhúng'));
    expect(new URL(link[1]!).origin).to.equal('https://www.facebook.com');

    const withScript = await fixture<ArticleCard>(html`<article-card variant="full" .article=${await post(14)}></article-card>`);
    expect((await bodyOf(withScript)).querySelectorAll('script')).to.have.length(0);
    expect(document.title, 'the script of post 14 sets the title').to.equal(title);
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import '../../src/article-card/article-card.js';
import type { ArticleCard } from '../../src/article-card/article-card.js';
import type { Article } from '../../src/data/model.js';
import { $, $$, text } from '../helpers/dom.js';

// Embeds an editor put in an article body: kept from the origins the element
// lists in `embed-origins`, a link "Xem nội dung nhúng" otherwise.

const YOUTUBE = 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ';
const VIMEO = 'https://player.vimeo.com/video/76979871';
const MAPS = 'https://www.google.com/maps/embed?pb=!1m18!1m12';
const ORIGINS = 'https://www.youtube-nocookie.com https://www.google.com/maps/embed';

const article = (contentHtml: string): Article => ({
  id: 'e1',
  title: 'Bài có video',
  contentHtml,
  authors: [],
  tags: [],
  baseUrl: 'https://portal.example/tin/1.html',
});

async function full(contentHtml: string, origins?: string, lang = 'vi') {
  const el = await fixture<ArticleCard>(
    html`<article-card
      variant="full"
      lang=${lang}
      embed-origins=${origins ?? ''}
      .article=${article(contentHtml)}
    ></article-card>`,
  );
  await el.updateComplete;
  return el;
}

describe('<article-card> embeds', () => {
  it('keeps an allowed YouTube embed, lazy and sandboxed, in a box of its aspect ratio', async () => {
    const el = await full(
      `<p>Video:</p><p><iframe width="560" height="315" src="${YOUTUBE}" title="YouTube video player" frameborder="0" ` +
        'allow="accelerometer; autoplay; clipboard-write; camera" allowfullscreen srcdoc="<b>x</b>" name="top"></iframe></p>',
      ORIGINS,
    );
    const frames = $$(el, '[part~="body"] iframe');
    expect(frames).to.have.length(1);
    const [frame] = frames;
    expect(Object.fromEntries([...frame.attributes].map(({ name, value }) => [name, value]))).to.deep.equal({
      src: YOUTUBE,
      title: 'YouTube video player',
      loading: 'lazy',
      sandbox: 'allow-scripts allow-same-origin allow-presentation allow-popups',
      allow: 'fullscreen; picture-in-picture; encrypted-media',
      referrerpolicy: 'strict-origin-when-cross-origin',
    });
    const box = frame.parentElement!.getBoundingClientRect();
    expect(box.width).to.be.greaterThan(0);
    expect(box.width / box.height).to.be.closeTo(560 / 315, 0.01);
    const inner = frame.getBoundingClientRect();
    expect([inner.width, inner.height]).to.deep.equal([box.width, box.height]);
    expect(text($(el, '[part~="body"]'))).to.equal('Video:');
    await expect(el).to.be.accessible();
  });

  it('gives an embed without a size the 16 / 9 box, and one without a title a name', async () => {
    const el = await full(`<iframe src="${MAPS}" width="100%"></iframe>`, ORIGINS);
    const frame = $(el, '[part~="body"] iframe');
    expect(frame.getAttribute('src')).to.equal(MAPS);
    expect(frame.title).to.equal('Nội dung nhúng');
    const box = frame.parentElement!.getBoundingClientRect();
    expect(box.width / box.height).to.be.closeTo(16 / 9, 0.01);
    await expect(el).to.be.accessible();
  });

  it('leaves a link "Xem nội dung nhúng" to any other embed, and for every embed by default', async () => {
    const body =
      `<iframe src="${VIMEO}" title="Phóng sự"></iframe><iframe src="${YOUTUBE}"></iframe>` +
      '<iframe src="https://www.google.com/maps/embedded"></iframe><iframe src="/trang/video.html"></iframe>';
    const el = await full(body, ORIGINS);
    const links = $$(el, '[part~="body"] a').map((a) => [text(a), a.getAttribute('href')]);
    expect(links).to.deep.equal([
      ['Xem nội dung nhúng: Phóng sự', VIMEO],
      ['Xem nội dung nhúng', 'https://www.google.com/maps/embedded'],
      ['Xem nội dung nhúng', 'https://portal.example/trang/video.html'],
    ]);
    expect($$(el, '[part~="body"] iframe')).to.have.length(1);
    await expect(el).to.be.accessible();

    const none = await full(body);
    expect($$(none, '[part~="body"] iframe')).to.have.length(0);
    expect($$(none, '[part~="body"] a').map((a) => a.getAttribute('href'))).to.deep.equal([
      VIMEO,
      YOUTUBE,
      'https://www.google.com/maps/embedded',
      'https://portal.example/trang/video.html',
    ]);
  });

  it('leaves text, not a link, for an embed whose address is not safe', async () => {
    const el = await full(
      '<p>Trước</p><iframe src="javascript:alert(1)"></iframe><iframe src="data:text/html,<script>alert(1)</script>"></iframe><iframe></iframe>',
      `${ORIGINS} javascript: data:`,
    );
    const body = $(el, '[part~="body"]');
    expect(body.querySelectorAll('a, iframe')).to.have.length(0);
    expect([...body.children].map((block) => text(block))).to.deep.equal([
      'Trước',
      'Xem nội dung nhúng',
      'Xem nội dung nhúng',
      'Xem nội dung nhúng',
    ]);
    await expect(el).to.be.accessible();
  });

  it('labels in English, and opens the link in a new window with target="_blank"', async () => {
    const el = await fixture<ArticleCard>(
      html`<article-card
        variant="full"
        lang="en"
        target="_blank"
        .article=${article(`<iframe src="${VIMEO}"></iframe>`)}
      ></article-card>`,
    );
    await el.updateComplete;
    const link = $(el, '[part~="body"] a');
    expect(text(link)).to.equal('View embedded content (opens in a new window)');
    expect([link.getAttribute('target'), link.getAttribute('rel')]).to.deep.equal(['_blank', 'noopener noreferrer']);
  });

  it('follows a change of embed-origins', async () => {
    const el = await full(`<iframe src="${VIMEO}"></iframe>`);
    expect($$(el, '[part~="body"] iframe')).to.have.length(0);
    el.embedOrigins = 'https://player.vimeo.com';
    await el.updateComplete;
    expect($(el, '[part~="body"] iframe').getAttribute('src')).to.equal(VIMEO);
  });
});

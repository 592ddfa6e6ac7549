import { expect } from '@open-wc/testing';
import DOMPurify from 'dompurify';
import { sanitizeBody } from '../../src/article-card/sanitize.js';

const BASE = 'https://portal.example/api/tin/1.json';

/** The fragment as markup, for compact assertions. */
async function sanitized(input: string, target = '_self', newWindowNote = '') {
  const fragment = await sanitizeBody(input, BASE, { target, newWindowNote });
  const holder = document.createElement('div');
  holder.append(fragment);
  return holder;
}

describe('sanitizeBody', () => {
  it('returns a fragment, not a string', async () => {
    expect(await sanitizeBody('<p>a</p>', BASE)).to.be.instanceOf(DocumentFragment);
  });

  it('keeps article markup and drops everything else, keeping its text', async () => {
    const out = await sanitized(
      '<h1>Tít</h1><h2 id="a" class="b" style="color:red" data-x="1" aria-describedby="a">Mục</h2>' +
        '<p>Chữ <strong>đậm</strong> <em>nghiêng</em> <font color="red">cũ</font></p>' +
        '<ul><li>một</li></ul><blockquote>trích</blockquote>' +
        '<table><thead><tr><th scope="col">A</th></tr></thead><tbody><tr><td colspan="2">1</td></tr></tbody></table>' +
        '<noscript><p>không</p></noscript><template><p>ẩn</p></template><textarea>gõ</textarea>',
    );
    expect(out.innerHTML).to.equal(
      'Tít<h2>Mục</h2><p>Chữ <strong>đậm</strong> <em>nghiêng</em> cũ</p><ul><li>một</li></ul><blockquote>trích</blockquote>' +
        '<table><thead><tr><th scope="col">A</th></tr></thead><tbody><tr><td colspan="2">1</td></tr></tbody></table>gõ',
    );
  });

  it('resolves links and images against the document and keeps only safe URLs', async () => {
    const out = await sanitized(
      '<a href="../tin/2">tương đối</a><a href="mailto:toasoan@portal.example">thư</a><a href="vbscript:msgbox(1)">vb</a>' +
        '<img src="anh/a.jpg" alt="A"><img src="data:image/png;base64,AAAA" alt="B">' +
        '<img src="javascript:alert(1)" srcset="/anh/b.jpg 2x, javascript:alert(1) 3x" alt="C">' +
        '<picture><source srcset="anh/c.webp 1x,anh/c2.webp 2x" type="image/webp"><source srcset="javascript:alert(1)"><img src="/anh/c.jpg" alt="D"></picture>',
    );
    expect([...out.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://portal.example/api/tin/2',
      'mailto:toasoan@portal.example',
      null,
    ]);
    const images = [...out.querySelectorAll('img')];
    expect(images.map((image) => [image.getAttribute('src'), image.getAttribute('srcset'), image.alt])).to.deep.equal([
      ['https://portal.example/api/tin/anh/a.jpg', null, 'A'],
      [null, 'https://portal.example/anh/b.jpg 2x', 'C'],
      ['https://portal.example/anh/c.jpg', null, 'D'],
    ]);
    expect(images.every((image) => image.getAttribute('loading') === 'lazy')).to.equal(true);
    expect([...out.querySelectorAll('source')].map((source) => source.getAttribute('srcset'))).to.deep.equal([
      'https://portal.example/api/tin/anh/c.webp 1x, https://portal.example/api/tin/anh/c2.webp 2x',
    ]);
  });

  it('gives images without alt an empty one', async () => {
    const out = await sanitized('<figure><img src="/a.jpg"><figcaption>Ảnh: Thành Chung.</figcaption></figure>');
    expect(out.querySelector('img')!.getAttribute('alt')).to.equal('');
    expect(out.querySelector('figcaption')!.textContent).to.equal('Ảnh: Thành Chung.');
  });

  it('opens a new window only for _blank, always with rel and the note', async () => {
    const input = '<a href="/a" target="_blank" rel="opener">một</a><a href="/b" target="khung">hai</a><a href="/c">ba</a>';
    const self = await sanitized(input, '_self', '(mở trong cửa sổ mới)');
    const [one, two, three] = self.querySelectorAll('a');
    expect([one.target, one.rel, one.textContent]).to.deep.equal(['_blank', 'noopener noreferrer', 'một (mở trong cửa sổ mới)']);
    expect(one.querySelector('.visually-hidden')).to.exist;
    expect([two.hasAttribute('target'), two.hasAttribute('rel'), three.hasAttribute('target')]).to.deep.equal([
      false,
      false,
      false,
    ]);

    const blank = await sanitized(input, '_blank', '(opens in a new window)');
    expect([...blank.querySelectorAll('a')].map((a) => [a.target, a.rel])).to.deep.equal([
      ['_blank', 'noopener noreferrer'],
      ['_blank', 'noopener noreferrer'],
      ['_blank', 'noopener noreferrer'],
    ]);
  });

  it('reads text and values with on… and style words exactly as written, and drops what a style holds', async () => {
    const out = await sanitized(
      '<p title="on top, style=x \'onclick\' /onload">Một style mới, on the road, /one "only" \tonce</p>' +
        '<style>p { color: red }</style><STYLE >b{}</STYLE><p>sau</p><a href="/onepage/style.html">trang</a>',
    );
    expect(out.innerHTML).to.equal(
      '<p title="on top, style=x \'onclick\' /onload">Một style mới, on the road, /one "only" \tonce</p>' +
        '<p>sau</p><a href="https://portal.example/onepage/style.html">trang</a>',
    );
  });

  it('drops handlers and styles however the markup hides them from a reader that is not the parser', async () => {
    const out = await sanitized(
      `<img src=x id/=' onerror=alert(1)//'><!--<img src="--><img src=x onerror=alert(1)//">` +
        '<svg><![CDATA[><image xlink:href="]]><img src=x onerror=alert(2)//"></svg>' +
        '<svg></p><title><a id="</title><img src=x onerror=alert()>"></textarea></svg>' +
        '<p title="a"style="color:red"/onclick=x>chữ</p>',
    );
    const attributes = [...out.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((attribute) => attribute.name));
    expect(attributes.filter((name) => /^(on|style)/i.test(name) || name.includes('\uFDD0'))).to.deep.equal([]);
    expect(out.innerHTML).not.to.contain('\uFDD0');
    expect(out.lastElementChild!.outerHTML).to.equal('<p title="a">chữ</p>');
  });

  it('keeps embeds from the listed origins only, and links to the others', async () => {
    const fragment = await sanitizeBody(
      '<iframe src="https://www.youtube-nocookie.com/embed/x" width="640" height="480"></iframe>' +
        '<iframe src="https://www.youtube.com/embed/x"></iframe><iframe src="https://www.google.com/maps/embed/v1?q=x"></iframe>' +
        '<iframe src="https://www.google.com/search?q=x"></iframe><iframe src="http://www.youtube-nocookie.com/embed/x"></iframe>',
      BASE,
      { embedOrigins: ' https://www.youtube-nocookie.com/\nhttps://www.google.com/maps/embed/ notaurl /relative ', lang: 'en' },
    );
    const out = document.createElement('div');
    out.append(fragment);
    expect([...out.querySelectorAll('iframe')].map((frame) => frame.getAttribute('src'))).to.deep.equal([
      'https://www.youtube-nocookie.com/embed/x',
      'https://www.google.com/maps/embed/v1?q=x',
    ]);
    // The box's ratio is the natural size of the canvas beside the frame (640 × 480 in its smallest whole numbers).
    const sizer = out.querySelector('iframe')!.parentElement!.querySelector('canvas')!;
    expect([sizer.width, sizer.height]).to.deep.equal([4, 3]);
    expect(out.querySelector('[style]')).to.equal(null);
    expect([...out.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')])).to.deep.equal([
      ['View embedded content', 'https://www.youtube.com/embed/x'],
      ['View embedded content', 'https://www.google.com/search?q=x'],
      ['View embedded content', 'http://www.youtube-nocookie.com/embed/x'],
    ]);
  });

  it('leaves the global DOMPurify as the host configured it', async () => {
    await sanitized('<p class="x">a</p>');
    expect(DOMPurify.sanitize('<p class="x">a</p>')).to.equal('<p class="x">a</p>');
  });
});

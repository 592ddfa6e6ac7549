import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/news-list/news-list.js';
import type { NewsList } from '../../src/news-list/news-list.js';
import { clearCache } from '../../src/load/load.js';
import { $$ } from '../helpers/dom.js';
import { POSTS } from './recorded.js';

// The photographs of the recorded WordPress site are 1,600 px wide, and
// WordPress made 300, 768, 1,024 and 1,536 px copies of them
// (`media_details.sizes`). A card in a narrow column must not load the
// original. (The site's files are not served here: which candidate the
// browser chose is its `currentSrc`, loaded or not.)

/** The width a `srcset` gives the candidate at `url`. */
function widthOf(img: HTMLImageElement, url: string): number {
  const candidate = img.srcset.split(', ').find((entry) => entry.split(' ')[0] === url);
  return Number(candidate?.split(' ')[1]?.replace('w', ''));
}

/** A list of `layout` in a column of 300 px, once it loaded. */
async function inColumn(layout: string, exclude = ''): Promise<NewsList> {
  const column = await fixture<HTMLDivElement>(html`<div style="width: 300px"></div>`);
  const el = document.createElement('news-list');
  el.setAttribute('layout', layout);
  el.setAttribute('limit', '5');
  el.setAttribute('exclude', exclude);
  el.src = POSTS;
  const loaded = new Promise((resolve) => el.addEventListener('portal-load', resolve, { once: true }));
  column.append(el);
  await loaded;
  await el.updateComplete;
  return el;
}

/** Scrolls each lazy image into view and waits until the browser chose a candidate. */
async function chosen(images: HTMLImageElement[]) {
  for (const img of images) {
    img.scrollIntoView();
    await waitUntil(() => img.currentSrc, `no candidate chosen for ${img.alt}`);
  }
  return images.map((img) => ({ box: img.getBoundingClientRect().width, width: widthOf(img, img.currentSrc), img }));
}

describe('images of a real WordPress site in a 300 px column', () => {
  beforeEach(() => clearCache());

  it('cards load a size at most twice their box, never the 1,600 px original', async () => {
    const el = await inColumn('cards');
    const cards = $$(el, 'article-card');
    await Promise.all(cards.map((card) => (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    const images = cards.flatMap((card) => [...card.shadowRoot!.querySelectorAll<HTMLImageElement>('img[part~="image"]')]);
    // Three of the five newest posts have a featured image.
    expect(images).to.have.length(3);
    for (const { box, width, img } of await chosen(images)) {
      expect(box, 'the box fits the column').to.be.within(100, 300);
      expect(width, `${img.currentSrc} for a ${box} px box`).to.be.at.most(2 * box * devicePixelRatio);
      expect(width, 'not the original').to.be.below(1600);
    }
  });

  it('the featured block loads a size at most twice its box', async () => {
    // Without the newest post, which has no featured image.
    const el = await inColumn('featured', '18');
    const [lead] = await chosen($$<HTMLImageElement>(el, 'img[part~="image"]'));
    expect(lead.width, `${lead.img.currentSrc} for a ${lead.box} px box`).to.be.at.most(2 * lead.box * devicePixelRatio);
    expect(lead.img.sizes).to.include('auto');
  });
});

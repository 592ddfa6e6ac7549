import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import { hang, stubFetch, type FetchStub } from '../helpers/fetch-stub.js';
import { backgroundOf, contrast, labelOf, flatParent, focusables, parseColor, textElements } from './a11y-utils.js';
import { EXHIBITS, mountExhibit, stateStub, type PortalHost } from './gallery.js';
import { deepActiveElement, shadowElements } from './harness.js';

// WCAG 2.1 AA beyond what axe can see: keyboard use with a visible focus,
// reflow at 320 CSS px, text at 200 %, reduced motion, and the contrast of
// the colours actually painted, for every element, variant and state.

describe('accessibility beyond axe', function () {
  this.timeout(20000);
  let stub: FetchStub;
  let fail: (url: string) => void;

  beforeEach(() => {
    ({ stub, fail } = stateStub());
  });
  afterEach(async () => {
    stub.restore();
    await setViewport({ width: 800, height: 600 });
  });

  async function mountAll(style = '') {
    const container = await fixture<HTMLElement>(html`<div class="page"></div>`);
    if (style) container.append(Object.assign(document.createElement('style'), { textContent: style }));
    const elements: [string, PortalHost][] = [];
    for (const exhibit of EXHIBITS) elements.push([exhibit.name, await mountExhibit(container, exhibit, fail)]);
    // Every exhibit, then the images' layout.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return { container, elements };
  }

  describe('keyboard alone, with a visible focus (2.1.1, 2.4.7)', () => {
    for (const exhibit of EXHIBITS) {
      it(`${exhibit.name}: Tab reaches every control once, in order, each with a focus outline`, async () => {
        const container = await fixture<HTMLElement>(html`<div><button id="before">Trước</button></div>`);
        const el = await mountExhibit(container, exhibit, fail);
        const after = Object.assign(document.createElement('button'), { textContent: 'Sau' });
        container.append(after);
        const expected = focusables(el.shadowRoot!);
        container.querySelector<HTMLButtonElement>('#before')!.focus();
        const reached: Element[] = [];
        const unseen: string[] = [];
        for (let i = 0; i < 60; i++) {
          await sendKeys({ press: 'Tab' });
          const active = deepActiveElement();
          if (active === after || !active) break;
          reached.push(active);
          const style = getComputedStyle(active);
          const outline = parseFloat(style.outlineWidth);
          if (!active.matches(':focus-visible') || style.outlineStyle === 'none' || !(outline > 0)) {
            unseen.push(`${labelOf(active)}: outline ${style.outlineStyle} ${style.outlineWidth}`);
          } else if (contrast(parseColor(style.outlineColor), backgroundOf(flatParent(active)!)) < 3) {
            // The outline is drawn around the control, over what is behind it.
            unseen.push(`${labelOf(active)}: outline contrast below 3:1`);
          }
        }
        expect(deepActiveElement(), 'focus leaves the element for the next control').to.equal(after);
        expect(reached.map(labelOf)).to.deep.equal(expected.map(labelOf));
        expect(unseen).to.deep.equal([]);
        if (expected.length === 0) expect(exhibit.name).to.match(/empty|stale/);
      });
    }

    it('"Thử lại" works from the keyboard', async () => {
      const container = await fixture<HTMLElement>(html`<div></div>`);
      const el = await mountExhibit(
        container,
        EXHIBITS.find((e) => e.name === 'news-list error')!,
        fail,
      );
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]')!.focus();
      const calls = stub.calls.length;
      const failedAgain = new Promise((resolve) => el.addEventListener('portal-error', resolve, { once: true }));
      await sendKeys({ press: 'Enter' });
      await failedAgain;
      expect(stub.calls.length).to.equal(calls + 1);
    });
  });

  describe('reflow at 320 CSS px (1.4.10)', () => {
    it('no horizontal scrolling of the page or of any element, nor of any text', async () => {
      await setViewport({ width: 320, height: 640 });
      const { elements } = await mountAll();
      const overflowing: string[] = [];
      for (const [name, el] of elements) {
        if (el.scrollWidth > el.clientWidth) overflowing.push(`${name}: ${el.scrollWidth} > ${el.clientWidth}`);
        for (const text of textElements(el)) {
          if (text.clientWidth && text.scrollWidth > text.clientWidth + 1)
            overflowing.push(`${name} ${labelOf(text)}: ${text.scrollWidth} > ${text.clientWidth}`);
        }
      }
      const page = document.documentElement;
      expect(overflowing).to.deep.equal([]);
      expect(page.scrollWidth, 'the page scrolls sideways').to.be.at.most(page.clientWidth);
    });
  });

  describe('text resized to 200 % (1.4.4)', () => {
    it('everything grows, and no text is clipped or spills out of its box', async () => {
      await setViewport({ width: 1024, height: 768 });
      const normal = await mountAll();
      const sizesAt100 = normal.elements.map(([, el]) => textElements(el).map((t) => parseFloat(getComputedStyle(t).fontSize)));
      normal.container.remove();

      // What a user's "text size 200 %" does to a page: the root font size doubles.
      const { elements } = await mountAll('html { font-size: 200% }');
      const problems: string[] = [];
      elements.forEach(([name, el], i) => {
        if (el.scrollWidth > el.clientWidth) problems.push(`${name}: ${el.scrollWidth} > ${el.clientWidth}`);
        textElements(el).forEach((text, j) => {
          const size = parseFloat(getComputedStyle(text).fontSize);
          if (size < sizesAt100[i][j] * 1.9) problems.push(`${name} ${labelOf(text)}: ${sizesAt100[i][j]}px became ${size}px`);
          if (text.clientWidth && text.scrollWidth > text.clientWidth + 1)
            problems.push(`${name} ${labelOf(text)}: ${text.scrollWidth} > ${text.clientWidth}`);
          // The card summary is cut to a number of lines by design, at any size.
          const clips = getComputedStyle(text).overflow !== 'visible' && !text.matches('.summary');
          if (clips && text.scrollHeight > text.clientHeight + 1) problems.push(`${name} ${labelOf(text)} is cut off`);
        });
        for (const button of shadowElements(el).filter((b): b is HTMLElement => b.localName === 'button')) {
          if (button.scrollHeight > button.clientHeight + 1 || button.scrollWidth > button.clientWidth + 1)
            problems.push(`${name} ${labelOf(button)} overflows`);
        }
      });
      expect(problems).to.deep.equal([]);
    });
  });

  describe('reduced motion (2.3.3)', () => {
    afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

    it('the loading skeletons shimmer, and stop under prefers-reduced-motion', async () => {
      stub.restore();
      stub = stubFetch({ '/laden.json': hang });
      const container = await fixture<HTMLElement>(
        html`<div>
          <news-list src="/laden.json"></news-list><related-articles src="/laden.json"></related-articles>
          <website-links src="/laden.json"></website-links><article-card src="/laden.json"></article-card>
          <news-list layout="cards" src="/laden.json"></news-list><article-card variant="full" src="/laden.json"></article-card>
        </div>`,
      );
      const bones = [...container.children].flatMap((el) => [...el.shadowRoot!.querySelectorAll('.bone')]);
      expect(bones.length).to.be.greaterThan(10);
      expect(new Set(bones.map((b) => getComputedStyle(b).animationName))).to.deep.equal(new Set(['shimmer']));
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(new Set(bones.map((b) => getComputedStyle(b).animationName))).to.deep.equal(new Set(['none']));
    });
  });

  describe('contrast of every default colour pair (1.4.3)', () => {
    it('text, links, dates, buttons, captions, the error and the stale note: at least 4.5:1', async () => {
      const { elements } = await mountAll();
      const low: string[] = [];
      const seen = new Set<string>();
      for (const [name, el] of elements) {
        const controls = shadowElements(el).filter((c) => c.localName === 'select') as HTMLElement[];
        for (const text of [...textElements(el), ...controls]) {
          const style = getComputedStyle(text);
          const ratio = contrast(parseColor(style.color), backgroundOf(text));
          seen.add(text.getAttribute('part') ?? text.className ?? text.localName);
          if (ratio < 4.5) low.push(`${name} ${labelOf(text)}: ${style.color} on ${backgroundOf(text)} = ${ratio.toFixed(2)}`);
        }
      }
      expect(low).to.deep.equal([]);
      // The pairs the contract names were all measured.
      for (const part of ['link', 'date', 'button retry', 'caption', 'stale', 'heading', 'summary', 'category']) {
        expect(
          [...seen].some((s) => s.split(' ').includes(part.split(' ')[0])),
          part,
        ).to.equal(true);
      }
    });
  });
});

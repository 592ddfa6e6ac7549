import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { type FetchStub } from '../helpers/fetch-stub.js';
import { backgroundOf, contrast, labelOf, parseColor, textElements } from './a11y-utils.js';
import { EXHIBITS, mountExhibit, stateStub, type PortalHost } from './gallery.js';
import { imagesSettled } from '../helpers/dom.js';
import { shadowElements, shadowImages } from './harness.js';

// Portal themes ship resets and overrides written for their own markup. The
// widgets must stay readable and laid out as designed beside them, and must
// not change the host's own elements either.

// `layout: 'same'`: the widgets must be laid out exactly as on a page
// without the sheet. (Such a reset makes the element itself inline, as it
// does every custom element; its content stays the same blocks, at the same
// places and sizes. `display` is not forced, so the page can still hide it.)
const HOSTILE: Record<string, { css: string; layout?: 'same' }> = {
  'a blanket reset: * { all: unset }': { css: '* { all: unset }', layout: 'same' },
  'a modern reset that unsets everything and reverts display': {
    css: '*:where(:not(html, iframe, canvas, img, svg, video, audio):not(svg *, symbol *)) { all: unset; display: revert; }',
    layout: 'same',
  },
  'a 10px root, !important colours and fonts, and hidden lists and buttons': {
    css: `
    html { font-size: 62.5%; }
    body { font-size: 1.4rem; line-height: 1; }
    * { color: #c00 !important; font-family: "Times New Roman", serif !important; letter-spacing: 0.05em !important;
        text-transform: uppercase !important; box-sizing: content-box !important; }
    a, a:visited { color: #0f0 !important; text-decoration: none !important; }
    ul { display: none; } li { display: none !important; list-style: square; }
    button { display: none !important; background: #ff0 !important; }
    img { width: 100% !important; height: 300px !important; }
    h2, h3 { font-size: 40px !important; color: #f0f !important; }
    time { display: none !important; }`,
  },
};

const PRIMARY = 'rgb(11, 79, 138)';
/** Computed properties of the host's own elements that a leaking style would change. */
const WATCHED = [
  'display',
  'color',
  'background-color',
  'font-size',
  'font-family',
  'margin-top',
  'padding-left',
  'list-style-type',
  'text-decoration-line',
  'border-top-width',
  'outline-style',
  'line-height',
  'width',
];

/** Where every part of every widget is, relative to the widgets' container. */
function layoutOf(container: Element, elements: [string, PortalHost][]) {
  const origin = container.getBoundingClientRect();
  return elements.flatMap(([name, el]) =>
    // Options and hidden parts have no box of their own.
    shadowElements(el)
      .filter((part) => part.getClientRects().length)
      .map((part) => {
        const r = part.getBoundingClientRect();
        return `${name} ${labelOf(part)}: ${Math.round(r.left - origin.left)},${Math.round(r.top - origin.top)} ${Math.round(r.width)}x${Math.round(r.height)}`;
      }),
  );
}

async function mountGallery(container: HTMLElement, fail: (url: string) => void) {
  const elements: [string, PortalHost][] = [];
  for (const exhibit of EXHIBITS) elements.push([exhibit.name, await mountExhibit(container, exhibit, fail)]);
  // Images from the test server: loaded (or failed), so that sizes are final (lazy ones out of view never start).
  await imagesSettled(elements.flatMap(([, el]) => shadowImages(el)));
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return elements;
}

/** A host page with its own list, link and button (what must not change), and a box for the widgets. */
const hostPage = (widgetsStyle?: string) =>
  fixture<HTMLElement>(
    html`<div>
      <ul class="host-own">
        <li class="host-own">Mục của trang</li>
      </ul>
      <a class="host-own" href="https://portal.example/">Liên kết của trang</a>
      <button class="host-own" type="button">Nút của trang</button>
      <div class="widgets" style=${ifDefined(widgetsStyle)}></div>
    </div>`,
  );

function hostSnapshot(page: HTMLElement) {
  return [...page.querySelectorAll('.host-own')].map((el) => {
    const style = getComputedStyle(el);
    return `${el.localName}: ${WATCHED.map((name) => `${name}=${style.getPropertyValue(name)}`).join('; ')}`;
  });
}

describe('hostile host CSS', function () {
  this.timeout(20000);
  let stub: FetchStub;
  let fail: (url: string) => void;

  beforeEach(() => {
    ({ stub, fail } = stateStub());
  });
  afterEach(() => stub.restore());

  for (const [name, { css, layout }] of Object.entries(HOSTILE)) {
    it(`${name}: every element readable and laid out as designed, and nothing leaks out`, async () => {
      let designed: string[] = [];
      if (layout === 'same') {
        const plain = await fixture<HTMLElement>(html`<div style="width: 700px"></div>`);
        designed = layoutOf(plain, await mountGallery(plain, fail));
        plain.remove();
        stub.restore();
        ({ stub, fail } = stateStub());
      }
      const page = await hostPage('display: block; width: 700px');
      const sheet = Object.assign(document.createElement('style'), { textContent: css });
      document.head.append(sheet);
      try {
        const before = hostSnapshot(page);
        const widgets = page.querySelector<HTMLElement>('.widgets')!;
        const elements = await mountGallery(widgets, fail);
        if (layout === 'same') expect(layoutOf(widgets, elements)).to.deep.equal(designed);

        const problems: string[] = [];
        for (const [exhibit, el] of elements) {
          const say = (what: string) => problems.push(`${exhibit}: ${what}`);
          if (!layout && getComputedStyle(el).display !== 'block') say(`the element is display: ${getComputedStyle(el).display}`);
          const parts = shadowElements(el) as HTMLElement[];
          for (const item of parts.filter((p) => p.matches('[part~="item"]'))) {
            if (!item.checkVisibility() || item.offsetHeight === 0) say(`${labelOf(item)} is not visible`);
          }
          for (const link of parts.filter((p) => p.matches('a[part~="link"]'))) {
            if (getComputedStyle(link).color !== PRIMARY && !link.closest('[part~="title"]'))
              say(`${labelOf(link)} is ${getComputedStyle(link).color}`);
          }
          for (const button of parts.filter((p) => p.localName === 'button')) {
            const style = getComputedStyle(button);
            if (!button.checkVisibility() || button.offsetHeight === 0) say(`${labelOf(button)} is not visible`);
            else if (style.backgroundColor !== PRIMARY || style.color !== 'rgb(255, 255, 255)')
              say(`${labelOf(button)} is ${style.color} on ${style.backgroundColor}`);
          }
          for (const text of textElements(el)) {
            const style = getComputedStyle(text);
            if (parseFloat(style.fontSize) < 12) say(`${labelOf(text)} is ${style.fontSize}`);
            const ratio = contrast(parseColor(style.color), backgroundOf(text));
            if (ratio < 4.5) say(`${labelOf(text)}: ${style.color} on ${backgroundOf(text)} = ${ratio.toFixed(2)}`);
          }
          for (const date of parts.filter((p) => p.localName === 'time')) {
            if (!date.checkVisibility()) say(`${labelOf(date)} is hidden`);
          }
          for (const image of parts.filter((p) => p.localName === 'img')) {
            if (image.getBoundingClientRect().height > 300 && image.closest('[part~="list"]'))
              say(`${labelOf(image)} is ${image.getBoundingClientRect().height}px tall`);
          }
        }
        expect(problems.slice(0, 25), `${problems.length} problems`).to.deep.equal([]);
        expect(hostSnapshot(page), "the host's own elements").to.deep.equal(before);
      } finally {
        sheet.remove();
      }
    });
  }

  it('no style leaks out, even while the print button is used', async () => {
    const page = await hostPage();
    const before = hostSnapshot(page);
    const sheetsBefore = document.adoptedStyleSheets.length;
    for (const exhibit of EXHIBITS) await mountExhibit(page.querySelector('.widgets')!, exhibit, fail);
    expect(hostSnapshot(page)).to.deep.equal(before);
    const card = page.querySelector('article-card[variant="full"]')!;
    const print = window.print;
    window.print = () => {
      // The print-only sheet is added for the dialog; on screen nothing changes.
      expect(hostSnapshot(page)).to.deep.equal(before);
      window.dispatchEvent(new Event('afterprint'));
    };
    try {
      card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="print"]')!.click();
    } finally {
      window.print = print;
    }
    expect(document.adoptedStyleSheets.length).to.equal(sheetsBefore);
    expect(card.hasAttribute('data-portal-printing')).to.equal(false);
    expect(hostSnapshot(page)).to.deep.equal(before);
  });
});

import { nextFrame } from '@open-wc/testing';
import type { PortalElement } from '../../src/element/portal-element.js';

/** Until the element and the cards inside it have rendered, and a frame has been laid out. */
export async function settled(el: Element) {
  await (el as PortalElement<unknown>).updateComplete;
  for (const card of el.shadowRoot!.querySelectorAll('article-card')) await card.updateComplete;
  await nextFrame();
}

/** How far below the top of `from` the element `el` starts, in px. */
export const top = (el: Element, from: Element) => el.getBoundingClientRect().top - from.getBoundingClientRect().top;

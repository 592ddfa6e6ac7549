// Measuring what WCAG 2.1 AA asks, from computed styles: contrast of the
// colours actually painted, focus stops and text that does not fit its box.

import { shadowElements } from './harness.js';

export type Rgba = [number, number, number, number];

export function parseColor(value: string): Rgba {
  const match = /^rgba?\(([^)]+)\)$/.exec(value.trim());
  if (!match) throw new Error(`unexpected colour "${value}"`);
  const [r, g, b, a = 1] = match[1]
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
  return [r, g, b, a];
}

const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const luminance = ([r, g, b]: Rgba) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);

export function contrast(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** `top` painted over `bottom`. */
const over = (top: Rgba, bottom: Rgba): Rgba => {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat(1) as Rgba;
};

/** The parent in the flat tree: the slot an element is assigned to, else its parent, else a shadow root's host. */
export function flatParent(el: Element): Element | null {
  return el.assignedSlot ?? el.parentElement ?? (el.parentNode as ShadowRoot | null)?.host ?? null;
}

/** The colour behind `el`: the backgrounds of it and its flat-tree ancestors, over a white page. */
export function backgroundOf(el: Element): Rgba {
  const layers: Rgba[] = [];
  for (let node: Element | null = el; node; node = flatParent(node)) {
    const color = parseColor(getComputedStyle(node).backgroundColor);
    if (color[3] > 0) layers.push(color);
    if (color[3] === 1) break;
  }
  return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
}

const hidden = (el: Element) =>
  !!el.closest('.visually-hidden') || !(el as HTMLElement).checkVisibility?.({ visibilityProperty: true });

/** Elements in the shadow trees under `host` that hold text directly, and are painted. */
export function textElements(host: Element): HTMLElement[] {
  return shadowElements(host).filter(
    (el): el is HTMLElement =>
      el instanceof HTMLElement &&
      !['option', 'optgroup', 'style', 'slot'].includes(el.localName) &&
      [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()) &&
      !hidden(el),
  );
}

/** What a person reads as a short label for an element in a report. */
export const labelOf = (el: Element) =>
  `<${el.localName}${el.getAttribute('part') ? ` part="${el.getAttribute('part')}"` : ''}${el.className ? ` class="${el.className}"` : ''}> "${(el.textContent ?? '').trim().slice(0, 30)}"`;

const isFocusable = (el: Element) =>
  el.matches('a[href], button:not([disabled]), select, [tabindex]:not([tabindex^="-"])') &&
  !el.matches('[hidden], [hidden] *') &&
  (el as HTMLElement).checkVisibility();

/** The controls a keyboard user reaches from `el`, in tab order: its shadow tree, or its slots' content, or its children. */
function reachable(el: Element): HTMLElement[] {
  if (el instanceof HTMLSlotElement) {
    const assigned = el.assignedElements();
    return assigned.length ? assigned.flatMap(reachable) : focusables(el);
  }
  return [...(isFocusable(el) ? [el as HTMLElement] : []), ...focusables(el.shadowRoot ?? el)];
}

/** The controls a keyboard user reaches in `root`, in tab order (shadow trees and slots flattened). */
export function focusables(root: ParentNode): HTMLElement[] {
  return [...root.children].flatMap(reachable);
}

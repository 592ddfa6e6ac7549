import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

/** The first element matching `selector` in `el`'s shadow root. */
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;

/** Every element matching `selector` in `el`'s shadow root. */
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

/** The text of a node, white space folded. */
export const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The text of each `item` part. */
export const items = (el: Element) => $$(el, '[part~="item"]').map((item) => text(item));

/**
 * The element of `template`, once it announced its data (`portal-load`) or
 * its failure (`portal-error`), rendered. The events are heard from before the
 * element exists, so one fired during its first render is not missed.
 */
export async function loaded<T extends HTMLElement & { updateComplete: Promise<unknown> }>(template: TemplateResult): Promise<T> {
  const announced = new Set<EventTarget>();
  let heard: (target: EventTarget) => void = () => {};
  const listener = (event: Event) => {
    const target = event.composedPath()[0];
    announced.add(target);
    heard(target);
  };
  document.addEventListener('portal-load', listener);
  document.addEventListener('portal-error', listener);
  try {
    const el = await fixture<T>(template);
    if (!announced.has(el)) {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`<${el.localName}> announced no portal-load or portal-error`)), 5000);
        heard = (target) => {
          if (target !== el) return;
          clearTimeout(timer);
          resolve();
        };
      });
    }
    await el.updateComplete;
    return el;
  } finally {
    document.removeEventListener('portal-load', listener);
    document.removeEventListener('portal-error', listener);
  }
}

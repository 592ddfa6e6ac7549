import { fixture, waitUntil } from '@open-wc/testing';
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

/** Whether `el` has a box that meets the viewport: a lazy image is fetched only then (or near it). */
function inView(el: Element) {
  const box = el.getBoundingClientRect();
  return el.getClientRects().length > 0 && box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth;
}

/** Whether `url` is on the test server (under either of its names), which answers every request at once. */
function onTestServer(url: string) {
  const { hostname, port, protocol } = new URL(url, location.href);
  return protocol === location.protocol && port === location.port && ['localhost', '127.0.0.1'].includes(hostname);
}

/**
 * Until each of `images` from the test server that the browser fetches has
 * loaded or failed. `complete` turns true in the task that dispatches the
 * image's `load` or `error` event, so any handler of those (the element's
 * fallback, or a payload's `onerror` had one survived) has run by then. A
 * lazy image out of view is not fetched; one removed meanwhile no longer
 * counts; one from another host may never answer here (the machine may be
 * offline), so it is not waited for.
 */
export function imagesSettled(images: HTMLImageElement[], timeout = 5000): Promise<void> {
  const fetched = images.filter((img) => onTestServer(img.src) && (img.loading !== 'lazy' || inView(img)));
  return waitUntil(
    () => fetched.every((img) => img.complete || !img.isConnected),
    `${fetched.filter((img) => !img.complete).length} images neither loaded nor failed`,
    { timeout },
  );
}

/**
 * Once every promise reaction queued so far has run: a task runs only after
 * the microtask queue is empty. The elements announce `portal-load` and
 * `portal-error` from their load task through promise reactions after
 * `updateComplete`, so after `await el.updateComplete` and this, an event the
 * update caused has been dispatched (unless it waits for a request).
 */
export const afterPromiseReactions = () => new Promise<void>((resolve) => setTimeout(resolve));

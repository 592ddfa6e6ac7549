import { expect, fixture, html } from '@open-wc/testing';
import '../../src/news-list/news-list.js';
import type { NewsList } from '../../src/news-list/news-list.js';
import type { PortalErrorEvent, PortalLoadEvent } from '../../src/events.js';
import { nextEvent, stubFetch, type FetchStub } from './fetch-stub.js';

/** What a <news-list> shows of one served document, and the event it fired. */
export interface Shown {
  event: string;
  kind?: string;
  message?: string;
  problems: string[];
  titles: string[];
  links: string[];
  dates: string[];
}

let stub: FetchStub | undefined;
afterEach(() => {
  stub?.restore();
  stub = undefined;
});

/**
 * Serves `body` (bytes, or a string sent as UTF-8) with `type` to a
 * <news-list>, waits for its load or error event, and reads what a person
 * sees: never a blank box.
 */
export async function show(body: Uint8Array<ArrayBuffer> | string, type: string): Promise<Shown> {
  stub?.restore();
  stub = stubFetch({ '/feed': () => new Response(body, { headers: { 'Content-Type': type } }) });
  const el = await fixture<NewsList>(html`<news-list limit="100"></news-list>`);
  const settled = Promise.race([nextEvent<PortalLoadEvent>(el, 'portal-load'), nextEvent<PortalErrorEvent>(el, 'portal-error')]);
  el.src = '/feed';
  const event = await settled;
  await el.updateComplete;
  const root = el.shadowRoot!;
  expect(root.textContent!.trim(), 'something is shown').not.to.equal('');
  const items = [...root.querySelectorAll('[part~="item"]')];
  const detail = (event as CustomEvent).detail as { problems?: string[]; kind?: string; message?: string };
  return {
    event: event.type,
    kind: detail?.kind,
    message: detail?.message,
    problems: detail?.problems ?? [],
    titles: items.map((item) => item.querySelector('[part~="link"]')!.textContent!),
    links: items.map((item) => item.querySelector<HTMLAnchorElement>('a[part~="link"]')?.href ?? ''),
    dates: items.map((item) => item.querySelector<HTMLTimeElement>('time[part~="date"]')?.dateTime ?? ''),
  };
}

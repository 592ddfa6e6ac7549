import { clearCache } from '../../src/load/load.js';

export type Route = Response | string | object | ((request: Request) => Response | Promise<Response>);

export interface FetchStub {
  /** Every URL requested, in order. */
  calls: string[];
  restore(): void;
}

const realFetch = window.fetch.bind(window);

/** A JSON (or text) response, as a real `Response`. */
export function respond(body: unknown, init: ResponseInit & { type?: string } = {}): Response {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const type =
    init.type ?? (typeof body === 'string' && body.trimStart().startsWith('<') ? 'application/xml' : 'application/json');
  return new Response(text, { status: 200, ...init, headers: { 'Content-Type': type, ...init.headers } });
}

/** A fetch that never answers until aborted. */
export const hang = (request: Request) =>
  new Promise<Response>((_, reject) => {
    request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true });
  });

/**
 * Replaces `window.fetch` with a table of routes (absolute URLs, or paths on
 * this page's origin). Unknown URLs answer 404. Clears the library's cache.
 */
export function stubFetch(routes: Record<string, Route>): FetchStub {
  clearCache();
  const calls: string[] = [];
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    calls.push(request.url);
    const path = new URL(request.url).pathname + new URL(request.url).search;
    const route = routes[request.url] ?? routes[path];
    if (route === undefined) return new Response('Not found', { status: 404, statusText: 'Not Found' });
    request.signal.throwIfAborted();
    if (typeof route === 'function') return route(request);
    if (route instanceof Response) return route.clone();
    return respond(route);
  };
  return {
    calls,
    restore() {
      window.fetch = realFetch;
      clearCache();
    },
  };
}

/** Resolves with the next event of `type` on `target`. */
export function nextEvent<T extends Event = CustomEvent>(target: EventTarget, type: string, timeout = 5000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} event within ${timeout} ms`)), timeout);
    target.addEventListener(
      type,
      (event) => {
        clearTimeout(timer);
        resolve(event as T);
      },
      { once: true },
    );
  });
}

/** Text a person sees in an element's shadow root, white space folded. */
export function visibleText(element: Element): string {
  const root = element.shadowRoot ?? element;
  return (root as ParentNode & Node).textContent!.replace(/\s+/g, ' ').trim();
}

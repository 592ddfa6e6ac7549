// What the hardening tests watch: dialogs and flags a payload would set,
// every resource the page requests, uncaught errors, and what ends up in the
// elements' shadow roots.

declare global {
  interface Window {
    __xss?: unknown;
  }
}

export { HOST_POLICY } from './host-policy.js';

/** The other origin of the test server (localhost ↔ 127.0.0.1): real, so a request to it would show up. */
export function otherOrigin(): string {
  const url = new URL(location.origin);
  url.hostname = url.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return url.origin;
}

export interface Alarms {
  /** Dialogs a payload opened, window.open / print calls, and `__xss` flags it set. */
  fired(): string[];
  /** Every resource the page requested since arming (images, styles, scripts, frames). */
  resources(): string[];
  reset(): void;
  disarm(): void;
}

/**
 * Replaces alert/confirm/prompt/open/print with recorders and watches the
 * resource timeline. Nothing a payload does in this page can go unseen.
 */
export function armAlarms(): Alarms {
  const fired: string[] = [];
  const requested: string[] = [];
  const saved = { alert: window.alert, confirm: window.confirm, prompt: window.prompt, open: window.open, print: window.print };
  window.alert = (message?: unknown) => void fired.push(`alert(${String(message)})`);
  window.confirm = (message?: string) => (fired.push(`confirm(${message})`), false);
  window.prompt = (message?: string) => (fired.push(`prompt(${message})`), null);
  window.open = (url?: string | URL) => (fired.push(`open(${String(url)})`), null);
  window.print = () => void fired.push('print()');
  delete window.__xss;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) requested.push(entry.name);
  });
  observer.observe({ type: 'resource' });
  return {
    fired: () => [...fired, ...(window.__xss !== undefined ? [`window.__xss = ${String(window.__xss)}`] : [])],
    resources: () => {
      for (const entry of observer.takeRecords()) requested.push(entry.name);
      return [...requested];
    },
    reset() {
      fired.length = 0;
      requested.length = 0;
      observer.takeRecords();
      delete window.__xss;
    },
    disarm() {
      observer.disconnect();
      Object.assign(window, saved);
      delete window.__xss;
    },
  };
}

/** Errors nobody caught, from `error` and `unhandledrejection` on window. */
export function catchUncaught() {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) =>
    errors.push(`unhandledrejection: ${String(event.reason?.stack ?? event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Every element in `root`'s shadow tree and in the shadow trees below it. */
export function shadowElements(host: Element): Element[] {
  const found: Element[] = [];
  const visit = (root: ShadowRoot) => {
    for (const el of root.querySelectorAll('*')) {
      found.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  if (host.shadowRoot) visit(host.shadowRoot);
  for (const el of host.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
  return found;
}

/** The focused element, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

// What the four elements render, plus what the body sanitiser lets through.
const EXPECTED_TAGS = new Set(
  (
    'a abbr article article-card b blockquote br button caption code dd div dl dt em figcaption figure form ' +
    'h2 h3 h4 h5 h6 hr i img label li mark nav ol optgroup option p picture pre q s select slot small source span ' +
    'strong sub sup table tbody td tfoot th thead time tr u ul'
  ).split(' '),
);
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'poster',
  'data',
  'cite',
  'background',
  'ping',
  'xlink:href',
  'longdesc',
  'lowsrc',
  'dynsrc',
  'codebase',
  'archive',
  'manifest',
  'icon',
  'srcdoc',
]);
// Attributes that run code, load things or take focus, none of which the elements use.
const FORBIDDEN_ATTRIBUTES = new Set([
  'style',
  'srcdoc',
  'action',
  'formaction',
  'ping',
  'background',
  'xlink:href',
  'autofocus',
  'contenteditable',
  'popover',
  'popovertarget',
  'http-equiv',
  'name',
  'is',
  'shadowrootmode',
  'data',
  'poster',
  'codebase',
]);

function unsafeUrl(value: string, base: string): boolean {
  try {
    return !SAFE_SCHEMES.has(new URL(value, base).protocol);
  } catch {
    return true;
  }
}

/**
 * Everything in the shadow trees under `host` that could run, load or
 * navigate somewhere it should not. Returns one line per finding. `fetched`:
 * the data came from an endpoint (not from a property set by the host).
 */
export function scanShadowTrees(host: Element, fetched = true): string[] {
  const problems: string[] = [];
  const say = (el: Element, what: string) => problems.push(`<${el.localName}> ${what}`);
  for (const el of shadowElements(host)) {
    if (!EXPECTED_TAGS.has(el.localName)) say(el, 'is not an element the widgets render');
    if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml') say(el, `is in namespace ${el.namespaceURI}`);
    for (const { name, value } of el.attributes) {
      if (name.startsWith('on')) say(el, `has handler ${name}="${value}"`);
      if (FORBIDDEN_ATTRIBUTES.has(name)) say(el, `has ${name}="${value}"`);
      if (name === 'id' && !/^portal-links-\d+$/.test(value)) say(el, `has id="${value}"`);
      if (name === 'tabindex' && Number(value) > 0) say(el, `has tabindex="${value}"`);
      if (name === 'target' && value !== '_blank' && value !== '_self') say(el, `has target="${value}"`);
      if (name === 'target' && value === '_blank' && !/\bnoopener\b/.test(el.getAttribute('rel') ?? ''))
        say(el, 'opens a window without noopener');
      // An image source runs nothing whatever its scheme (what it loads, the
      // resource timeline checks): a host's own data may use data: images.
      // Images from fetched data keep only http(s), as the contract says.
      const image = (name === 'src' || name === 'srcset') && (el.localName === 'img' || el.localName === 'source');
      if (image && !fetched) continue;
      if (URL_ATTRIBUTES.has(name) && name !== 'srcset' && value !== '' && unsafeUrl(value, el.baseURI))
        say(el, `has ${name}="${value}"`);
      if (name === 'srcset') {
        for (const candidate of value.split(',')) {
          const url = candidate.trim().split(/\s+/)[0];
          if (url && unsafeUrl(url, el.baseURI)) say(el, `has srcset candidate "${url}"`);
        }
      }
    }
    // The dropdown of <website-links> navigates to an option's value.
    if (el instanceof HTMLOptionElement && el.value && unsafeUrl(el.value, el.baseURI)) say(el, `has value="${el.value}"`);
  }
  return problems;
}

/** What scripts, frames and base URLs the document itself holds, to see that none were added. */
export function documentFootprint() {
  return {
    scripts: document.scripts.length,
    frames: document.querySelectorAll('iframe, frame, object, embed').length,
    base: document.querySelectorAll('base').length,
    meta: document.querySelectorAll('meta').length,
    windowKeys: Object.keys(window).length,
    prototypeKeys: Object.keys(Object.prototype).length,
  };
}

/** That nothing clobbered or polluted the globals a page relies on. */
export function globalsIntact(): string[] {
  const problems: string[] = [];
  if (typeof document.getElementById !== 'function') problems.push('document.getElementById is clobbered');
  if (document.location !== window.location) problems.push('document.location is clobbered');
  if (typeof document.cookie !== 'string') problems.push('document.cookie is clobbered');
  if (!(document.body instanceof HTMLBodyElement)) problems.push('document.body is clobbered');
  if (typeof document.forms.length !== 'number') problems.push('document.forms is clobbered');
  if (Object.keys(Object.prototype).length) problems.push(`Object.prototype polluted: ${Object.keys(Object.prototype)}`);
  if (({} as Record<string, unknown>).__xss !== undefined) problems.push('Object.prototype polluted with __xss');
  return problems;
}

/** The images in `host`'s shadow tree and in the shadow trees below it. */
export const shadowImages = (host: Element) =>
  shadowElements(host).filter((el): el is HTMLImageElement => el instanceof HTMLImageElement);

/** A frame's next message, with a timeout that names what was awaited. */
export function frameMessage<T>(frame: HTMLIFrameElement, what: string, timeout = 15000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      window.removeEventListener('message', listen);
      reject(new Error(`no ${what} message within ${timeout} ms`));
    }, timeout);
    function listen(event: MessageEvent) {
      if (event.source !== frame.contentWindow) return;
      clearTimeout(timer);
      window.removeEventListener('message', listen);
      resolve(event.data as T);
    }
    window.addEventListener('message', listen);
  });
}

/** Loads `url` in an iframe and resolves with the first message it posts. */
export async function runPage<T>(url: string, what: string, timeout?: number): Promise<T> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 800px; border: 0';
  const message = frameMessage<T>(frame, what, timeout);
  frame.src = url;
  document.body.append(frame);
  try {
    return await message;
  } finally {
    frame.remove();
  }
}

/// <reference types="node" />
// Server rendering: one of the four elements, loaded and rendered in Node by
// the same code as in the browser (`@lit-labs/ssr`), to HTML that holds its
// shadow DOM as a declarative shadow root. The element's state goes beside it
// as JSON, so the element in the browser takes over showing exactly that.
// Import it through `./index.js`, which installs the DOM shim first.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { RenderResultReadable } from '@lit-labs/ssr/lib/render-result-readable.js';
import { html, nothing, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { Readable } from 'node:stream';
import { createHash } from 'node:crypto';
import { AsyncLocalStorage } from 'node:async_hooks';
import '../index.js';
import { loadFullVariant, serverBody, type ArticleCard } from '../article-card/article-card.js';
import { articleFullStyles } from '../article-card/article-full.styles.js';
import { articleBodyStyles } from '../article-card/article-body.styles.js';
import { PortalElement } from '../element/portal-element.js';
import { SERVER_STATE_ATTRIBUTE, SERVER_STATE_TYPE, type ServerState } from '../element/server-state.js';
import { datePatternReady } from '../format/dates.js';
import { htmlToText, useEntityDecoder } from '../core/text.js';
import { langOf } from '../format/labels.js';
import { decodeReference } from './dom-parser.js';
import type { Article } from '../data/model.js';

export type { ServerState } from '../element/server-state.js';

/** The elements a server renders. */
export const TAGS = ['news-list', 'related-articles', 'website-links', 'article-card'] as const;
export type Tag = (typeof TAGS)[number];

/** Attributes as written on the tag: `{ src, limit: '5' }` or `[['src', …], …]`, in the order they are written. */
export type Attributes = Record<string, string> | Iterable<readonly [string, string]>;

export interface RenderOptions {
  /** What a relative `src` resolves against (on a page, the page's URL). Without it, `src` must be absolute. */
  base?: string;
  /** Aborts the loading of `src`. */
  signal?: AbortSignal;
  /** Fetches `src` (and the other documents the element loads) in place of the global `fetch`. */
  fetch?: typeof fetch;
  /**
   * The language of the page the element goes in (what its closest `[lang]`
   * will be there: `en`, `en-GB`, `vi`), for a tag without `lang` of its
   * own. Default `vi`. The tag gets no `lang`: on the page it still follows
   * its page, and takes over in this language.
   */
  lang?: string;
}

export interface RenderedElement {
  /** The element's HTML: its tag, its declarative shadow root and its state. */
  html: string;
  /** What it shows: the value loaded from `src`, or the error (then `html` is the element's error state). */
  state: ServerState;
}

const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;

/** The fetch of the render that is running, for the global `fetch` the loader calls. */
const renderFetch = new AsyncLocalStorage<typeof fetch>();
/** The runtime's own `fetch`, which a render's `fetch` may call (the global one would call the render's again). */
export const runtimeFetch = globalThis.fetch;
globalThis.fetch = (input, init) => (renderFetch.getStore() ?? runtimeFetch)(input, init);

// The readers would decode character references with the browser's parser, which the DOM shim does not have.
useEntityDecoder(decodeReference);

export const isTag = (tag: string): tag is Tag => (TAGS as readonly string[]).includes(tag);

function checkedAttributes(tag: string, attributes: Attributes): [string, string][] {
  if (!isTag(tag)) throw new Error(`Unknown element <${tag}>: expected one of ${TAGS.join(', ')}`);
  const list = Symbol.iterator in attributes ? [...(attributes as Iterable<[string, string]>)] : Object.entries(attributes);
  for (const [name] of list) {
    if (!ATTRIBUTE_NAME.test(name) || name === 'defer-hydration') throw new Error(`"${name}" is not an attribute of <${tag}>`);
  }
  return list.map(([name, value]) => [name, String(value)]);
}

/** An element of `tag` that is only loaded, never rendered: it reads its attributes and loads its source. */
function loader(tag: Tag, attributes: [string, string][]) {
  const Element = customElements.get(tag) as unknown as new () => PortalElement<unknown>;
  const element = new Element();
  for (const [name, value] of attributes) {
    element.setAttribute(name, value);
    element.attributeChangedCallback(name, null, value);
  }
  return element;
}

/** What the element needs before it renders, which the browser loads before its first update too. */
async function chunksFor(tag: Tag, element: PortalElement<unknown>) {
  await datePatternReady(element.dateFormat);
  if (tag === 'article-card' && element.getAttribute('variant') === 'full') await loadFullVariant();
}

/** Loads what `tag` with `attributes` shows: the value from its source, or the error. */
export async function loadState(tag: string, attributes: Attributes, options: RenderOptions = {}): Promise<ServerState> {
  return (await loaded(tag, attributes, options)).state;
}

/** The element that loaded a state, and the state. */
interface Loaded {
  element: PortalElement<unknown>;
  state: ServerState;
}

/** The element that loaded `tag`'s state, and the state. */
async function loaded(tag: string, attributes: Attributes, options: RenderOptions): Promise<Loaded> {
  const list = checkedAttributes(tag, attributes);
  const element = loader(tag as Tag, list);
  // Until it has loaded, relative URLs resolve against the render's base.
  element.serverState = { source: '', url: options.base ?? 'about:blank' };
  await chunksFor(tag as Tag, element);
  const signal = options.signal ?? new AbortController().signal;
  const load = () => PortalElement.loadServerState(element, signal);
  const state = await (options.fetch ? renderFetch.run(options.fetch, load) : load());
  // What the element's language controller reads: its own `lang`, else the page's.
  const lang = langOf(new Map(list).get('lang') || options.lang || 'vi');
  return { element, state: { ...state, lang } };
}

/** The window the full article's body is sanitised in: jsdom's, when the optional peer is installed. */
let bodyWindow: Promise<(Window & typeof globalThis) | undefined> | undefined;

const jsdomWindow = () =>
  (bodyWindow ??= import('jsdom').then(
    ({ JSDOM }) => new JSDOM('').window as unknown as Window & typeof globalThis,
    () => undefined,
  ));

/** Whether the body of `<article-card variant="full">` is rendered: the optional peer jsdom is installed. */
export const rendersBodies = async (): Promise<boolean> => !!(await jsdomWindow());

/** What the command line says once when a full article's body cannot be sanitised on the server. */
export const NO_BODIES =
  'the body of <article-card variant="full"> is server-rendered as its text alone (the browser shows it in full): install the optional peer jsdom to render it as the browser does';

/** The empty place of the full article's body in its rendered shadow root. */
const BODY_PLACE = '<div class="body" part="body"></div>';

/**
 * Puts the body of a full article into its empty place in `text`: sanitised
 * as the browser sanitises it when jsdom is installed, else its text alone
 * (as the browser shows it when its sanitiser cannot load), which the
 * browser replaces with the sanitised body when it takes the element over.
 */
async function withBody(tag: Tag, loadedState: Loaded, text: string): Promise<string> {
  const { element, state } = loadedState;
  if (tag !== 'article-card' || !state.value || !text.includes(BODY_PLACE)) return text;
  const article = state.value as Article;
  const view = await jsdomWindow();
  const body = view
    ? await serverBody(element as unknown as ArticleCard, article, view)
    : article.contentHtml && `<p>${escapeHtml(htmlToText(article.contentHtml))}</p>`;
  return body ? text.replace(BODY_PLACE, () => `<div class="body" part="body">${body}</div>`) : text;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or an attribute value as HTML that shows it as written. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => ESCAPES[char]);

/**
 * The state as the `<script type="application/json">` child the element
 * reads. A `<` in the JSON is written `\u003c`, so neither `</script` nor
 * `<!--` can end or change the script.
 */
export const stateScript = (state: ServerState): string =>
  `<script type="${SERVER_STATE_TYPE}" ${SERVER_STATE_ATTRIBUTE}>${JSON.stringify(state).replace(/</g, '\\u003c')}</script>`;

/** One template per tag, with a binding for each attribute it observes (Lit caches templates by their strings). */
const templates = new Map<Tag, { names: string[]; strings: TemplateStringsArray }>();

/** Attributes every element keeps for its page, beside the ones it observes. */
const PAGE_ATTRIBUTES = ['id', 'class'];

function templateOf(tag: Tag) {
  let template = templates.get(tag);
  if (!template) {
    const observed = (customElements.get(tag) as unknown as { observedAttributes: string[] }).observedAttributes;
    const names = [...PAGE_ATTRIBUTES, ...observed.filter((name) => ATTRIBUTE_NAME.test(name))];
    // `<tag a="${…}" b="${…}" .serverState=${…}>${…}</tag>`: the strings are the element's own attribute names.
    const parts = [`<${tag} ${names[0]}="`, ...names.slice(1).map((name) => `" ${name}="`), '" .serverState=', '>', `</${tag}>`];
    const strings = Object.assign([...parts], { raw: [...parts] }) as unknown as TemplateStringsArray;
    template = { names, strings };
    templates.set(tag, template);
  }
  return template;
}

/** `<tag attributes .serverState=…>` with the state's script inside. Attributes the element does not observe are left out. */
function elementTemplate(tag: Tag, attributes: [string, string][], state: ServerState): TemplateResult {
  const { names, strings } = templateOf(tag);
  const given = new Map(attributes);
  const values = names.map((name) => given.get(name) ?? nothing);
  return html(strings, ...values, state, unsafeHTML(stateScript(state)));
}

/** The text of the `<style>` Lit writes in a shadow root of `tag` (the full article's adds its own). */
function styleText(tag: Tag, full = false): string {
  const { elementStyles } = customElements.get(tag) as unknown as { elementStyles: { cssText: string }[] };
  const own = elementStyles.map((style) => style.cssText).join('');
  return full ? `${own}${articleFullStyles.cssText}${articleBodyStyles.cssText}` : own;
}

/**
 * The CSP sources (`'sha256-…'`) of the `<style>` in every shadow root a server
 * renders: the page's `style-src` allows them, and nothing else inline.
 */
export function styleHashes(): string[] {
  const texts = [...TAGS.map((tag) => styleText(tag)), styleText('article-card', true)];
  const hashes = texts.map((css) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`);
  return [...new Set(hashes)];
}

/**
 * The full article's styles are adopted when its chunk loads, not declared
 * on the class: its root gets them in the same `<style>` as the card's.
 */
function withFullStyles(tag: Tag, attributes: [string, string][], text: string) {
  if (tag !== 'article-card' || new Map(attributes).get('variant') !== 'full') return text;
  return text.replace(`<style>${styleText(tag)}</style>`, `<style>${styleText(tag, true)}</style>`);
}

/**
 * The element's HTML without the markers of the template around it, which
 * nothing hydrates (the element hydrates its shadow root, whose markers stay),
 * and with one space between its attributes.
 */
const tidyHead = (head: string) =>
  head
    .replace(/^<!--lit-part [^>]*--><!--lit-node 0-->/, '')
    .replace(
      /^(<[a-z-]+)([^>]*)>/,
      (_, open: string, attributes: string) => `${open}${attributes.replace(/\s+/g, ' ').trimEnd()}>`,
    );
const tidyTail = (tail: string) =>
  tail.replace(/<!--lit-part [^>]*-->(<script)/, '$1').replace(/<!--\/lit-part-->(<\/[a-z-]+>)<!--\/lit-part-->$/, '$1');
const tidy = (html: string) => {
  const end = html.lastIndexOf('</template>');
  return tidyHead(html.slice(0, end)) + tidyTail(html.slice(end));
};

/** Tidies a stream of the element's HTML as `tidy` does: the head once its shadow root opens, the tail at the end. */
async function* tidyStream(chunks: AsyncIterable<string | Buffer>): AsyncGenerator<string> {
  let pending = '';
  let head = true;
  for await (const chunk of chunks) {
    pending += String(chunk);
    if (head) {
      const open = pending.indexOf('<template');
      if (open < 0) continue;
      yield tidyHead(pending.slice(0, open));
      pending = pending.slice(open);
      head = false;
    }
    const end = pending.lastIndexOf('</template>');
    if (end > 0) {
      yield pending.slice(0, end);
      pending = pending.slice(end);
    }
  }
  yield head ? tidyHead(pending) : tidyTail(pending);
}

/**
 * Renders `<tag attributes>` as it shows once its source has loaded: a
 * declarative shadow root with exactly what the element renders for that
 * data, attributes and language, and the state it takes over from. Throws an
 * `Error` for an unknown tag or attribute name; a source that fails renders
 * the element's error state (`state.error`).
 */
export async function renderElement(tag: string, attributes: Attributes, options: RenderOptions = {}): Promise<RenderedElement> {
  const done = await loaded(tag, attributes, options);
  const { state } = done;
  const list = checkedAttributes(tag, attributes);
  const text = await collectResult(render(elementTemplate(tag as Tag, list, state)));
  return { html: tidy(await withBody(tag as Tag, done, withFullStyles(tag as Tag, list, text))), state };
}

/** `renderElement` as a stream of the element's HTML, for a response that starts before the whole element is written. */
export async function renderElementStream(
  tag: string,
  attributes: Attributes,
  options: RenderOptions = {},
): Promise<{ stream: Readable; state: ServerState }> {
  const done = await loaded(tag, attributes, options);
  const { state } = done;
  const list = checkedAttributes(tag, attributes);
  const result = render(elementTemplate(tag as Tag, list, state));
  const { Readable } = await import('node:stream');
  const full = withFullStyles(tag as Tag, list, '</style>') !== '</style>';
  const whole = async () => withBody(tag as Tag, done, withFullStyles(tag as Tag, list, await collectResult(result)));
  const chunks = full ? [await whole()] : new RenderResultReadable(result);
  return { stream: Readable.from(tidyStream(Readable.from(chunks))), state };
}

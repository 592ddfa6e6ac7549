// Reading a parsed feed's elements: children by name and namespace, their
// text, pictures, and the base URL in effect.

import { safeUrl } from '../../core/safe-url.js';

const MRSS = 'http://search.yahoo.com/mrss'; // with or without the trailing slash
const XML = 'http://www.w3.org/XML/1998/namespace';
const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|svg|bmp)(?:[?#]|$)/i;

/** Each parent's children by namespace and lower-case name, indexed on first lookup. */
const indexes = new WeakMap<Element, Map<string, Element[]>>();

const keyOf = (namespace: string | null | undefined, name: string) => `${namespace ?? ''} ${name.toLowerCase()}`;

/** `parent`'s children by `keyOf`, in one pass over them. */
function indexOf(parent: Element): Map<string, Element[]> {
  let index = indexes.get(parent);
  if (!index) {
    index = new Map();
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
      const key = keyOf(child.namespaceURI, child.localName);
      const named = index.get(key);
      if (named) named.push(child);
      else index.set(key, [child]);
    }
    indexes.set(parent, index);
  }
  return index;
}

/**
 * Child elements named `name` in `ns` (by default the parent's own namespace, so `media:title` is not `title`).
 * Hand-written feeds get the case wrong (`<pubdate>`, `<Title>`): names are compared as a lenient reader does, in any case.
 */
export const children = (parent: Element | undefined, name: string, ns = parent?.namespaceURI): Element[] =>
  parent ? (indexOf(parent).get(keyOf(ns, name)) ?? []) : [];

export const child = (parent: Element | undefined, name: string, ns?: string | null): Element | undefined =>
  children(parent, name, ns)[0];

export const textOf = (el: Element | undefined): string | undefined => el?.textContent?.trim() || undefined;

/** An RSS body: escaped or CDATA HTML is text; markup written raw (`<p>`, `<br/>`) is kept as markup. */
export const htmlOf = (el: Element | undefined): string | undefined => (el?.firstElementChild ? el.innerHTML.trim() : textOf(el));

export const childText = (parent: Element | undefined, name: string, ns?: string | null): string | undefined =>
  textOf(child(parent, name, ns));

/** `media:content`, `media:thumbnail` anywhere below `el` (also inside `media:group`). */
export const media = (el: Element, name: string): Element[] =>
  Array.from(el.getElementsByTagNameNS('*', name)).filter((m) => m.namespaceURI?.startsWith(MRSS));

/** The URL of an enclosure-like element if it is a picture. Types lie, so a picture's file name counts too. */
export function imageOf(el: Element, base: string): string | undefined {
  const src = el.getAttribute('url') ?? el.getAttribute('href') ?? '';
  const isImage =
    el.localName === 'thumbnail' ||
    el.getAttribute('medium') === 'image' ||
    /^image\//i.test(el.getAttribute('type') ?? '') ||
    IMAGE_FILE.test(src);
  return isImage ? safeUrl(src, base) : undefined;
}

/** The base URL in effect at `el`: each `xml:base` up the tree resolves against the one above it. */
export function baseOf(el: Element | null, documentUrl: string): string {
  const bases: string[] = [];
  for (let node = el; node; node = node.parentElement) {
    const base = node.getAttributeNS(XML, 'base');
    if (base) bases.unshift(base);
  }
  return bases.reduce((resolved, base) => {
    try {
      return new URL(base, resolved).href;
    } catch {
      return resolved;
    }
  }, documentUrl);
}

/** The language of a feed's root (`xml:lang`). */
export const languageOf = (root: Element): string | undefined => root.getAttributeNS(XML, 'lang') || undefined;

// Reading a feed's tree (`./tree.ts`): children by name and namespace, their
// text, pictures, and the base URL in effect.

import { safeUrl } from '../../core/safe-url.js';
import type { XmlElement } from './tree.js';

const MRSS = 'http://search.yahoo.com/mrss'; // with or without the trailing slash
const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|svg|bmp)(?:[?#]|$)/i;

/**
 * Child elements named `name` (in lower case) in `ns` (by default the parent's own namespace, so `media:title` is not
 * `title`). Hand-written feeds get the case wrong (`<pubdate>`, `<Title>`): names are compared as a lenient reader
 * does, in any case.
 */
export function children(parent: XmlElement | undefined, name: string, ns = parent?.namespaceURI): XmlElement[] {
  const found: XmlElement[] = [];
  for (const node of parent?.nodes ?? []) {
    if (typeof node !== 'string' && node.key === name && node.namespaceURI === ns) found.push(node);
  }
  return found;
}

/** The first of `children`, found in one pass over `parent`'s content that stops there. */
export function child(parent: XmlElement | undefined, name: string, ns = parent?.namespaceURI): XmlElement | undefined {
  for (const node of parent?.nodes ?? []) {
    if (typeof node !== 'string' && node.key === name && node.namespaceURI === ns) return node;
  }
  return undefined;
}

export const textOf = (el: XmlElement | undefined): string | undefined => el?.textContent.trim() || undefined;

/** An RSS body: escaped or CDATA HTML is text; markup written raw (`<p>`, `<br/>`) is kept as markup. */
export const htmlOf = (el: XmlElement | undefined): string | undefined =>
  el?.firstElementChild ? el.innerHTML.trim() : textOf(el);

export const childText = (parent: XmlElement | undefined, name: string, ns?: string | null): string | undefined =>
  textOf(child(parent, name, ns));

/** `media:content`, `media:thumbnail` anywhere below `el` (also inside `media:group`). */
export function media(el: XmlElement, name: string, found: XmlElement[] = []): XmlElement[] {
  for (const node of el.nodes) {
    if (typeof node === 'string') continue;
    if (node.localName === name && node.namespaceURI?.startsWith(MRSS)) found.push(node);
    media(node, name, found);
  }
  return found;
}

/** The URL of an enclosure-like element if it is a picture. Types lie, so a picture's file name counts too. */
export function imageOf(el: XmlElement, base: string): string | undefined {
  const src = el.getAttribute('url') ?? el.getAttribute('href') ?? '';
  const isImage =
    el.localName === 'thumbnail' ||
    el.getAttribute('medium') === 'image' ||
    /^image\//i.test(el.getAttribute('type') ?? '') ||
    IMAGE_FILE.test(src);
  return isImage ? safeUrl(src, base) : undefined;
}

/** The base URL in effect at `el`: each `xml:base` up the tree resolves against the one above it. */
export function baseOf(el: XmlElement | undefined, documentUrl: string): string {
  const bases: string[] = [];
  for (let node = el; node; node = node.parent) {
    const base = node.getAttribute('xml:base');
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
export const languageOf = (root: XmlElement): string | undefined => root.getAttribute('xml:lang') || undefined;

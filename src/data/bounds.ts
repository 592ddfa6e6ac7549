// What a document may hand to layout: a string of megabytes freezes the tab
// while it is laid out, and no reader reads a title of a thousand words. So
// text past a length a reader can use is cut (with "…") before it leaves
// `data/`; each cut is reported in `problems`.

import type { Article, Feed, Link, LinkList } from './model.js';
import type { Steps } from './steps.js';

/** Characters kept of each kind of text: in titles, leads, alt text and captions, names, an HTML body. */
export const MAX_LENGTH = { title: 300, summary: 5000, caption: 500, name: 200, body: 500_000 } as const;

const { title, summary, caption, name, body } = MAX_LENGTH;

/** The fields cut in each part of the model: a string, or each string of a list. */
const ARTICLE = { title, summary, contentHtml: body, imageAlt: caption, imageCaption: caption, authors: name, tags: name };
const LINK = { name, group: name };
const CATEGORY = { name };
const REFERENCE = { title };

/** `text` cut to `max` characters, at a space when one is near, ending in "…". */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.8 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** `text` within `max`, the cut reported as `path: cut to max characters`. An HTML body is not cut at a space: the sanitiser closes what the cut leaves open. */
function within(text: string, max: number, path: string, problems: string[]): string {
  if (text.length <= max) return text;
  problems.push(`${path}: cut to ${max} characters`);
  return max === body ? text.slice(0, max) : cutText(text, max);
}

function cutEach(list: string[], max: number, path: string, problems: string[]): void {
  list.forEach((text, i) => {
    list[i] = within(text, max, `${path}[${i}]`, problems);
  });
}

/** True when a field `limits` names in `fields` is longer than its limit (most records have none: nothing to cut or report). */
function overLimit(fields: Record<string, unknown>, limits: Record<string, number>): boolean {
  for (const key in limits) {
    const value = fields[key];
    if (typeof value === 'string' && value.length > limits[key]) return true;
    if (Array.isArray(value) && value.some((text) => typeof text === 'string' && text.length > limits[key])) return true;
  }
  return false;
}

/** Cuts the fields `limits` names in `record`, in place. */
function cut(record: object | undefined, limits: Record<string, number>, path: string, problems: string[]): void {
  const fields = record as Record<string, unknown> | undefined;
  if (!fields || !overLimit(fields, limits)) return;
  for (const key in limits) {
    const value = fields[key];
    const at = path ? `${path}.${key}` : key;
    if (typeof value === 'string') fields[key] = within(value, limits[key], at, problems);
    else if (Array.isArray(value)) cutEach(value as string[], limits[key], at, problems);
  }
}

function cutArticle(article: Article, path: string, problems: string[]): void {
  cut(article, ARTICLE, path, problems);
  if (article.category) cut(article.category, CATEGORY, `${path}.category`, problems);
  for (const ref of article.related ?? []) cut(ref, REFERENCE, `${path}.related`, problems);
  for (const ref of article.newer ?? []) cut(ref, REFERENCE, `${path}.related`, problems);
}

/** Entries bounded between two points where a long read may pause (`steps.ts`). */
const ENTRIES_PER_STEP = 1024;

/** `boundDocument`, pausing every `ENTRIES_PER_STEP` entries of a feed: 100,000 entries are more than one short task. */
export function* boundDocumentSteps<T>(value: T, problems: string[]): Steps<T> {
  const { items } = value as Partial<Feed>;
  if (!Array.isArray(items)) return boundDocument(value, problems);
  cut(value as object, { title }, '', problems);
  for (let i = 0; i < items.length; i++) {
    if (i && i % ENTRIES_PER_STEP === 0) yield;
    cutArticle(items[i], `items[${i}]`, problems);
  }
  return value;
}

/** A feed, an article or a links document with every text within `MAX_LENGTH` (cut in place, each cut in `problems`). */
export function boundDocument<T>(value: T, problems: string[]): T {
  const doc = value as Partial<Feed & LinkList & Article>;
  cut(doc, { title }, '', problems);
  if (Array.isArray(doc.items)) doc.items.forEach((item, i) => cutArticle(item, `items[${i}]`, problems));
  else if (Array.isArray(doc.links)) doc.links.forEach((link: Link, i) => cut(link, LINK, `links[${i}]`, problems));
  else if (typeof doc.id === 'string') cutArticle(value as Article, '', problems);
  return value;
}

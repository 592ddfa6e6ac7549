// What a document may hand to layout: a string of megabytes freezes the tab
// while it is laid out, and no reader reads a title of a thousand words. So
// text past a length a reader can use is cut (with "…") before it leaves
// `data/`; each cut is reported in `problems`.

import type { Article, Feed, Link, LinkList } from './model.js';
import type { Steps } from './steps.js';

/** Characters kept of each kind of text: in titles, leads, alt text and captions, names, an HTML body. */
export const MAX_LENGTH = { title: 300, summary: 5000, caption: 500, name: 200, body: 500_000 } as const;

const { title, summary, caption, name, body } = MAX_LENGTH;

/** The fields cut in each part of the model, with their limits: a string, or each string of a list. */
type Limits = { key: string; max: number }[];
const limits = (fields: Record<string, number>): Limits => Object.entries(fields).map(([key, max]) => ({ key, max }));
const ARTICLE = limits({
  title,
  summary,
  contentHtml: body,
  imageAlt: caption,
  imageCaption: caption,
  authors: name,
  tags: name,
});
const LINK = limits({ name, group: name });
const TITLE = limits({ title });
const NAME = limits({ name });

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

const at = (path: string, key: string): string => (path ? `${path}.${key}` : key);

function cutEach(list: string[], max: number, path: string, key: string, problems: string[]): void {
  for (let i = 0; i < list.length; i++) {
    if (list[i].length > max) list[i] = within(list[i], max, `${at(path, key)}[${i}]`, problems);
  }
}

/** Cuts the fields `limits` names in `record`, in place. (A field's path is only written for a cut.) */
function cut(record: object | undefined, fieldLimits: Limits, path: string, problems: string[]): void {
  const fields = record as Record<string, unknown> | undefined;
  if (!fields) return;
  for (const { key, max } of fieldLimits) {
    const value = fields[key];
    if (typeof value === 'string' && value.length > max) fields[key] = within(value, max, at(path, key), problems);
    else if (Array.isArray(value)) cutEach(value as string[], max, path, key, problems);
  }
}

const longer = (text: string | undefined, max: number): boolean => text !== undefined && text.length > max;
const anyLonger = (texts: string[], max: number): boolean => texts.some((text) => text.length > max);
const anyTitleLonger = (refs: { title: string }[] | undefined): boolean =>
  refs !== undefined && refs.some((ref) => ref.title.length > title);

/**
 * Whether some text of `ARTICLE`, the category or a reference of an article is
 * over its limit: written out field by field, since it runs for every
 * article and almost none is (the cut itself stays in `cut`).
 */
const overLimits = (article: Article): boolean =>
  article.title.length > title ||
  longer(article.summary, summary) ||
  longer(article.contentHtml, body) ||
  longer(article.imageAlt, caption) ||
  longer(article.imageCaption, caption) ||
  anyLonger(article.authors, name) ||
  anyLonger(article.tags, name) ||
  longer(article.category?.name, name) ||
  anyTitleLonger(article.related) ||
  anyTitleLonger(article.newer);

function cutArticle(article: Article, path: string, problems: string[]): void {
  if (!overLimits(article)) return;
  cut(article, ARTICLE, path, problems);
  if (article.category) cut(article.category, NAME, `${path}.category`, problems);
  article.related?.forEach((ref) => cut(ref, TITLE, `${path}.related`, problems));
  article.newer?.forEach((ref) => cut(ref, TITLE, `${path}.related`, problems));
}

/** A feed, an article or a links document with every text within `MAX_LENGTH` (cut in place, each cut in `problems`). */
export function boundDocument<T>(value: T, problems: string[]): T {
  const doc = value as Partial<Feed & LinkList & Article>;
  cut(doc, TITLE, '', problems);
  if (Array.isArray(doc.items)) doc.items.forEach((item, i) => cutArticle(item, `items[${i}]`, problems));
  else if (Array.isArray(doc.links)) doc.links.forEach((link: Link, i) => cut(link, LINK, `links[${i}]`, problems));
  else if (typeof doc.id === 'string') cutArticle(value as Article, '', problems);
  return value;
}

/** Entries bounded between two points where a long read may pause (`steps.ts`). */
const ENTRIES_PER_STEP = 1024;

/** `boundDocument`, pausing every `ENTRIES_PER_STEP` entries of a feed: 100,000 entries are more than one short task. */
export function* boundDocumentSteps<T>(value: T, problems: string[]): Steps<T> {
  const { items } = value as Partial<Feed>;
  if (!Array.isArray(items)) return boundDocument(value, problems);
  cut(value as object, TITLE, '', problems);
  for (let i = 0; i < items.length; i++) {
    if (i && i % ENTRIES_PER_STEP === 0) yield;
    cutArticle(items[i], `items[${i}]`, problems);
  }
  return value;
}

// Shared by the format adapters: reading untrusted fields, reporting the ones
// that do not fit with their path (`items[3].title: expected a string`), and
// turning text into the model's plain-text form.

import { PortalError } from '../core/portal-error.js';
import { cleanText, decodeEntities, htmlToText, titleText, useEntityDecoder } from '../core/text.js';
import { parseDate, type DateOrder } from './dates.js';
import { boundDocumentSteps } from './bounds.js';
import { browserEntityDecoder } from './entities.js';
import { finish, type Steps } from './steps.js';

// Every adapter reads text through here: references are read by the browser's parser.
useEntityDecoder(browserEntityDecoder());

export type Fields = Record<string, unknown>;

/** What an adapter carries through one document. */
export interface Context {
  /** The URL of the document; relative URLs in it resolve against this. */
  url: string;
  /** IANA zone for dates written without one. */
  timeZone: string;
  /** How the document writes numeric dates (`04/12/2020`), decided once from all its dates: see `dateOrderOf`. */
  dateOrder?: DateOrder;
  /** Entries and fields skipped so far, each as `path: reason`. */
  problems: string[];
}

/** A field that does not fit. The message names it: `items[3].title: expected a string`. */
export class FieldProblem extends Error {}

export const fail = (path: string, reason: string): never => {
  throw new FieldProblem(`${path}: ${reason}`);
};

/** The path of `key` inside `path`: `items[3]` + `title` → `items[3].title`. */
export const at = (path: string, key: string): string => (path ? `${path}.${key}` : key);

export const isFields = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);

export function fields(value: unknown, path: string): Fields {
  return isFields(value) ? value : fail(path || 'document', 'expected an object');
}

/** An optional string field: absent (`undefined` or `null`) is `undefined`, any other type is a problem. */
export function str(source: Fields, key: string, path: string): string | undefined {
  const value = source[key];
  if (value == null || typeof value === 'string') return value ?? undefined;
  return fail(at(path, key), 'expected a string');
}

/** `str` read leniently: a value of another type is recorded in `problems` (`items[3].title: expected a string`) and read as absent. */
export function optionalStr(ctx: Context, source: Fields, key: string, path: string): string | undefined {
  const value = source[key];
  if (typeof value === 'string') return value;
  return value == null ? undefined : optional(ctx, () => str(source, key, path));
}

/** `list` read leniently: a value that is not an array is recorded in `problems` and read as empty. */
export function optionalList(ctx: Context, source: Fields, key: string, path: string): unknown[] {
  const value = source[key];
  if (Array.isArray(value)) return value;
  return value == null ? [] : (optional(ctx, () => list(source, key, path)) ?? []);
}

/** The values of `keys` in each entry of `entries` that is an object, in order: the dates a document's order is read from. */
export function valuesOf(entries: unknown[], keys: string[]): unknown[] {
  const values: unknown[] = [];
  for (const entry of entries) {
    if (isFields(entry)) for (const key of keys) values.push(entry[key]);
  }
  return values;
}

/** An identifier: a string, or a number turned into one. */
export function identifier(source: Fields, key: string, path: string): string | undefined {
  const value = source[key];
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : str(source, key, path) || undefined;
}

/** An optional array field: absent is empty, any other type is a problem. */
export function list(source: Fields, key: string, path: string): unknown[] {
  const value = source[key];
  if (value == null) return [];
  return Array.isArray(value) ? value : fail(at(path, key), 'expected an array');
}

/** What `read` returns, or `undefined` with its problem recorded when what it reads does not fit. */
export function optional<T>(ctx: Context, read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof FieldProblem)) throw error;
    ctx.problems.push(error.message);
    return undefined;
  }
}

/** Parses each entry of a list; an entry that does not fit is skipped and its problem recorded. */
export function each<T>(ctx: Context, entries: unknown[], path: string, parse: (entry: unknown, path: string) => T): T[] {
  return entries.flatMap((entry, index) => {
    const parsed = optional(ctx, () => parse(entry, `${path}[${index}]`));
    return parsed === undefined ? [] : [parsed];
  });
}

/**
 * A date value, the field `key` in `path`, read in the document's zone and
 * order (`parseDate`); a value that is not a date is dropped and recorded as
 * `path.key: not a date`.
 */
export function dateField(ctx: Context, raw: unknown, path: string, key: string, timeZone = ctx.timeZone): string | undefined {
  if (raw == null || raw === '') return undefined;
  const date = parseDate(raw, timeZone, ctx.dateOrder);
  if (date === undefined) ctx.problems.push(`${at(path, key)}: not a date`);
  return date;
}

/** A stable id for an entry that has none: the same content gives the same id. */
export function hash(text: string): string {
  let h = 5381;
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, 33) ^ text.charCodeAt(i)) >>> 0;
  return `h${h.toString(36)}`;
}

/** `each` for the list a document exists for: when not one entry fits, the document does not either. */
export const required = <T>(ctx: Context, entries: unknown[], path: string, parse: (entry: unknown, path: string) => T): T[] =>
  finish(requiredSteps(ctx, entries, path, parse));

/** Entries between two points where a long read may pause (`steps.ts`). */
const ENTRIES_PER_STEP = 64;

/** `required`, pausing every `ENTRIES_PER_STEP` entries. */
export function* requiredSteps<T>(
  ctx: Context,
  entries: unknown[],
  path: string,
  parse: (entry: unknown, path: string) => T,
): Steps<T[]> {
  const firstProblem = ctx.problems.length;
  const parsed: T[] = [];
  for (let index = 0; index < entries.length; index++) {
    if (index && index % ENTRIES_PER_STEP === 0) yield;
    const entry = optional(ctx, () => parse(entries[index], `${path}[${index}]`));
    if (entry !== undefined) parsed.push(entry);
  }
  if (entries.length && !parsed.length) throw new FieldProblem(ctx.problems[firstProblem]);
  return parsed;
}

/**
 * Runs an adapter on the document at `url`; a problem that spoils the whole
 * document becomes a `format` error named after the first field that failed.
 */
export const adapt = <T>(url: string, run: (ctx: Context) => T, timeZone = 'UTC'): T =>
  finish(adaptSteps(url, (ctx) => stepsOf(run(ctx)), timeZone));

// eslint-disable-next-line require-yield -- a value already read, as steps
function* stepsOf<T>(value: T): Steps<T> {
  return value;
}

/** `adapt` for an adapter written as steps (`steps.ts`). */
export function* adaptSteps<T>(url: string, run: (ctx: Context) => Steps<T>, timeZone = 'UTC'): Steps<T> {
  const ctx: Context = { url, timeZone, problems: [] };
  try {
    return yield* boundDocumentSteps(yield* run(ctx), ctx.problems);
  } catch (error) {
    throw error instanceof FieldProblem ? new PortalError('format', ctx.problems[0] ?? error.message, url) : error;
  }
}

/** Plain text that may carry character references (`&#8216;`): decoded, NFC, folded. Empty or not a string is `undefined`. */
export const plain = (text: unknown): string | undefined =>
  (typeof text === 'string' && cleanText(decodeEntities(text))) || undefined;

/** `plain` of each value of a list, without those that are empty or not text. */
export function plainList(values: unknown[]): string[] {
  const texts: string[] = [];
  for (const value of values) {
    const text = plain(value);
    if (text !== undefined) texts.push(text);
  }
  return texts;
}

/**
 * A title or name: `plain`, and markup an editor left in it (CDATA or
 * escaped: `93m<sup>2</sup>`, `&lt;b&gt;`) reduced to its text when it looks
 * like HTML; `a < b` stays. See `titleText`.
 */
export const plainTitle = (text: unknown): string | undefined => (typeof text === 'string' && titleText(text)) || undefined;

/** An HTML fragment as plain text. Empty or not a string is `undefined`. */
export const textOfHtml = (html: unknown): string | undefined => (typeof html === 'string' && htmlToText(html)) || undefined;

/** A title for an entry that has none (JSON Feed allows that): the start of its text. */
export function shorten(text: string | undefined, max = 80): string | undefined {
  if (!text || text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

/** Plain text as an HTML body, so that every article body has one form. */
export const textToHtml = (text: string): string =>
  `<p>${text
    .trim()
    .replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`)
    .replace(/\n\s*\n/g, '</p><p>')
    .replace(/\n/g, '<br>')}</p>`;

/** The `src` of the first `<img>` in an HTML fragment, read without building DOM. */
export function firstImageSrc(html: string | undefined): string | undefined {
  const match = html && /<img\b[^<>]*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(html);
  return match ? decodeEntities(match[1] ?? match[2] ?? match[3]) : undefined;
}

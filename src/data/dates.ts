import { setNewest } from '../core/bounded.js';
import { instantOf } from '../core/time-zone.js';

// RFC 3339 and the ISO 8601 shapes near it (a space for the `T`, no seconds,
// no zone) are read here, in the entry, since they are what most endpoints
// write. Every other shape is read by `./date-reader.ts`, a chunk of its own
// that `readDocument()` (`./read.ts`) loads when a document needs it.
const ISO = /^(\d{4})-(\d\d)-(\d\d)(?:[Tt ](\d\d):(\d\d)(?::(\d\d)(?:[.,](\d+))?)?)?\s*([Zz]|[+-]\d\d:?\d\d)?$/;
const RFC_3339 = /^(\d{4})-(\d\d)-(\d\d)[Tt](\d\d):(\d\d):(\d\d)(?:\.(\d+))?(?:([Zz])|([+-])(\d\d):(\d\d))$/;

/**
 * How a document writes numeric dates such as `04/12/2020`: day first
 * (`dmy`, 4 December) or month first (`mdy`, 12 April). See `dateOrderOf`.
 */
export type DateOrder = 'dmy' | 'mdy';

/** The lenient reader, once its chunk is loaded (it registers itself with `useLenientDates`). */
export interface LenientDates {
  read(text: string, timeZone: string, order?: DateOrder): string | undefined;
  order(values: unknown[], timeZone: string): DateOrder | undefined;
}

let lenient: LenientDates | undefined;

/** Called by the lenient reader's chunk when it loads. */
export const useLenientDates = (reader: LenientDates): void => {
  lenient = reader;
};

/**
 * Reads a date as feeds write it and returns the instant as
 * `Date#toISOString()`, or `undefined` when it is not a date (or is a shape
 * only the lenient reader knows and that reader is not loaded).
 *
 * Values without a zone are wall-clock time in `assumeTimeZone` (an IANA
 * name; an unknown one means the portal default, Asia/Ho_Chi_Minh). Numeric
 * dates whose two first fields could both be the month (`04/12/2020`) are
 * read in `order`, the document's order from `dateOrderOf()`, month first
 * when there is none; a field over 12 always decides on its own.
 */
export function parseDate(raw: unknown, assumeTimeZone: string, order?: DateOrder): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const text = raw.trim();
  const match = ISO.exec(text);
  if (!match) return lenient?.read(text, assumeTimeZone, order);
  const zone = match[8];
  // `Z`, `+07:00` or `+0700`, as the pattern allows; minutes past 59 are no offset (NaN).
  const offset = !zone
    ? null
    : /z/i.test(zone)
      ? 0
      : +zone.slice(-2) > 59
        ? NaN
        : (zone[0] === '-' ? -1 : 1) * (+zone.slice(1, 3) * 60 + +zone.slice(-2));
  return instant(
    +match[1],
    +match[2],
    +match[3],
    +(match[4] ?? 0),
    +(match[5] ?? 0),
    +(match[6] ?? 0),
    millis(match[7]),
    offset,
    assumeTimeZone,
  );
}

/**
 * The order of a document's numeric dates, from the raw date values in it,
 * or `undefined` when it has none (or the lenient reader is not loaded).
 * The rule is the lenient reader's `dateOrder` (see `./date-reader.ts`).
 */
export const dateOrderOf = (values: unknown[], timeZone: string): DateOrder | undefined => lenient?.order(values, timeZone);

// The keys that hold dates in the JSON formats read here (JSON Feed, WordPress) and in the model a page writes.
const DATE_KEYS = new Set([
  'date',
  'date_published',
  'date_modified',
  'date_gmt',
  'modified',
  'modified_gmt',
  'datePublished',
  'dateModified',
]);

/**
 * True when a parsed JSON value (or a model written by hand) has a date that
 * only the lenient reader reads, and that reader is not loaded yet.
 */
export function needsLenientDates(value: unknown): boolean {
  if (lenient) return false;
  const pending = [value];
  while (pending.length) {
    const next = pending.pop();
    if (typeof next !== 'object' || next === null) continue;
    for (const [key, field] of Object.entries(next)) {
      if (typeof field === 'object' && field !== null) pending.push(field);
      else if (typeof field === 'string' && DATE_KEYS.has(key) && !ISO.test(field.trim())) return true;
    }
  }
  return false;
}

/** `"5"` → 500, `"123456"` → 123: a fraction of a second as milliseconds. */
export const millis = (fraction: string | undefined): number => (fraction ? +fraction.slice(0, 3).padEnd(3, '0') : 0);

/** Offsets of wall-clock hours in zones, in ms: a feed's dates fall in few hours, and Intl is slow to ask. */
const zoneOffsets = new Map<string, number>();

/**
 * How far `timeZone` is ahead of UTC at a wall-clock hour, in ms, from the
 * browser's zone database (Intl), so daylight saving time is right; kept for
 * the next date in the same hour.
 */
function zoneOffset(y: number, mo: number, d: number, h: number, timeZone: string): number {
  const key = `${timeZone} ${y}-${mo}-${d} ${h}`;
  let offset = zoneOffsets.get(key);
  if (offset === undefined) {
    // Both sides read a year below 100 alike, so the difference is the offset still.
    offset = Date.UTC(y, mo - 1, d, h) - instantOf([y, mo, d, h], timeZone);
    setNewest(zoneOffsets, key, offset, 500);
  }
  return offset;
}

/**
 * The instant of wall-clock fields (month 1–12) at `offset` minutes east of
 * UTC, or in `timeZone` when the offset is `null`; `undefined` when the
 * fields are not a date, the offset is unreadable (`NaN`) or a day or more,
 * or the instant is past the year 9999.
 */
export function instant(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  ms: number,
  offset: number | null,
  timeZone: string,
): string | undefined {
  // A leap second (:60) counts as :59.
  const sec = Math.min(s, 59);
  const check = new Date(Date.UTC(2000, mo - 1, d, h, mi, sec, ms));
  // Years below 100 are years, not 1900 + year.
  check.setUTCFullYear(y);
  const wall = check.getTime();
  // Date.UTC rolls 31 April over into May; a rolled-over value was not a date.
  if (
    check.getUTCMonth() !== mo - 1 ||
    check.getUTCDate() !== d ||
    h > 23 ||
    mi > 59 ||
    s > 60 ||
    (offset !== null && !(Math.abs(offset) < 1440))
  ) {
    return undefined;
  }
  const time = offset === null ? wall - zoneOffset(y, mo, d, h, timeZone) : wall - offset * 60_000;
  return time < 253402300800000 ? new Date(time).toISOString() : undefined;
}

/** The instant of an RFC 3339 date-time with a zone (`2020-10-29T07:57:30+07:00`); anything else is `undefined`. */
export function parseRfc3339(raw: unknown): string | undefined {
  const match = typeof raw === 'string' ? RFC_3339.exec(raw) : null;
  if (!match) return undefined;
  const offset = match[8] ? 0 : +match[11] > 59 ? NaN : (match[9] === '-' ? -1 : 1) * (+match[10] * 60 + +match[11]);
  return instant(+match[1], +match[2], +match[3], +match[4], +match[5], +match[6], millis(match[7]), offset, 'UTC');
}

/** True for an RFC 3339 date-time with a zone, such as `2020-10-29T07:57:30+07:00`. */
export const isRfc3339 = (raw: unknown): boolean => parseRfc3339(raw) !== undefined;

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

/**
 * How many dates were left unread because the lenient reader was not loaded:
 * a reader notes it before reading a document and, when it grew, loads the
 * reader and reads the document again (only documents with such dates pay).
 */
let lenientMisses = 0;
export const lenientMissCount = (): number => lenientMisses;
const missLenient = (): undefined => {
  lenientMisses++;
  return undefined;
};

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
  if (isInstantText(text)) return text;
  if (COMMON_ISO.test(text)) return readCommonIso(text, assumeTimeZone);
  const match = ISO.exec(text);
  if (!match) return lenient ? lenient.read(text, assumeTimeZone, order) : missLenient();
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

/** `Date#toISOString()`'s own form: `2026-11-30T12:00:00.000Z`. */
const INSTANT_TEXT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The days of month `mo` (1–12) of year `y` of the (proleptic) Gregorian calendar, as `Date` counts them. */
const daysIn = (y: number, mo: number): number =>
  mo === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : DAYS_IN_MONTH[mo - 1];

/** The two digits at `at` in `text` as a number (a pattern made sure they are digits). */
const digitPair = (text: string, at: number): number => (text.charCodeAt(at) - 48) * 10 + text.charCodeAt(at + 1) - 48;

/** The usual shape of `ISO`: `2026-11-30T19:00:00`, then `Z`, an offset `+07:00` or nothing. */
const COMMON_ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:Z|[+-]\d\d:\d\d)?$/;

/** A date of `COMMON_ISO`'s shape read as `parseDate` reads it, without the general pattern's groups. */
function readCommonIso(text: string, timeZone: string): string | undefined {
  const zoneMinutes = digitPair(text, 23);
  // As in `parseDate`: minutes past 59 are no offset.
  const offset =
    text.length === 19
      ? null
      : text.length === 20
        ? 0
        : zoneMinutes > 59
          ? NaN
          : (text[19] === '-' ? -1 : 1) * (digitPair(text, 20) * 60 + zoneMinutes);
  const year = digitPair(text, 0) * 100 + digitPair(text, 2);
  const month = digitPair(text, 5);
  const day = digitPair(text, 8);
  const hour = digitPair(text, 11);
  const minute = digitPair(text, 14);
  const second = digitPair(text, 17);
  return instant(year, month, day, hour, minute, second, 0, offset, timeZone);
}

/**
 * True when `text` is an instant in the form `Date#toISOString()` gives, as
 * most generators of JSON Feed write it, and its fields are a date and a time
 * (no leap second): then reading it gives it back as it is.
 */
function isInstantText(text: string): boolean {
  if (!INSTANT_TEXT.test(text)) return false;
  const month = digitPair(text, 5);
  const day = digitPair(text, 8);
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysIn(digitPair(text, 0) * 100 + digitPair(text, 2), month) &&
    digitPair(text, 11) <= 23 &&
    digitPair(text, 14) <= 59 &&
    digitPair(text, 17) <= 59
  );
}

/**
 * The order of a document's numeric dates, from the raw date values in it
 * (`values` lists them when there is a reader to ask), or `undefined` when
 * it has none (or the lenient reader is not loaded).
 * The rule is the lenient reader's `dateOrder` (see `./date-reader.ts`).
 */
export const dateOrderOf = (values: () => unknown[], timeZone: string): DateOrder | undefined =>
  lenient?.order(values(), timeZone);

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
  // UTC is always at 0: what JSON Feed and WordPress's `date_gmt` are read in.
  if (timeZone === 'UTC') return 0;
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
  const wall = isPlainDayAndTime(y, mo, d, h, mi, s, ms)
    ? Date.UTC(y, mo - 1, d, h, mi, Math.min(s, 59), ms)
    : checkedWall(y, mo, d, h, mi, s, ms);
  if (wall === undefined || (offset !== null && !(Math.abs(offset) < 1440))) return undefined;
  const time = offset === null ? wall - zoneOffset(y, mo, d, h, timeZone) : wall - offset * 60_000;
  return time < 253402300800000 ? isoString(time) : undefined;
}

const MS_PER_DAY = 86_400_000;

/**
 * The day of the (proleptic Gregorian) calendar `days` days after
 * 1970-01-01, with `days` ≥ 0: the civil-from-days algorithm of Howard
 * Hinnant's "chrono-Compatible Low-Level Date Algorithms", in 400-year eras
 * that start on 1 March.
 */
function civilDay(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

const two = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/**
 * `new Date(time).toISOString()`, written out for times from 1970 to 9999:
 * the builtin is the costliest step of reading a date. Earlier ones are left
 * to it.
 */
function isoString(time: number): string {
  if (!(time >= 0)) return new Date(time).toISOString();
  const days = Math.floor(time / MS_PER_DAY);
  const { year, month, day } = civilDay(days);
  const ms = time - days * MS_PER_DAY;
  const hour = two(Math.floor(ms / 3_600_000));
  const minute = two(Math.floor(ms / 60_000) % 60);
  const second = two(Math.floor(ms / 1000) % 60);
  return `${year}-${two(month)}-${two(day)}T${hour}:${minute}:${second}.${`${ms % 1000}`.padStart(3, '0')}Z`;
}

const whole = (value: number, min: number, max: number): boolean => Number.isInteger(value) && value >= min && value <= max;

/**
 * True for whole fields each in its range, the day one the month has, from
 * the year 100 on: what dates are. `Date.UTC` reads those as they are.
 */
const isPlainDayAndTime = (y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number): boolean =>
  whole(y, 100, 9999) &&
  whole(mo, 1, 12) &&
  whole(d, 1, daysIn(y, mo)) &&
  whole(h, 0, 23) &&
  whole(mi, 0, 59) &&
  whole(s, 0, 60) &&
  whole(ms, 0, 999);

/** The wall-clock fields as a UTC time, `undefined` when they are not a day and time; for any fields (`isPlainDayAndTime` is the usual case). */
function checkedWall(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number): number | undefined {
  // A leap second (:60) counts as :59.
  const check = new Date(Date.UTC(2000, mo - 1, d, h, mi, Math.min(s, 59), ms));
  // Years below 100 are years, not 1900 + year.
  check.setUTCFullYear(y);
  // Date.UTC rolls 31 April over into May; a rolled-over value was not a date.
  const rolled = check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d;
  return rolled || h > 23 || mi > 59 || s > 60 ? undefined : check.getTime();
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

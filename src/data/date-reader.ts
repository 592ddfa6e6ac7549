// The lenient date reader: every shape feeds write besides the ISO 8601 forms
// `./dates.ts` reads in the entry. A chunk of its own, loaded with the RSS/Atom
// reader and, for JSON, when a date in the document needs it; it registers
// itself with `useLenientDates` when it loads.
//
// The shapes are those Python's feedparser reads (RFC 822 and its variants,
// asctime, Perforce, W3C-DTF partial dates, its zone names), JavaScript's
// `Date#toString`, numeric dates with 12- or 24-hour clocks, and day and
// month names in Vietnamese, English, French, German, Spanish, Portuguese
// and Italian, matched without regard to case or accents.

import { instant, parseDate, useLenientDates, type DateOrder } from './dates.js';
import { readClock } from './date-reader/clock.js';
import { readDay } from './date-reader/fields.js';
import { normalise } from './date-reader/normalise.js';

// ISO 8601 shapes besides those the entry reads: basic (`20031231T101455Z`),
// ordinal (`2003-335`) and Google's extra zero in the month (`2003-012-31`).
const ISO_VARIANT =
  /^(?<year>\d{4})(?:(?<month>\d\d)(?<day>\d\d)|-?(?<ordinal>\d{3})|-0(?<paddedMonth>\d\d)-(?<paddedDay>\d\d))(?:t(?<hour>\d\d):?(?<minute>\d\d)(?::?(?<second>\d\d)(?<fraction>[.,]\d+)?)?)?(?<zone>z|[+-]\d\d(?::?\d\d)?)?$/i;
const DAY_MONTH = /(?<!\d)(\d\d?)[/-](\d\d?)[/-]\d{4}(?!\d)/;

/** An ISO 8601 variant rewritten as the extended form the entry reads; `undefined` for an ordinal day the year does not have. */
function readIsoVariant(fields: Record<string, string | undefined>, timeZone: string): string | undefined {
  const { year, ordinal, hour = '00', minute = '00', second = '00', fraction = '', zone = '' } = fields;
  let monthDay = `${fields.month ?? fields.paddedMonth}-${fields.day ?? fields.paddedDay}`;
  if (ordinal) {
    const day = new Date(Date.UTC(+year!, 0, +ordinal));
    if (+ordinal < 1 || day.getUTCFullYear() !== +year!) return undefined;
    monthDay = day.toISOString().slice(5, 10);
  }
  const offset = zone.length === 3 ? `${zone}:00` : zone;
  return parseDate(`${year}-${monthDay}T${hour}:${minute}:${second}${fraction}${offset}`, timeZone);
}

// RFC 822 as RSS writes it, `Sun, 30 Nov 2026 12:00:00 +0700`: most RSS dates, read without the general steps.
const RFC_822 =
  /^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?(\d\d?) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d\d):(\d\d)(?::(\d\d))? (?:([+-])(\d\d)([0-5]\d)|GMT|UTC?)$/;
const MONTHS = 'JanFebMarAprMayJunJulAugSepOctNovDec';

/** A date in the usual RFC 822 form; `undefined` for any other shape (which `readDate` reads in its general steps). */
function readRfc822(raw: string, timeZone: string): string | undefined {
  const match = RFC_822.exec(raw);
  if (!match) return undefined;
  const [, day, month, year, hour, minute, second = '0', sign, zoneHours, zoneMinutes] = match;
  const offset = sign ? (sign === '-' ? -1 : 1) * (+zoneHours * 60 + +zoneMinutes) : 0;
  return instant(+year, MONTHS.indexOf(month) / 3 + 1, +day, +hour, +minute, +second, 0, offset, timeZone);
}

/**
 * Reads `text` in any shape this module knows; `undefined` when it is not a
 * date or has anything left over that is not part of one. The steps:
 * normalise the words, take out the time and zone, read the day, and give
 * the instant.
 */
export function readDate(raw: string, timeZone: string, order?: DateOrder): string | undefined {
  const rfc822 = readRfc822(raw, timeZone);
  if (rfc822) return rfc822;
  const iso = ISO_VARIANT.exec(raw);
  if (iso) return readIsoVariant(iso.groups!, timeZone);
  const clock = readClock(normalise(raw));
  const day = clock && readDay(clock.rest, clock.found, order);
  if (!clock || !day) return undefined;
  const { hour, minute, second, ms, offset } = clock;
  return instant(day.year, day.month, day.day, hour, minute, second, ms, offset, timeZone);
}

/**
 * The order of a document's numeric dates (`a/b/yyyy`), from all its date
 * values: a first field over 12 means day first, a second field over 12 month
 * first. When no value decides, the reading under which the dates run newest
 * first and none is in the future wins; when both or neither do, month first,
 * as .NET's invariant culture writes. `undefined` when there are no numeric dates.
 */
export function dateOrder(values: unknown[], timeZone: string): DateOrder | undefined {
  const numeric = values.filter((value): value is string => typeof value === 'string' && DAY_MONTH.test(value));
  if (!numeric.length) return undefined;
  for (const value of numeric) {
    const [, a, b] = DAY_MONTH.exec(value)!;
    if (+a > 12) return 'dmy';
    if (+b > 12) return 'mdy';
  }
  // A day of leeway for clocks and zones.
  const now = Date.now() + 86_400_000;
  const fits = (order: DateOrder) => {
    const times = numeric.map((value) => Date.parse(readDate(value, timeZone, order) ?? ''));
    return times.every((time, i) => time <= now && (i === 0 || time <= times[i - 1]));
  };
  return fits('dmy') && !fits('mdy') ? 'dmy' : 'mdy';
}

useLenientDates({ read: readDate, order: dateOrder });

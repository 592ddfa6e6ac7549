import { instantOf } from '../core/time-zone.js';

// Feeds write dates in three families of shapes. Each pattern captures the
// wall-clock fields; the zone, when there is one, is handled separately.
const ISO = /^(\d{4})-(\d\d)-(\d\d)(?:[Tt ](\d\d):(\d\d)(?::(\d\d)(?:[.,](\d+))?)?)?\s*([Zz]|[+-]\d\d:?\d\d)?$/;
const RFC_822 = /^(?:[A-Za-z]{2,9},?\s*)?(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{4}|\d\d)\s+(\d{1,2}):(\d\d)(?::(\d\d))?\s*(.*)$/;
const US = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d\d)(?::(\d\d))?\s*([AaPp][Mm])?)?$/;
const RFC_3339 = /^(\d{4})-(\d\d)-(\d\d)[Tt](\d\d):(\d\d):(\d\d)(?:\.(\d+))?(?:([Zz])|([+-])(\d\d):(\d\d))$/;

const MONTHS = 'janfebmaraprmayjunjulaugsepoctnovdec';
// RFC 822 §5.1 fixes these names to these offsets (hours); they are not IANA zones.
const NAMED_ZONES: Record<string, number> = {
  GMT: 0, UT: 0, UTC: 0, Z: 0, EST: -5, EDT: -4, CST: -6, CDT: -5, MST: -7, MDT: -6, PST: -8, PDT: -7,
};

/** Minutes east of UTC for `+0700`, `+07:00`, `GMT+7`, `GMT+07:00`, `EST`…; `null` when there is no zone; `NaN` when it is unreadable. */
function zoneOffset(zone: string): number | null {
  zone = zone.replace(/\(.*\)/, '').trim().toUpperCase();
  if (!zone) return null;
  if (zone in NAMED_ZONES) return NAMED_ZONES[zone] * 60;
  const match = /^(?:GMT|UTC?)?([+-])(\d\d?)(?::?(\d\d))?$/.exec(zone);
  if (!match) return NaN;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3] ?? 0));
}

/**
 * Reads a date as feeds write it and returns the instant as
 * `Date#toISOString()`, or `undefined` when it is not a date. Values without
 * a zone are wall-clock time in `assumeTimeZone` (an IANA name; an unknown
 * one means the portal default, Asia/Ho_Chi_Minh).
 */
export function parseDate(raw: unknown, assumeTimeZone: string): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const text = raw.trim();
  let match: RegExpExecArray | null;
  if ((match = ISO.exec(text))) {
    const zone = match[8];
    // `Z`, `+07:00` or `+0700`, as the pattern allows.
    const offset = !zone ? null : zone === 'Z' || zone === 'z' ? 0 : (zone[0] === '-' ? -1 : 1) * (+zone.slice(1, 3) * 60 + +zone.slice(-2));
    return instant(+match[1], +match[2], +match[3], +(match[4] ?? 0), +(match[5] ?? 0), +(match[6] ?? 0), millis(match[7]), offset, assumeTimeZone);
  }
  if ((match = RFC_822.exec(text))) {
    const [, d, monthName, y, h, mi, s = 0, zone] = match;
    const month = MONTHS.indexOf(monthName.toLowerCase());
    if (month % 3) return undefined;
    return instant(y.length === 2 ? 2000 + +y : +y, month / 3 + 1, +d, +h, +mi, +s, 0, zoneOffset(zone), assumeTimeZone);
  }
  if ((match = US.exec(text))) {
    const [, mo, d, y, h = 0, mi = 0, s = 0, half] = match;
    let hours = +h;
    if (half) {
      if (hours < 1 || hours > 12) return undefined;
      hours = (hours % 12) + (/p/i.test(half) ? 12 : 0);
    }
    return instant(+y, +mo, +d, hours, +mi, +s, 0, null, assumeTimeZone);
  }
  return undefined;
}

/** `"5"` → 500, `"123456"` → 123: a fraction of a second as milliseconds. */
const millis = (fraction: string | undefined): number => (fraction ? +fraction.slice(0, 3).padEnd(3, '0') : 0);

/**
 * The instant of wall-clock fields (month 1–12) at `offset` minutes east of
 * UTC, or in `timeZone` when the offset is `null`; `undefined` when the
 * fields are not a date or the offset is unreadable (`NaN`).
 */
function instant(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number, offset: number | null, timeZone: string): string | undefined {
  // A leap second (:60) counts as :59.
  const sec = Math.min(s, 59);
  const wall = Date.UTC(y, mo - 1, d, h, mi, sec, ms);
  // Date.UTC rolls 31 April over into May; a rolled-over value was not a date.
  const check = new Date(wall);
  if (Number.isNaN(offset) || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 60) {
    return undefined;
  }
  // The zone database comes from the browser (Intl), so daylight saving time is right.
  const time = offset === null ? instantOf([y, mo, d, h, mi, sec, ms], timeZone) : wall - offset * 60_000;
  return new Date(time).toISOString();
}

/** The instant of an RFC 3339 date-time with a zone (`2020-10-29T07:57:30+07:00`); anything else is `undefined`. */
export function parseRfc3339(raw: unknown): string | undefined {
  const match = typeof raw === 'string' ? RFC_3339.exec(raw) : null;
  if (!match) return undefined;
  const offset = match[8] ? 0 : (match[9] === '-' ? -1 : 1) * (+match[10] * 60 + +match[11]);
  return instant(+match[1], +match[2], +match[3], +match[4], +match[5], +match[6], millis(match[7]), offset, 'UTC');
}

/** True for an RFC 3339 date-time with a zone, such as `2020-10-29T07:57:30+07:00`. */
export const isRfc3339 = (raw: unknown): boolean => parseRfc3339(raw) !== undefined;

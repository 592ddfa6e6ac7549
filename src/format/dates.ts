// Dates shown in a chosen IANA zone with a date-fns-style pattern, on top of
// the browser's own Intl: no time-zone database or locale data is shipped.
import { cached, offsetAt, usableTimeZone, wallClock } from '../core/time-zone.js';
import type { Lang } from './labels.js';

const monthNames = cached((key: string) => {
  const [lang, width] = key.split(':') as [Lang, 'long' | 'short'];
  // With a day beside it the month takes its in-sentence form ("tháng 12", not "Tháng 12").
  const format = new Intl.DateTimeFormat(lang, { day: 'numeric', month: width, timeZone: 'UTC' });
  return Array.from(
    { length: 12 },
    (_, m) => format.formatToParts(Date.UTC(2021, m, 15)).find((part) => part.type === 'month')!.value
  );
});

const weekdayNames = cached((key: string) => {
  const [lang, width] = key.split(':') as [Lang, 'long' | 'short'];
  const format = new Intl.DateTimeFormat(lang, { weekday: width, timeZone: 'UTC' });
  // 3 January 2021 was a Sunday: index 0 as in Date#getDay.
  return Array.from({ length: 7 }, (_, d) => format.format(Date.UTC(2021, 0, 3 + d)));
});

const dayPeriods = cached((lang: Lang) => {
  const format = new Intl.DateTimeFormat(lang, { hour: 'numeric', hour12: true, timeZone: 'UTC' });
  return [0, 12].map((h) => format.formatToParts(Date.UTC(2021, 0, 1, h)).find((p) => p.type === 'dayPeriod')?.value ?? (h ? 'PM' : 'AM'));
});

const pad = (n: number, width: number) => String(n).padStart(width, '0');

const TOKEN = /'(?:[^']|'')*'?|([A-Za-z])\1*/g;

/**
 * Formats `time` with a date-fns pattern: y, M, d, E, H, h, m, s, a, X/x
 * and 'quoted text'. A token it does not know throws a RangeError.
 */
export function formatPattern(time: number, pattern: string, lang: Lang, timeZone: string): string {
  const w = wallClock(time, timeZone);
  const weekday = new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay();
  return pattern.replace(TOKEN, (token) => {
    if (token[0] === "'") return token.length === 2 ? "'" : token.slice(1, token.endsWith("'") ? -1 : undefined).replace(/''/g, "'");
    const n = token.length;
    switch (token[0]) {
      case 'y':
        return n === 2 ? pad(w.year % 100, 2) : pad(w.year, n);
      case 'M':
      case 'L':
        return n >= 4 ? monthNames(`${lang}:long`)[w.month - 1] : n === 3 ? monthNames(`${lang}:short`)[w.month - 1] : pad(w.month, n);
      case 'd':
        return pad(w.day, n);
      case 'E':
        return weekdayNames(`${lang}:${n >= 4 ? 'long' : 'short'}`)[weekday];
      case 'H':
        return pad(w.hour, n);
      case 'h':
        return pad(w.hour % 12 || 12, n);
      case 'm':
        return pad(w.minute, n);
      case 's':
        return pad(w.second, n);
      case 'a':
        return dayPeriods(lang)[w.hour < 12 ? 0 : 1];
      case 'X':
      case 'x': {
        const offset = Math.round(offsetAt(time, timeZone) / 60000);
        if (token[0] === 'X' && offset === 0) return 'Z';
        const sign = offset < 0 ? '-' : '+';
        const abs = Math.abs(offset);
        const hh = pad(Math.floor(abs / 60), 2);
        const mm = pad(abs % 60, 2);
        return n === 1 ? sign + hh + (abs % 60 ? mm : '') : n === 2 || n === 4 ? sign + hh + mm : `${sign}${hh}:${mm}`;
      }
      default:
        throw new RangeError(`Unsupported date token "${token}"`);
    }
  });
}

const RELATIVE_STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.345],
  ['month', 12],
  ['year', Infinity],
];

const relativeFormat = cached((lang: Lang) => new Intl.RelativeTimeFormat(lang, { numeric: 'always' }));

/** "5 phút trước" / "5 minutes ago". */
export function formatRelative(time: number, lang: Lang, now = Date.now()): string {
  let amount = (time - now) / 1000;
  let unit: Intl.RelativeTimeFormatUnit = 'second';
  for (const [name, size] of RELATIVE_STEPS) {
    unit = name;
    if (Math.abs(amount) < size) break;
    amount /= size;
  }
  return relativeFormat(lang).format(Math.round(amount), unit);
}

/**
 * Formats an ISO instant for display in `timeZone` with a date-fns pattern,
 * or `relative`. A pattern it cannot read falls back to `fallbackPattern`.
 */
export function formatDate(
  iso: string,
  pattern: string | undefined,
  lang: Lang,
  timeZone: string | undefined,
  fallbackPattern = 'dd/MM/yyyy'
): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '';
  if (pattern === 'relative') return formatRelative(time, lang);
  const zone = usableTimeZone(timeZone);
  // Lists re-render every row when one changes; the same date is formatted once.
  const key = `${time}|${pattern}|${lang}|${zone}|${fallbackPattern}`;
  let text = formatted.get(key);
  if (text === undefined) {
    try {
      text = formatPattern(time, pattern || fallbackPattern, lang, zone);
    } catch {
      text = formatPattern(time, fallbackPattern, lang, zone);
    }
    if (formatted.size > 5000) formatted.clear();
    formatted.set(key, text);
  }
  return text;
}

const formatted = new Map<string, string>();

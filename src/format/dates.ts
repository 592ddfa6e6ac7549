// Dates shown in a chosen IANA zone. The default patterns and `relative` come
// from the browser's own Intl, in the entry file; any other date-fns pattern
// is written by date-fns itself, from a chunk loaded before the element renders.
import { cached, usableTimeZone, wallClock, type WallClock } from '../core/time-zone.js';
import type { Lang } from './labels.js';

/** The patterns the elements use by default, written without date-fns. */
export type DefaultPattern = 'dd/MM/yyyy' | 'dd/MM/yyyy HH:mm';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const day = (w: WallClock) => `${pad(w.day)}/${pad(w.month)}/${pad(w.year, 4)}`;
const intlPatterns = new Map<string, (w: WallClock) => string>([
  ['dd/MM/yyyy', day],
  ['dd/MM/yyyy HH:mm', (w) => `${day(w)} ${pad(w.hour)}:${pad(w.minute)}`],
]);

let patternFormat: typeof import('./date-fns.js').formatPattern | undefined;
let loading: Promise<boolean> | undefined;

/**
 * Loads date-fns when `pattern` needs it: resolves `true` once it is here,
 * `false` when it could not load (offline: the default pattern stands in,
 * and a later call tries again). Nothing to wait for (undefined) when the
 * pattern is a default, `relative`, or date-fns is already here.
 */
export function datePatternReady(pattern: string | undefined): Promise<boolean> | undefined {
  if (patternFormat || !pattern || pattern === 'relative' || intlPatterns.has(pattern)) return undefined;
  loading ??= import('./date-fns.js').then(
    (chunk) => {
      patternFormat = chunk.formatPattern;
      return true;
    },
    () => {
      loading = undefined;
      return false;
    },
  );
  return loading;
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
 * or `relative`. A pattern date-fns rejects, or one asked for before date-fns
 * is loaded (see `datePatternReady`), shows as `fallbackPattern`.
 */
export function formatDate(
  iso: string,
  pattern: string | undefined,
  lang: Lang,
  timeZone: string | undefined,
  fallbackPattern: DefaultPattern = 'dd/MM/yyyy',
): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '';
  if (pattern === 'relative') return formatRelative(time, lang);
  const zone = usableTimeZone(timeZone);
  const wanted = pattern || fallbackPattern;
  const fallback = () => intlPatterns.get(fallbackPattern)!(wallClock(time, zone));
  // Lists re-render every row when one changes; the same date is formatted once.
  const key = `${time}|${wanted}|${lang}|${zone}|${fallbackPattern}`;
  let text = formatted.get(key);
  if (text === undefined) {
    const intl = intlPatterns.get(wanted);
    // Not remembered: the pattern shows as asked once date-fns is here.
    if (!intl && !patternFormat) return fallback();
    try {
      text = intl ? intl(wallClock(time, zone)) : patternFormat!(time, wanted, lang, zone);
    } catch {
      text = fallback();
    }
    if (formatted.size > 5000) formatted.clear();
    formatted.set(key, text);
  }
  return text;
}

const formatted = new Map<string, string>();

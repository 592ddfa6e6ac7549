// Time-zone arithmetic on the browser's own Intl: no time-zone database is shipped.

/** Where the portals are: dates without a zone are read, and shown, in Vietnam time. */
export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

export const cached = <K, V>(make: (key: K) => V) => {
  const cache = new Map<K, V>();
  return (key: K) => {
    let value = cache.get(key);
    if (value === undefined) cache.set(key, (value = make(key)));
    return value;
  };
};

const zoneFormat = cached(
  (timeZone: string) =>
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    }),
);

/**
 * Zones whose offset from UTC has not changed since an instant: read without
 * Intl from then on. The first \`Intl.DateTimeFormat\` given a zone loads the
 * browser's zone data, which costs tens of milliseconds on a phone (130–220 ms
 * under a 4× CPU slowdown) before a page's first date can show. Vietnam has
 * kept UTC+7 since 13 June 1975, 00:00 in UTC+8 (IANA tzdata).
 */
const FIXED_OFFSETS: Record<string, readonly [since: number, offset: number]> = {
  'Asia/Ho_Chi_Minh': [Date.UTC(1975, 5, 12, 16), 7 * 3_600_000],
  UTC: [-Infinity, 0],
};

const fixedOffset = (time: number, timeZone: string): number | undefined => {
  const fixed = Object.hasOwn(FIXED_OFFSETS, timeZone) ? FIXED_OFFSETS[timeZone] : undefined;
  return fixed && time >= fixed[0] ? fixed[1] : undefined;
};

const isValidZone = cached((zone: string) => {
  try {
    zoneFormat(zone);
    return true;
  } catch {
    return false;
  }
});

/** The zone if the browser knows it, else the portal default. */
export const usableTimeZone = (zone: string | undefined): string =>
  zone && (Object.hasOwn(FIXED_OFFSETS, zone) || isValidZone(zone)) ? zone : DEFAULT_TIME_ZONE;

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall-clock fields in `timeZone` at `time`, from Intl. */
function intlWallClock(time: number, timeZone: string): WallClock {
  const fields: Record<string, number> = {};
  for (const { type, value } of zoneFormat(timeZone).formatToParts(time)) fields[type] = Number(value);
  const { year, month, day, hour, minute, second } = fields;
  return { year, month, day, hour, minute, second };
}

/** Milliseconds `timeZone` is ahead of UTC at `time`. */
function offsetAt(time: number, timeZone: string): number {
  const fixed = fixedOffset(time, timeZone);
  if (fixed !== undefined) return fixed;
  const w = intlWallClock(time, timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - (time - (((time % 1000) + 1000) % 1000));
}

/** The wall-clock time in `timeZone` at instant `time` (ms). */
export function wallClock(time: number, timeZone: string): WallClock {
  const d = new Date(time + offsetAt(time, timeZone));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

/** The instant (ms) at which the wall clock in `timeZone` reads the given fields (month 1–12). */
export function instantOf([year, month, day, hour = 0, minute = 0, second = 0, ms = 0]: number[], timeZone: string): number {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  const zone = usableTimeZone(timeZone);
  // The offset at the guess can differ from the offset at the answer around a DST change.
  const guess = asUtc - offsetAt(asUtc, zone);
  return asUtc - offsetAt(guess, zone);
}

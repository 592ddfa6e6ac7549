// The second step of the lenient date reader: the time of day and the zone
// after it, taken out of the text so that only the date is left.

import { millis } from '../dates.js';
import { NAMED_ZONES } from './words.js';

// A time of day: `7:57`, `07:57:30`, `10:14:55.1234`, `10h30`, then AM/PM or
// the Vietnamese SA (sáng) / CH (chiều).
const TIME =
  /(?<![\d:])(?<hour>\d\d?)[:h](?<minute>\d\d)(?::(?<second>\d\d)(?:[.,](?<fraction>\d+))?)?(?![\d:])(?:\s*(?:(?<half>[ap])\.?m\b\.?|(?<viHalf>sa|ch)\b))?/;
// What may follow the time: a zone name and/or an offset (`GMT+7`, `+0700`, `-01:01`, `Etc/GMT`).
const ZONE = /^\s*(?:etc\/)?(?<name>[a-z]{1,5})?\s*(?:(?<sign>[+-])(?<hours>\d\d?)(?::?(?<minutes>\d\d))?)?(?![\w:])/;

export interface Clock {
  hour: number;
  minute: number;
  second: number;
  ms: number;
  /** Minutes east of UTC, `null` when the text names no zone (wall-clock time in the document's zone). */
  offset: number | null;
  /** True when the text had a time of day. */
  found: boolean;
  /** The text without the time and zone. */
  rest: string;
}

/** 0–23 from a 12-hour clock's hour and half; `undefined` when the hour is not 1–12. */
function twentyFourHour(hour: number, pm: boolean): number | undefined {
  return hour >= 1 && hour <= 12 ? (hour % 12) + (pm ? 12 : 0) : undefined;
}

/** The zone at the start of `after`: its offset and length; `undefined` when none is there, `NaN` offset when unreadable. */
function zoneAt(after: string): { offset: number | null; length: number } | undefined {
  const zone = ZONE.exec(after);
  const { name, sign, hours, minutes = '0' } = zone?.groups ?? {};
  if (!zone || (name !== undefined && !Object.hasOwn(NAMED_ZONES, name))) return undefined;
  if (sign) {
    const valid = +hours <= 23 && +minutes <= 59;
    return { offset: valid ? (sign === '-' ? -1 : 1) * (+hours * 60 + +minutes) : NaN, length: zone[0].length };
  }
  return { offset: name ? NAMED_ZONES[name] * 60 : null, length: zone[0].length };
}

/** The time and zone in `text` (midnight in the document's zone when there is none); `undefined` when they are not a time. */
export function readClock(text: string): Clock | undefined {
  const time = TIME.exec(text);
  if (!time) return { hour: 0, minute: 0, second: 0, ms: 0, offset: null, found: false, rest: text };
  const { hour, minute, second = '0', fraction, half, viHalf } = time.groups!;
  const pm = half ? half === 'p' : viHalf ? viHalf === 'ch' : undefined;
  const hours = pm === undefined ? +hour : twentyFourHour(+hour, pm);
  if (hours === undefined) return undefined;
  let after = text.slice(time.index + time[0].length);
  const zone = zoneAt(after);
  if (zone && Number.isNaN(zone.offset)) return undefined;
  if (zone) after = after.slice(zone.length);
  // ISO 8601 with a `T` this far down: `2013-01-28t11:30:00 est`.
  const before = text.slice(0, time.index).replace(/(\d)t$/, '$1');
  return {
    hour: hours,
    minute: +minute,
    second: +second,
    ms: millis(fraction),
    offset: zone?.offset ?? null,
    found: true,
    rest: `${before} ${after}`,
  };
}

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

import { instant, millis, parseDate, useLenientDates, type DateOrder } from './dates.js';

// feedparser also reads Greek and Hungarian month names (its test suite has them).
const GREEK_MONTHS =
  'ιανουαριος φεβρουαριος μαρτιος απριλιος μαιος ιουνιος ιουλιος αυγουστος σεπτεμβριος οκτωβριος νοεμβριος δεκεμβριος'.split(' ');
const HUNGARIAN_MONTHS =
  'januar februar marcius aprilis majus junius julius augusztus szeptember oktober november december'.split(' ');

// Full names, folded (lower case, no accents). A word names a month when it is
// a prefix of at least 3 letters of one of them (`sept`, `janv`, `févr.`).
const MONTH_NAMES = [
  'january janvier januar janner enero janeiro gennaio',
  'february fevrier februar febrero fevereiro febbraio',
  'march mars marz marzo marco',
  'april avril abril aprile',
  'may mai mayo maio maggio',
  'june juin juni junio junho giugno',
  'july juillet juli julio julho luglio',
  'august aout agosto',
  'september septembre septiembre setiembre setembro settembre',
  'october octobre oktober octubre outubro ottobre',
  'november novembre noviembre novembro',
  'december decembre dezember diciembre dezembro dicembre',
].map((names, i) => [...names.split(' '), GREEK_MONTHS[i], HUNGARIAN_MONTHS[i]]);

// A word names a weekday when it is a prefix of at least 2 letters of one of these.
const WEEKDAY_NAMES = (
  'monday tuesday wednesday thursday friday saturday sunday ' +
  'lundi mardi mercredi jeudi vendredi samedi dimanche ' +
  'montag dienstag mittwoch donnerstag freitag samstag sonntag ' +
  'lunes martes miercoles jueves viernes sabado domingo ' +
  'segunda terca quarta quinta sexta ' +
  'lunedi martedi mercoledi giovedi venerdi sabato domenica ' +
  'κυριακη δευτερα τριτη τεταρτη πεμπτη παρασκευη σαββατο'
).split(' ');

// Words around the fields: Spanish/Portuguese "16 de noviembre de 2022", German
// "am 16. November um 10:00 Uhr", Vietnamese "ngày 16 tháng 11 năm 2022 lúc 10:00"…
// Labels before a Vietnamese date: "Cập nhật:", "Đăng lúc", "Ngày đăng:".
const FILLERS = new Set('de del da do um uhr am le a alle ore las as o ngay nam luc vao cap nhat dang at'.split(' '));

// Vietnamese month words after "tháng": tháng Năm is May.
const VI_MONTHS = 'mot hai ba tu nam sau bay tam chin muoi'.split(' ');

// Hours east of UTC of the zone names feedparser knows (RFC 822 §5.1, its
// additions) and a few more that feeds of this region write.
const NAMED_ZONES: Record<string, number> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  adt: -3,
  ast: -4,
  at: -4,
  edt: -4,
  est: -5,
  et: -5,
  cdt: -5,
  cst: -6,
  ct: -6,
  mdt: -6,
  mst: -7,
  mt: -7,
  pdt: -7,
  pst: -8,
  pt: -8,
  a: -1,
  n: 1,
  m: -12,
  y: 12,
  met: 1,
  mest: 2,
  cet: 1,
  cest: 2,
  bst: 1,
  eet: 2,
  eest: 3,
  ict: 7,
  wib: 7,
  hkt: 8,
  sgt: 8,
  jst: 9,
  kst: 9,
  aest: 10,
  aedt: 11,
};

// A time of day: `7:57`, `07:57:30`, `10:14:55.1234`, `10h30`, then AM/PM or
// the Vietnamese SA (sáng) / CH (chiều).
const TIME = /(?<![\d:])(\d\d?)[:h](\d\d)(?::(\d\d)(?:[.,](\d+))?)?(?![\d:])(?:\s*(?:([ap])\.?m\b\.?|(sa|ch)\b))?/;
// What may follow the time: a zone name and/or an offset (`GMT+7`, `+0700`, `-01:01`, `Etc/GMT`).
const ZONE = /^\s*(?:etc\/)?([a-z]{1,5})?\s*(?:([+-])(\d\d?)(?::?(\d\d))?)?(?![\w:])/;
const NUMERIC = /^(\d{1,4})([/.-])(\d\d?)\2(\d{1,4})$/;
const YEAR_MONTH = /^(\d{4})(?:-(\d\d))?$/;
const DAY_MONTH = /(?<!\d)(\d\d?)[/-](\d\d?)[/-]\d{4}(?!\d)/;

/** Lower case, without accents: `Thứ Năm` → `thu nam`, `févr.` → `fevr.`. */
const fold = (text: string): string =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd');

const isPrefixOf = (word: string, min: number) => (name: string) => word.length >= min && name.startsWith(word);

/** 1–12 for a month name in one of the languages read, else 0. */
const monthOf = (word: string): number => MONTH_NAMES.findIndex((names) => names.some(isPrefixOf(word, 3))) + 1;

const isWeekday = (word: string): boolean => WEEKDAY_NAMES.some(isPrefixOf(word, 2));

/** 26 → 2026, 95 → 1995 (as feedparser: below 90 is this century). */
const fullYear = (digits: string): number => (digits.length > 2 ? +digits : +digits + (+digits < 90 ? 2000 : 1900));

/**
 * Reads `text` in any shape this module knows; `undefined` when it is not a
 * date or has anything left over that is not part of one.
 */
export function readDate(raw: string, timeZone: string, order?: DateOrder): string | undefined {
  // ISO 8601 shapes besides those the entry reads: basic (`20031231T101455Z`),
  // ordinal (`2003-335`) and Google's extra zero in the month (`2003-012-31`).
  const iso =
    /^(\d{4})(?:(\d\d)(\d\d)|-?(\d{3})|-0(\d\d)-(\d\d))(?:t(\d\d):?(\d\d)(?::?(\d\d)([.,]\d+)?)?)?(z|[+-]\d\d(?::?\d\d)?)?$/i.exec(
      raw,
    );
  if (iso) {
    const [, y, m = iso[5], d = iso[6], ordinal, , , h = '00', mi = '00', sec = '00', fraction = '', zone = ''] = iso;
    const day = new Date(Date.UTC(+y, 0, +ordinal));
    return ordinal && (+ordinal < 1 || day.getUTCFullYear() !== +y)
      ? undefined
      : parseDate(
          `${y}-${ordinal ? day.toISOString().slice(5, 10) : `${m}-${d}`}T${h}:${mi}:${sec}${fraction}${zone.length === 3 ? `${zone}:00` : zone}`,
          timeZone,
        );
  }
  let text = fold(
    raw
      // Korean: 2004년 05월 28일 (OnBlog), 오전/오후 before the time for AM/PM (Nate).
      .replace(/(\d+)\s*년\s*(\d+)\s*월\s*(\d+)\s*일/, '$1-$2-$3')
      .replace(/(오[전후])\s*([\d:]+)/, (_, half: string, time: string) => `${time} ${half === '오후' ? 'pm' : 'am'}`),
  )
    // Hungarian: 2004-július-13.
    .replace(/(\d)-(\p{L}+)-(\d)/u, '$1 $2 $3')
    // "29/10/2020, 07:57 (GMT+7)": an offset in brackets is the only one.
    .replace(/\(((?:gmt|utc)[+-]\d\d?(?::?\d\d)?)\)/, ' $1 ')
    // "Thu Oct 29 2020 07:57:30 GMT+0700 (Indochina Time)": the name in brackets repeats the offset.
    .replace(/\([^)]*\)/g, ' ')
    .replace(/-feira\b/g, '')
    // Vietnamese weekdays: Thứ Hai … Thứ Bảy, Thứ 2 … Thứ 7, Chủ nhật, T2 … T7, CN.
    .replace(/\b(?:thu (?:hai|ba|tu|nam|sau|bay|[2-7])|chu nhat|t[2-7]|cn)\b/g, ' ')
    // English ordinals: 29th, 1st.
    .replace(/(\d)(?:st|nd|rd|th)\b/g, '$1')
    // Vietnamese months: tháng 5, tháng Năm, tháng Mười Hai, tháng Giêng, tháng Chạp.
    .replace(/\bthang\s+(\d\d?|muoi\s+(?:mot|hai)|[a-z]+)\b/g, (_, name: string) => {
      const words = name.split(/\s+/);
      const month = /\d/.test(name)
        ? +name
        : name === 'gieng'
          ? 1
          : name === 'chap'
            ? 12
            : words.length > 1
              ? 10 + VI_MONTHS.indexOf(words[1]) + 1
              : VI_MONTHS.indexOf(name) + 1;
      return month >= 1 && month <= 12 ? ` ${MONTH_NAMES[month - 1][0]} ` : ' ? ';
    });

  let hour = 0;
  let minute = 0;
  let second = 0;
  let ms = 0;
  let offset: number | null = null;
  const time = TIME.exec(text);
  if (time) {
    const [found, h, mi, s = '0', fraction, half, viHalf] = time;
    hour = +h;
    minute = +mi;
    second = +s;
    ms = millis(fraction);
    const pm = half ? half === 'p' : viHalf ? viHalf === 'ch' : undefined;
    if (pm !== undefined) {
      if (hour < 1 || hour > 12) return undefined;
      hour = (hour % 12) + (pm ? 12 : 0);
    }
    let after = text.slice(time.index + found.length);
    const zone = ZONE.exec(after);
    const [zoneText = '', name, sign, zh, zm = '0'] = zone ?? [];
    if (zone && (name === undefined || name in NAMED_ZONES)) {
      if (sign) {
        if (+zh > 23 || +zm > 59) return undefined;
        offset = (sign === '-' ? -1 : 1) * (+zh * 60 + +zm);
      } else if (name) {
        offset = NAMED_ZONES[name] * 60;
      }
      after = after.slice(zoneText.length);
    }
    // ISO 8601 with a `T` this far down: `2013-01-28t11:30:00 est`.
    text = `${text.slice(0, time.index).replace(/(\d)t$/, '$1')} ${after}`;
  }

  const tokens = text
    .replace(/[.,:](?!\d)/g, ' ')
    .split(/[\s,|]+/)
    .filter((token) => token && token !== '-' && !FILLERS.has(token));
  // A leading weekday goes, unless it is also the only month name (`mar` is March and martes).
  while (
    tokens.length &&
    /^\p{L}/u.test(tokens[0]) &&
    isWeekday(tokens[0]) &&
    (!monthOf(tokens[0]) || tokens.slice(1).some(monthOf))
  ) {
    tokens.shift();
  }

  const at = (y: number, mo: number, d: number) => instant(y, mo, d, hour, minute, second, ms, offset, timeZone);
  let match: RegExpExecArray | null;
  if (tokens.length === 1 && (match = NUMERIC.exec(tokens[0]))) {
    const [, a, separator, b, c] = match;
    // 2006/09/15 (Perforce), or a/b/yyyy in the document's order.
    if (a.length === 4) return at(+a, +b, +c);
    if (c.length !== 4 || a.length > 2) return undefined;
    const dayFirst = separator === '.' || +a > 12 || (+b <= 12 && order === 'dmy');
    return dayFirst ? at(+c, +b, +a) : at(+c, +a, +b);
  }
  if (tokens.length === 1 && !time && (match = YEAR_MONTH.exec(tokens[0]))) {
    // W3C-DTF partial dates: `2003` is 1 January 2003, `2003-12` is 1 December.
    return at(+match[1], +(match[2] ?? 1), 1);
  }
  // Day, month name and year in any order feeds use: `26 January 2004`, `Dec 16 2023`, `16. Nov. 2022`.
  const months = tokens.map(monthOf).filter(Boolean);
  const numbers = tokens.filter((token) => /^\d+$/.test(token));
  if (months.length !== 1 || numbers.length !== 2 || tokens.length !== 3) return undefined;
  const [first, second_] = numbers;
  const [day, year] = first.length > 2 ? [second_, first] : [first, second_];
  if (day.length > 2 || (year.length !== 4 && year.length !== 2)) return undefined;
  return at(fullYear(year), months[0], +day);
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

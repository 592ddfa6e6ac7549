// The third step of the lenient date reader: year, month and day from the
// words left once the time and zone are out.

import type { DateOrder } from '../dates.js';
import { FILLERS, fullYear, isWeekday, monthOf } from './words.js';

export interface Day {
  year: number;
  month: number;
  day: number;
}

const NUMERIC = /^(?<a>\d{1,4})(?<separator>[/.-])(?<b>\d\d?)\k<separator>(?<c>\d{1,4})$/;
const YEAR_MONTH = /^(?<year>\d{4})(?:-(?<month>\d\d))?$/;

/** The words of a date, without fillers and a leading weekday (unless it is also the only month name: `mar` is March and martes). */
function wordsOf(text: string): string[] {
  const words = text
    .replace(/[.,:](?!\d)/g, ' ')
    .split(/[\s,|]+/)
    .filter((word) => word && word !== '-' && !FILLERS.has(word));
  const leadingWeekday = () =>
    /^\p{L}/u.test(words[0]) && isWeekday(words[0]) && (!monthOf(words[0]) || words.slice(1).some(monthOf));
  while (words.length && leadingWeekday()) words.shift();
  return words;
}

/** `2006/09/15` (Perforce), or `a/b/yyyy` in the document's order; a field over 12 decides on its own, a `.` means day first. */
function numericDay(word: string, order: DateOrder | undefined): Day | undefined {
  const { a, separator, b, c } = NUMERIC.exec(word)?.groups ?? {};
  if (a === undefined) return undefined;
  if (a.length === 4) return { year: +a, month: +b, day: +c };
  if (c.length !== 4 || a.length > 2) return undefined;
  const dayFirst = separator === '.' || +a > 12 || (+b <= 12 && order === 'dmy');
  return dayFirst ? { year: +c, month: +b, day: +a } : { year: +c, month: +a, day: +b };
}

/** W3C-DTF partial dates: `2003` is 1 January 2003, `2003-12` is 1 December. */
function partialDay(word: string): Day | undefined {
  const { year, month = '1' } = YEAR_MONTH.exec(word)?.groups ?? {};
  return year === undefined ? undefined : { year: +year, month: +month, day: 1 };
}

/** Day, month name and year in any order feeds use: `26 January 2004`, `Dec 16 2023`, `16. Nov. 2022`. */
function namedMonthDay(words: string[]): Day | undefined {
  const months = words.map(monthOf).filter(Boolean);
  const numbers = words.filter((word) => /^\d+$/.test(word));
  if (months.length !== 1 || numbers.length !== 2 || words.length !== 3) return undefined;
  const [day, year] = numbers[0].length > 2 ? [numbers[1], numbers[0]] : numbers;
  if (day.length > 2 || (year.length !== 4 && year.length !== 2)) return undefined;
  return { year: fullYear(year), month: months[0], day: +day };
}

/** The day `text` names, read in `order` when numeric; `undefined` when anything is left over. */
export function readDay(text: string, hasTime: boolean, order: DateOrder | undefined): Day | undefined {
  const words = wordsOf(text);
  if (words.length === 1 && NUMERIC.test(words[0])) return numericDay(words[0], order);
  if (words.length === 1 && !hasTime && YEAR_MONTH.test(words[0])) return partialDay(words[0]);
  return namedMonthDay(words);
}

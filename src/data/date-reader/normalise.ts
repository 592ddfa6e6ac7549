// The first step of the lenient date reader: a date as written, in lower case
// without accents, with the words that are not fields taken out and the
// shapes of some languages rewritten into ones the next steps read.

import { MONTH_NAMES, fold, vietnameseMonth } from './words.js';

/** `tháng 5`, `tháng Năm`, `tháng Mười Hai`… as the English month name (`? ` when it names none). */
function vietnameseMonthName(_: string, name: string): string {
  const month = /\d/.test(name) ? +name : vietnameseMonth(name);
  return month >= 1 && month <= 12 ? ` ${MONTH_NAMES[month - 1][0]} ` : ' ? ';
}

/** Korean: `2004년 05월 28일` (OnBlog), and 오전/오후 before the time for AM/PM (Nate). */
const korean = (raw: string): string =>
  raw
    .replace(/(\d+)\s*년\s*(\d+)\s*월\s*(\d+)\s*일/, '$1-$2-$3')
    .replace(/(오[전후])\s*([\d:]+)/, (_, half: string, time: string) => `${time} ${half === '오후' ? 'pm' : 'am'}`);

/** The text of a date for the next steps: see the file comment. */
export function normalise(raw: string): string {
  return (
    fold(korean(raw))
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
      .replace(/\bthang\s+(\d\d?|muoi\s+(?:mot|hai)|[a-z]+)\b/g, vietnameseMonthName)
  );
}

// The words of dates: month and weekday names in the languages read, the
// words around the fields, and the zone names feedparser knows.

// feedparser also reads Greek and Hungarian month names (its test suite has them).
const GREEK_MONTHS =
  'ιανουαριος φεβρουαριος μαρτιος απριλιος μαιος ιουνιος ιουλιος αυγουστος σεπτεμβριος οκτωβριος νοεμβριος δεκεμβριος'.split(' ');
const HUNGARIAN_MONTHS =
  'januar februar marcius aprilis majus junius julius augusztus szeptember oktober november december'.split(' ');

// Full names, folded (lower case, no accents). A word names a month when it is
// a prefix of at least 3 letters of one of them (`sept`, `janv`, `févr.`).
export const MONTH_NAMES = [
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
export const FILLERS = new Set('de del da do um uhr am le a alle ore las as o ngay nam luc vao cap nhat dang at'.split(' '));

// Vietnamese month words after "tháng": tháng Năm is May.
const VI_MONTHS = 'mot hai ba tu nam sau bay tam chin muoi'.split(' ');

// Hours east of UTC of the zone names feedparser knows (RFC 822 §5.1, its
// additions) and a few more that feeds of this region write.
export const NAMED_ZONES: Record<string, number> = {
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

/** 1–12 for a Vietnamese month word after "tháng" (`năm`, `mười hai`, `giêng`, `chạp`), else 0. */
export function vietnameseMonth(words: string): number {
  if (words === 'gieng') return 1;
  if (words === 'chap') return 12;
  const [first, second] = words.split(/\s+/);
  if (second !== undefined) return first === 'muoi' ? 10 + VI_MONTHS.indexOf(second) + 1 : 0;
  return VI_MONTHS.indexOf(first) + 1;
}

/** Lower case, without accents: `Thứ Năm` → `thu nam`, `févr.` → `fevr.`. */
export const fold = (text: string): string =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd');

const isPrefixOf = (word: string, min: number) => (name: string) => word.length >= min && name.startsWith(word);

/** 1–12 for a month name in one of the languages read, else 0. */
export const monthOf = (word: string): number => MONTH_NAMES.findIndex((names) => names.some(isPrefixOf(word, 3))) + 1;

export const isWeekday = (word: string): boolean => WEEKDAY_NAMES.some(isPrefixOf(word, 2));

/** 26 → 2026, 95 → 1995 (as feedparser: below 90 is this century). */
export const fullYear = (digits: string): number => (digits.length > 2 ? +digits : +digits + (+digits < 90 ? 2000 : 1900));

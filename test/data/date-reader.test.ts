import { expect } from '@open-wc/testing';
import { dateOrder, readDate } from '../../src/data/date-reader.js';
import { parseDate } from '../../src/data/dates.js';
import { parseXmlFeed } from '../../src/data/rss-atom.js';
import { realFixture } from '../helpers/errors.js';

const HCM = 'Asia/Ho_Chi_Minh';
const iso = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0) => {
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  date.setUTCHours(h, mi, s);
  return date.toISOString();
};

// Python feedparser's own date tests (tests/test_date_parsers.py: the RFC 822,
// asctime, Perforce and W3C-DTF cases), with its expected UTC fields. feedparser
// reads zone-less values as UTC, so they are read in UTC here.
const FEEDPARSER: [string, string | undefined][] = [
  ['Sun, 31 Dec 9999 23:59:59 -9999', undefined],
  ['Fri, 2006/09/15 08:19:53 EDT', iso(2006, 9, 15, 12, 19, 53)],
  ['Thu, 30 Apr 2015 08:57:00 MET', iso(2015, 4, 30, 7, 57, 0)],
  ['Thu, 30 Apr 2015 08:57:00 MEST', iso(2015, 4, 30, 6, 57, 0)],
  ['Thu, 01 Jan 0100 00:00:01 +0100', iso(99, 12, 31, 23, 0, 1)],
  ['Thu, 01 Jan 04 19:48:21 GMT', iso(2004, 1, 1, 19, 48, 21)],
  ['Thu, 01 Jan 2004 19:48:21 GMT', iso(2004, 1, 1, 19, 48, 21)],
  ['Thu,  5 Apr 2012 10:00:00 GMT', iso(2012, 4, 5, 10, 0, 0)],
  ['Wed, 19 Aug 2009 18:28:00 Etc/GMT', iso(2009, 8, 19, 18, 28, 0)],
  ['Wed, 19 Feb 2012 22:40:00 GMT-01:01', iso(2012, 2, 19, 23, 41, 0)],
  ['Wed, 19 Feb 2012 22:40:00 -01:01', iso(2012, 2, 19, 23, 41, 0)],
  ['Mon, 13 Feb, 2012 06:28:00 UTC', iso(2012, 2, 13, 6, 28, 0)],
  ['Thu, 01 Jan 2004 00:00 GMT', iso(2004, 1, 1, 0, 0, 0)],
  ['Thu, 01 Jan 2004', iso(2004, 1, 1)],
  ['Mon, 26 January 2004 16:31:00 AT', iso(2004, 1, 26, 20, 31, 0)],
  ['Mon, 26 January 2004 16:31:00 ET', iso(2004, 1, 26, 21, 31, 0)],
  ['Mon, 26 January 2004 16:31:00 CT', iso(2004, 1, 26, 22, 31, 0)],
  ['Mon, 26 January 2004 16:31:00 MT', iso(2004, 1, 26, 23, 31, 0)],
  ['Mon, 26 January 2004 16:31:00 PT', iso(2004, 1, 27, 0, 31, 0)],
  ['Thu Aug 30 2012 17:26:16 +0200', iso(2012, 8, 30, 15, 26, 16)],
  ['Fri,24 Nov 2023 18:28:36 -0000', iso(2023, 11, 24, 18, 28, 36)],
  ['Sun, 16 Dec 2012 1:2:3:4 GMT', undefined],
  ['Sun, 16 zzz 2012 11:47:32 GMT', undefined],
  ['Sun, Dec x 2012 11:47:32 GMT', undefined],
  ['Sun, 16 Dec zz 11:47:32 GMT', undefined],
  ['Sun, 16 Dec 2012 11:47:32 +zz:00', undefined],
  ['Sun, 16 Dec 2012 11:47:32 +00:zz', undefined],
  ['Sun, 99 Jun 2009 12:00:00 GMT', undefined],
  ['Sun Jan  4 16:29:06 2004', iso(2004, 1, 4, 16, 29, 6)],
  ['Sun Jul 15 01:16:00 +0000 2012', iso(2012, 7, 15, 1, 16, 0)],
  ['2003-12-31T10:14:55Z', iso(2003, 12, 31, 10, 14, 55)],
  ['2003-12-31T10:14:55-08:00', iso(2003, 12, 31, 18, 14, 55)],
  ['2003-12-31T18:14:55+08:00', iso(2003, 12, 31, 10, 14, 55)],
  ['2007-04-23T23:25:47.538+10:00', '2007-04-23T13:25:47.538Z'],
  ['2003-12-31', iso(2003, 12, 31)],
  ['2003-12', iso(2003, 12, 1)],
  ['2003', iso(2003, 1, 1)],
  ['2004-02-28T18:14:55-08:00', iso(2004, 2, 29, 2, 14, 55)],
  ['2003-02-28T18:14:55-08:00', iso(2003, 3, 1, 2, 14, 55)],
  ['2000-02-28T18:14:55-08:00', iso(2000, 2, 29, 2, 14, 55)],
  ['9999-12-31T23:59:59-99:99', undefined],
  ['2003-12-31T25:14:55Z', undefined],
  ['2003-12-31T10:61:55Z', undefined],
  ['2003-12-31T10:14:61Z', undefined],
  ['22013', undefined],
  ['013', undefined],
  ['2013-01-27-01', undefined],
  ['2013-01-28T11:30:00-06:00Textra', undefined],
  ['2013-xx-27', undefined],
  ['2013-01-28T09:xx:00Z', undefined],
  ['2013-01-28T09:00:00+00:xx', undefined],
  ['2004-07-08 23:56:58 -00:20', iso(2004, 7, 9, 0, 16, 58)],
  ['2004-07-08 23:56:58', iso(2004, 7, 8, 23, 56, 58)],
  ['2004-07-08 23:56:58.0', iso(2004, 7, 8, 23, 56, 58)],
  // Its Greek, Hungarian and ISO 8601 cases (the Korean ones are read in Seoul time below).
  ['\u039a\u03c5\u03c1, 11 \u0399\u03bf\u03cd\u03bb 2004 12:00:00 EST', iso(2004, 7, 11, 17, 0, 0)],
  ['2004-j\u00falius-13T9:15-05:00', iso(2004, 7, 13, 14, 15, 0)],
  ['2003-12-31T10:14:55.1234Z', '2003-12-31T10:14:55.123Z'],
  ['2003-012-31T10:14:55+00:00', iso(2003, 12, 31, 10, 14, 55)],
  ['20031231T101455Z', iso(2003, 12, 31, 10, 14, 55)],
  ['20031231T1014+0100', iso(2003, 12, 31, 9, 14, 0)],
  ['20031231', iso(2003, 12, 31)],
  ['2003-335', iso(2003, 12, 1)],
  ['2003335T10:14:55Z', iso(2003, 12, 1, 10, 14, 55)],
  ['2004-366', iso(2004, 12, 31)],
  ['2003-366', undefined],
  ['2003-000', undefined],
  ['20031331', undefined],
];

// feedparser's Korean cases (Nate, OnBlog): zone-less, in Korean time.
const KOREAN: [string, string][] = [
  ['2004-05-25 \uc624\ud6c4 11:23:17', iso(2004, 5, 25, 14, 23, 17)],
  ['2004\ub144 05\uc6d4 28\uc77c  01:31:15', iso(2004, 5, 27, 16, 31, 15)],
  ['2004-05-25 \uc624\uc804 11:23:17', iso(2004, 5, 25, 2, 23, 17)],
];

// Shapes seen in feeds of the region and in the issue, read in Asia/Ho_Chi_Minh (UTC+7, no DST).
const OWN: [string, string | undefined][] = [
  // JavaScript's Date#toString, as many JS-generated feeds write it.
  ['Thu Oct 29 2020 07:57:30 GMT+0700 (Indochina Time)', '2020-10-29T00:57:30.000Z'],
  ['Thu Oct 29 2020 07:57:30 GMT+0700 (Giờ Đông Dương)', '2020-10-29T00:57:30.000Z'],
  // 12-hour clocks, weekday first, and the Vietnamese SA / CH of .NET sites.
  ['Sat, Dec 16 2023 02:02:33 PM', '2023-12-16T07:02:33.000Z'],
  ['29/10/2020 07:57:30 AM', '2020-10-29T00:57:30.000Z'],
  ['29/10/2020 7:57:30 SA', '2020-10-29T00:57:30.000Z'],
  ['29/10/2020 7:57:30 CH', '2020-10-29T12:57:30.000Z'],
  ['29/10/2020 12:05:00 SA', '2020-10-28T17:05:00.000Z'],
  ['9/5/2026 1:30:00 PM', '2026-09-05T06:30:00.000Z'],
  ['29.10.2020 07:57', '2020-10-29T00:57:00.000Z'],
  ['Thứ Năm, 29/10/2020 - 07:57', '2020-10-29T00:57:00.000Z'],
  ['29-10-2020 07:57', '2020-10-29T00:57:00.000Z'],
  // Labels of Vietnamese pages before the date, and an offset in brackets.
  ['Cập nhật: 29/10/2020 07:57:30', '2020-10-29T00:57:30.000Z'],
  ['Cập nhật lúc 07:57 ngày 29/10/2020', '2020-10-29T00:57:00.000Z'],
  ['Đăng lúc: 07:57 29/10/2020', '2020-10-29T00:57:00.000Z'],
  ['Ngày đăng: 29/10/2020 | 07:57', '2020-10-29T00:57:00.000Z'],
  ['Thứ Năm, ngày 29/10/2020, 07:57 (GMT+7)', '2020-10-29T00:57:00.000Z'],
  ['Thứ 5, 29/10/2020 | 07:57 GMT+7', '2020-10-29T00:57:00.000Z'],
  // English ordinals.
  ['29th October 2020', '2020-10-28T17:00:00.000Z'],
  ['October 29th, 2020 at 7:57 am', '2020-10-29T00:57:00.000Z'],
  ['2006/09/15', '2006-09-14T17:00:00.000Z'],
  // Two-digit years (cafef.vn).
  ['Sat, 05 Sep 26 17:09:00 +0700', '2026-09-05T10:09:00.000Z'],
  ['Sat, 05 Sep 95 17:09:00 +0700', '1995-09-05T10:09:00.000Z'],
  // Vietnamese month and weekday names, any case, with or without accents.
  ['Thứ Hai, 5 tháng 5 năm 2025 10:00', '2025-05-05T03:00:00.000Z'],
  ['thứ hai, 5 Tháng Năm 2025 10:00', '2025-05-05T03:00:00.000Z'],
  ['5 tháng năm 2025', '2025-05-04T17:00:00.000Z'],
  ['Thứ Bảy, 31 Tháng Mười Hai 2025 23:59', '2025-12-31T16:59:00.000Z'],
  ['Chủ nhật, ngày 16 tháng Mười Một năm 2025', '2025-11-15T17:00:00.000Z'],
  ['CN, 16 THANG 11 2025 08:00:00 +0700', '2025-11-16T01:00:00.000Z'],
  ['T2, 17 tháng 11, 2025 08:00', '2025-11-17T01:00:00.000Z'],
  ['16 tháng Giêng 2025', '2025-01-15T17:00:00.000Z'],
  ['16 tháng 13 2025', undefined],
  // French, German, Spanish, Portuguese, Italian.
  ['mercredi 16 novembre 2022 00:38', '2022-11-15T17:38:00.000Z'],
  ['mer. 16 févr. 2022 10:00:00 +0100', '2022-02-16T09:00:00.000Z'],
  ['Mittwoch, 16. März 2022 um 10:00 Uhr', '2022-03-16T03:00:00.000Z'],
  ['Mi, 16 Dez 2022 10:00:00 +0100', '2022-12-16T09:00:00.000Z'],
  ['miércoles, 16 de noviembre de 2022 10:00', '2022-11-16T03:00:00.000Z'],
  ['mar, 15 nov 2022 10:00:00 +0100', '2022-11-15T09:00:00.000Z'],
  ['quarta-feira, 16 de agosto de 2022 10:00', '2022-08-16T03:00:00.000Z'],
  ['Qua, 16 Out 2022 10:00:00 -0300', '2022-10-16T13:00:00.000Z'],
  ['mer, 16 nov 2022 00:38:15 +0100', '2022-11-15T23:38:15.000Z'],
  ['giovedì 17 giugno 2021 10:00', '2021-06-17T03:00:00.000Z'],
  // A month name that is also a weekday (mar: martes, martedì) stays a month when it is the only one.
  ['Mar 15 2022 10:00:00 GMT', '2022-03-15T10:00:00.000Z'],
  // Out-of-range fields and offsets.
  ['9/5/2026 13:00:00 PM', undefined],
  ['9/5/2026 0:30:00 AM', undefined],
  ['31/02/2026', undefined],
  ['Fri, 04 Sep 2026 18:48:27 +2500', undefined],
  ['2020-10-29T07:57:30-99:99', undefined],
  ['2020-10-29T07:57:30+07:60', undefined],
  ['Fri, 04 Sep 2026 18:48:27 XYZ', undefined],
  ['29/10/20 07:57', undefined],
  ['yesterday', undefined],
  ['10:00', undefined],
];

describe('the lenient date reader', () => {
  it("reads feedparser's date test cases as feedparser does", () => {
    for (const [raw, expected] of FEEDPARSER) expect(parseDate(raw, 'UTC'), raw).to.equal(expected);
  });

  it("reads feedparser's Korean cases in Korean time", () => {
    for (const [raw, expected] of KOREAN) expect(parseDate(raw, 'Asia/Seoul'), raw).to.equal(expected);
  });

  it('reads an offset in brackets when it is the only one, whatever the element time zone', () => {
    expect(parseDate('29/10/2020, 07:57 (GMT+7)', 'UTC', 'dmy')).to.equal('2020-10-29T00:57:00.000Z');
    expect(parseDate('29/10/2020, 07:57 (UTC-05:00)', 'UTC', 'dmy')).to.equal('2020-10-29T12:57:00.000Z');
  });

  it('reads the shapes feeds of the region write, in any of seven languages', () => {
    for (const [raw, expected] of OWN) expect(parseDate(raw, HCM), raw).to.equal(expected);
  });

  it('reads numeric a/b/yyyy in the order it is given, unless a field over 12 decides', () => {
    expect(readDate('04/12/2020 10:00:00 PM', HCM, 'dmy')).to.equal('2020-12-04T15:00:00.000Z');
    expect(readDate('04/12/2020 10:00:00 PM', HCM, 'mdy')).to.equal('2020-04-12T15:00:00.000Z');
    expect(readDate('04/12/2020 10:00:00 PM', HCM)).to.equal('2020-04-12T15:00:00.000Z');
    expect(readDate('29/10/2020', HCM, 'mdy')).to.equal('2020-10-28T17:00:00.000Z');
    expect(readDate('10/29/2020', HCM, 'dmy')).to.equal('2020-10-28T17:00:00.000Z');
  });
});

describe('dateOrder', () => {
  it('is day first when a first field is over 12, month first when a second is', () => {
    expect(dateOrder(['04/12/2020 10:00:00 PM', '29/10/2020 07:57:30 AM'], HCM)).to.equal('dmy');
    expect(dateOrder(['9/5/2026 1:30:00 PM', '8/28/2026 6:00:00 PM'], HCM)).to.equal('mdy');
  });

  it('otherwise takes the reading under which dates run newest first and none is in the future', () => {
    // Month first these would run 12 Apr, 11 May, 10 Jun: oldest first. Day first: 4 Dec, 5 Nov, 6 Oct.
    expect(dateOrder(['04/12/2020', '05/11/2020', '06/10/2020'], HCM)).to.equal('dmy');
    // Month first these run 11 Jan, 12 Feb; day first 1 Nov, 2 Dec: oldest first both ways. Neither fits.
    expect(dateOrder(['01/11/2020', '02/12/2020'], HCM)).to.equal('mdy');
    // Day first 1 Dec, 1 Nov: newest first. Month first 12 Jan, 11 Jan: newest first too.
    expect(dateOrder(['01/12/2020', '01/11/2020'], HCM)).to.equal('mdy');
    // Newest first both ways, but in the future both ways (2999): neither fits.
    expect(dateOrder(['02/12/2999', '01/12/2999'], HCM)).to.equal('mdy');
  });

  it('is month first, as .NET writes, when both readings fit', () => {
    expect(dateOrder(['04/12/2020'], HCM)).to.equal('mdy');
  });

  it('is undefined without numeric dates', () => {
    expect(dateOrder(['2020-10-29T07:57:30+07:00', undefined, 42], HCM)).to.equal(undefined);
  });
});

describe('numeric dates in an RSS document', () => {
  const rss = (dates: string[]) =>
    `<rss version="2.0"><channel><title>T</title>${dates
      .map(
        (date, n) => `<item><title>Tin ${n}</title><link>https://portal.example/tin/${n}</link><pubDate>${date}</pubDate></item>`,
      )
      .join('')}</channel></rss>`;
  const published = (dates: string[]) =>
    parseXmlFeed(rss(dates), 'https://portal.example/rss', HCM).items.map((item) => item.datePublished);

  it('reads 04/12/2020 as 4 December where the other dates show day first (the seed page form)', () => {
    expect(published(['04/12/2020 10:00:00 PM', '29/10/2020 07:57:30 AM'])).to.deep.equal([
      '2020-12-04T15:00:00.000Z',
      '2020-10-29T00:57:30.000Z',
    ]);
  });

  it('reads it as 12 April where they show month first', () => {
    expect(published(['04/12/2020 10:00:00 PM', '3/28/2020 7:57:30 SA'])).to.deep.equal([
      '2020-04-12T15:00:00.000Z',
      '2020-03-28T00:57:30.000Z',
    ]);
  });

  it('reads baochinhphu.vn month first, as the dates in that file show', async () => {
    const feed = parseXmlFeed(await realFixture('rss-baochinhphu.xml'), 'https://baochinhphu.vn/kinh-te.rss', HCM);
    // 9/5/2026 1:30:00 PM: 5 September.
    expect(feed.items[0].datePublished).to.equal('2026-09-05T06:30:00.000Z');
    expect(feed.items.every((item) => item.datePublished)).to.equal(true);
  });
});

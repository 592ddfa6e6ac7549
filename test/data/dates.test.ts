import { expect } from '@open-wc/testing';
import { isRfc3339, lenientMissCount, parseDate } from '../../src/data/dates.js';
import { seeded } from '../helpers/generated.js';

const HCM = 'Asia/Ho_Chi_Minh';

// These run first, in a page where the lenient reader's chunk is not loaded yet.
describe('parseDate without the lenient reader', () => {
  it('reads ISO 8601 and RFC 3339 in the entry', () => {
    expect(parseDate('2020-10-29T07:57:30+07:00', HCM)).to.equal('2020-10-29T00:57:30.000Z');
    expect(parseDate('2020-10-29 07:57', 'UTC')).to.equal('2020-10-29T07:57:00.000Z');
  });

  it('leaves every other shape unread rather than guessing', () => {
    expect(parseDate('Fri, 04 Sep 2026 18:48:27 +0700', HCM)).to.equal(undefined);
    expect(parseDate('9/5/2026 1:30:00 PM', HCM)).to.equal(undefined);
  });

  it('counts each date it left for the lenient reader, and no other', () => {
    const before = lenientMissCount();
    parseDate('2020-10-29T07:57:30+07:00', HCM);
    parseDate('2022-07-26 13:01:01', HCM);
    parseDate(undefined, HCM);
    expect(lenientMissCount()).to.equal(before);
    parseDate('Fri, 31 May 2019 12:17:58 -0700', HCM);
    parseDate('29/10/2020 7:57:30 SA', HCM);
    expect(lenientMissCount()).to.equal(before + 2);
  });
});

describe('parseDate', () => {
  before(() => import('../../src/data/date-reader.js'));

  it('reads RFC 3339 with or without fractional seconds, Z or an offset', () => {
    expect(parseDate('2020-10-29T07:57:30+07:00', HCM)).to.equal('2020-10-29T00:57:30.000Z');
    expect(parseDate('2020-02-21T18:08:06+01:00', HCM)).to.equal('2020-02-21T17:08:06.000Z');
    expect(parseDate('2017-06-02T22:05:47-07:00', HCM)).to.equal('2017-06-03T05:05:47.000Z');
    expect(parseDate('2025-08-26T23:25:00Z', HCM)).to.equal('2025-08-26T23:25:00.000Z');
    expect(parseDate('2025-08-26T23:25:00.123456Z', HCM)).to.equal('2025-08-26T23:25:00.123Z');
    expect(parseDate('2025-08-26T23:25:00.5+00:00', HCM)).to.equal('2025-08-26T23:25:00.500Z');
    // Lower-case separators, offsets without a colon, half-hour and negative offsets.
    expect(parseDate('2025-08-26t23:25:00z', HCM)).to.equal('2025-08-26T23:25:00.000Z');
    expect(parseDate('2020-10-29T07:57:30+0700', HCM)).to.equal('2020-10-29T00:57:30.000Z');
    expect(parseDate('2020-10-29T07:57:30+05:30', HCM)).to.equal('2020-10-29T02:27:30.000Z');
    expect(parseDate('2020-10-29T07:57:30-0330', HCM)).to.equal('2020-10-29T11:27:30.000Z');
    expect(parseDate('2020-10-29 07:57', HCM)).to.equal('2020-10-29T00:57:00.000Z');
  });

  it('reads RFC 822 dates as RSS writes them', () => {
    expect(parseDate('Fri, 04 Sep 2026 18:48:27 +0700', HCM)).to.equal('2026-09-04T11:48:27.000Z');
    expect(parseDate('Sat, 05 Sep 2026 22:17:01 +0700', 'UTC')).to.equal('2026-09-05T15:17:01.000Z');
    // cafef.vn: two-digit year.
    expect(parseDate('Sat, 05 Sep 26 17:09:00 +0700', HCM)).to.equal('2026-09-05T10:09:00.000Z');
    // No weekday, no seconds.
    expect(parseDate('04 Sep 2026 18:48 GMT', HCM)).to.equal('2026-09-04T18:48:00.000Z');
    expect(parseDate('4 September 2026 18:48:27 UT', HCM)).to.equal('2026-09-04T18:48:27.000Z');
  });

  it('knows the RFC 822 zone names', () => {
    const at = (zone: string) => parseDate(`Fri, 04 Sep 2026 12:00:00 ${zone}`, HCM);
    expect(at('GMT')).to.equal('2026-09-04T12:00:00.000Z');
    expect(at('EST')).to.equal('2026-09-04T17:00:00.000Z');
    expect(at('EDT')).to.equal('2026-09-04T16:00:00.000Z');
    expect(at('CST')).to.equal('2026-09-04T18:00:00.000Z');
    expect(at('CDT')).to.equal('2026-09-04T17:00:00.000Z');
    expect(at('MST')).to.equal('2026-09-04T19:00:00.000Z');
    expect(at('MDT')).to.equal('2026-09-04T18:00:00.000Z');
    expect(at('PST')).to.equal('2026-09-04T20:00:00.000Z');
    expect(at('PDT')).to.equal('2026-09-04T19:00:00.000Z');
  });

  it('reads the GMT+7 / GMT+07:00 forms (vietnambiz.vn)', () => {
    expect(parseDate('Fri, 04 Sep 2026 18:48:27 GMT+7', 'UTC')).to.equal('2026-09-04T11:48:27.000Z');
    expect(parseDate('Fri, 04 Sep 2026 18:48:27 GMT+07:00', 'UTC')).to.equal('2026-09-04T11:48:27.000Z');
    expect(parseDate('Fri, 04 Sep 2026 18:48:27 GMT-0330', 'UTC')).to.equal('2026-09-04T22:18:27.000Z');
  });

  it('reads zone-less values as wall-clock time in the assumed zone', () => {
    expect(parseDate('2020-10-29T07:57:30', HCM)).to.equal('2020-10-29T00:57:30.000Z');
    expect(parseDate('2020-10-29T07:57:30', 'UTC')).to.equal('2020-10-29T07:57:30.000Z');
    // Daylight saving time comes from the zone database, not a fixed offset.
    expect(parseDate('2020-07-15T12:00:00', 'America/New_York')).to.equal('2020-07-15T16:00:00.000Z');
    expect(parseDate('2020-01-15T12:00:00', 'America/New_York')).to.equal('2020-01-15T17:00:00.000Z');
    expect(parseDate('Fri, 04 Sep 2026 18:48:27', HCM)).to.equal('2026-09-04T11:48:27.000Z');
  });

  it('reads the US form baochinhphu.vn writes, in the assumed zone (month first unless told otherwise)', () => {
    expect(parseDate('9/5/2026 1:30:00 PM', HCM)).to.equal('2026-09-05T06:30:00.000Z');
    expect(parseDate('9/5/2026 12:34:00 PM', HCM)).to.equal('2026-09-05T05:34:00.000Z');
    expect(parseDate('9/5/2026 12:05:00 AM', HCM)).to.equal('2026-09-04T17:05:00.000Z');
    expect(parseDate('9/5/2026 11:27:22 PM', HCM)).to.equal('2026-09-05T16:27:22.000Z');
    expect(parseDate('12/31/2026 23:00', 'UTC')).to.equal('2026-12-31T23:00:00.000Z');
  });

  it('reads in the portal default zone when the assumed zone is unknown, rather than losing the date', () => {
    expect(parseDate('2020-10-29T07:57:30', 'Not/AZone')).to.equal('2020-10-29T00:57:30.000Z');
  });

  it('gets daylight saving time changes right', () => {
    // New York springs forward at 02:00 on 2026-03-08 and falls back at 02:00 on 2026-11-01.
    expect(parseDate('2026-03-08T01:59:00', 'America/New_York')).to.equal('2026-03-08T06:59:00.000Z');
    expect(parseDate('2026-03-08T03:00:00', 'America/New_York')).to.equal('2026-03-08T07:00:00.000Z');
    expect(parseDate('2026-11-01T00:30:00', 'America/New_York')).to.equal('2026-11-01T04:30:00.000Z');
    // 01:30 happens twice that night: the first one.
    expect(parseDate('2026-11-01T01:30:00', 'America/New_York')).to.equal('2026-11-01T05:30:00.000Z');
    expect(parseDate('2026-11-01T03:00:00', 'America/New_York')).to.equal('2026-11-01T08:00:00.000Z');
  });

  it('rejects what is not a date, including what Date.parse would accept', () => {
    for (const raw of [
      '',
      'yesterday',
      '1',
      '20201',
      'Fri, 04 Foo 2026 18:48:27 +0700',
      '2020-13-01T00:00:00Z',
      '2021-02-29T00:00:00Z',
      '2020-10-29T25:00:00Z',
      '2020-10-29T07:60:00Z',
      '31 Apr 2026 10:00 +0000',
      '9/5/2026 13:00:00 PM',
      '13/13/2026 1:00 PM',
      'Fri, 04 Sep 2026 18:48:27 XYZ',
      '2020-10-29T07:57:30+07:00 trailing',
      '9999-12-31T23:59:59-99:99',
    ]) {
      expect(parseDate(raw, HCM), raw).to.equal(undefined);
    }
    for (const raw of [undefined, null, 1603933050000, {}, new Date()]) {
      expect(parseDate(raw, HCM)).to.equal(undefined);
    }
  });
});

describe('parseDate fast paths', () => {
  // The same text with a lower-case `t` (and `z`) is read by the general pattern only.
  const general = (text: string, zone: string) => parseDate(text.replace('T', 't').replace(/Z$/, 'z'), zone);

  it('read the shapes JSON endpoints write as the general pattern does, dates that are none included', () => {
    const days = ['2026-11-30', '2024-02-29', '2023-02-29', '1900-02-29', '2000-02-29', '2026-04-31', '2026-13-01'];
    const moreDays = ['2026-00-10', '2026-01-00', '0000-01-01', '0099-12-31', '0100-03-01', '9999-12-31'];
    const times = ['00:00:00', '23:59:59', '24:00:00', '12:60:00', '12:00:60', '12:00:61', '07:57:30'];
    const ends = ['.000Z', '.999Z', 'Z', '', '+07:00', '-03:30', '+00:00', '+07:60', '+23:59', '+24:00', '-99:99'];
    let read = 0;
    for (const day of [...days, ...moreDays]) {
      for (const time of times) {
        for (const end of ends) {
          const text = `${day}T${time}${end}`;
          for (const zone of ['UTC', HCM, 'America/New_York']) {
            const date = parseDate(text, zone);
            expect(date, `${text} in ${zone}`).to.equal(general(text, zone));
            if (date) read++;
          }
        }
      }
    }
    // Both kinds were met: dates, and texts that are none.
    expect(read).to.be.greaterThan(500);
    expect(parseDate('2024-02-29T12:00:60.000Z', 'UTC')).to.equal('2024-02-29T12:00:59.000Z');
    expect(parseDate('0099-12-31T23:59:59.999Z', 'UTC')).to.equal('0099-12-31T23:59:59.999Z');
    expect(parseDate(' 2026-11-30T12:00:00.000Z\n', 'UTC')).to.equal('2026-11-30T12:00:00.000Z');
    expect(parseDate('2026-11-30T19:00:00+07:00', 'UTC')).to.equal('2026-11-30T12:00:00.000Z');
    expect(parseDate('2026-11-30T12:00:00', HCM)).to.equal('2026-11-30T05:00:00.000Z');
    expect(parseDate('2023-02-29T12:00:00.000Z', 'UTC')).to.equal(undefined);
  });

  it('write the instant as toISOString does, from 1970 to 9999 and before', () => {
    // The shared seeded generator, so that a failure can be replayed.
    const random = seeded(20261202);
    const instants = [0, 1, 999, 86_399_999, 951_782_400_000, 253_402_300_799_999, -1, -62_167_219_200_000];
    for (let i = 0; i < 20_000; i++) instants.push(Math.floor(random() * 253_402_300_800_000));
    // Around every end of February and of the year from 1970 to 2100.
    for (let year = 1970; year <= 2100; year++) {
      for (const [month, day] of [
        [1, 28],
        [1, 29],
        [2, 1],
        [11, 31],
      ]) {
        instants.push(Date.UTC(year, month, day) - 1, Date.UTC(year, month, day));
      }
    }
    for (const time of instants) {
      const iso = new Date(time).toISOString();
      // With an offset: read by the pattern, the instant written out.
      expect(parseDate(`${iso.slice(0, 23)}+00:00`, HCM), iso).to.equal(iso);
    }
  });

  it('read digits only: other numerals and signs are left to the general pattern', () => {
    for (const text of [
      '２０２６-11-30T12:00:00Z',
      '2026-11-30T12:00:00−07:00',
      '2026-11-30T12:00:00.00Z',
      '+2026-11-30T12:00:00Z',
    ]) {
      expect(parseDate(text, 'UTC'), text).to.equal(general(text, 'UTC'));
    }
  });
});

describe('isRfc3339', () => {
  it('accepts full date-times with a zone', () => {
    expect(isRfc3339('2020-10-29T07:57:30+07:00')).to.equal(true);
    expect(isRfc3339('2020-10-29T07:57:30Z')).to.equal(true);
    expect(isRfc3339('2020-10-29T07:57:30.123-05:00')).to.equal(true);
  });

  it('refuses other shapes and impossible dates', () => {
    for (const raw of [
      '2020-10-29T07:57:30',
      '2020-10-29',
      'Fri, 04 Sep 2026 18:48:27 +0700',
      '9/5/2026 1:30:00 PM',
      '2020-10-29T07:57:30+0700',
      '2021-02-29T00:00:00Z',
      '2020-10-29T24:00:00Z',
      42,
      null,
    ]) {
      expect(isRfc3339(raw), String(raw)).to.equal(false);
    }
  });
});

import { expect } from '@open-wc/testing';
import { format } from 'date-fns/format';
import { vi } from 'date-fns/locale/vi';
import { TZDate } from '@date-fns/tz';
import { formatDate, formatPattern, formatRelative } from '../../src/format/dates.js';
import { instantOf, usableTimeZone } from '../../src/core/time-zone.js';

describe('dates', () => {
  const instants = [
    '2020-10-29T00:57:30.000Z',
    '2020-12-31T17:00:00.000Z', // midnight of 1 January 2021 in Hanoi
    '2024-03-10T06:59:59.000Z', // just before the US spring change
    '2024-11-03T05:30:00.000Z', // inside the US autumn repeat hour
    '1999-02-28T23:15:05.000Z',
  ];
  const zones = ['Asia/Ho_Chi_Minh', 'UTC', 'America/New_York', 'Asia/Kolkata', 'Pacific/Chatham'];
  const numericPatterns = ['dd/MM/yyyy', 'dd/MM/yyyy HH:mm', 'd/M/yy H:m:s', 'yyyy-MM-dd HH:mm:ss', "HH'h'mm", 'hh:mm', 'xxx', 'XXX'];

  it('agrees with date-fns for numeric patterns in every zone', () => {
    for (const iso of instants) {
      for (const zone of zones) {
        for (const pattern of numericPatterns) {
          const expected = format(new TZDate(iso, zone), pattern);
          expect(formatPattern(Date.parse(iso), pattern, 'en', zone), `${iso} ${zone} ${pattern}`).to.equal(expected);
        }
      }
    }
  });

  it('agrees with date-fns on English names', () => {
    for (const iso of instants) {
      for (const pattern of ['d MMMM yyyy', 'EEEE, d MMM yyyy', 'EEE h:mm a']) {
        const expected = format(new TZDate(iso, 'Asia/Ho_Chi_Minh'), pattern);
        expect(formatPattern(Date.parse(iso), pattern, 'en', 'Asia/Ho_Chi_Minh')).to.equal(expected);
      }
    }
  });

  it('writes Vietnamese names in their in-sentence form', () => {
    const time = Date.parse('2020-10-29T00:57:30Z');
    expect(formatPattern(time, 'd MMMM yyyy', 'vi', 'Asia/Ho_Chi_Minh')).to.equal('29 tháng 10 2020');
    expect(formatPattern(time, 'EEEE', 'vi', 'Asia/Ho_Chi_Minh')).to.equal(format(new TZDate(time, 'Asia/Ho_Chi_Minh'), 'EEEE', { locale: vi }));
    expect(formatPattern(time, "'Cập nhật:' dd/MM/yyyy HH:mm:ss a", 'en', 'Asia/Ho_Chi_Minh')).to.equal('Cập nhật: 29/10/2020 07:57:30 AM');
  });

  it('falls back to the default pattern for a pattern it cannot read, and to Vietnam time for an unknown zone', () => {
    expect(formatDate('2020-10-29T00:57:30Z', 'dd/MM/yyyy Q', 'vi', 'UTC')).to.equal('29/10/2020');
    expect(usableTimeZone('Mars/Olympus')).to.equal('Asia/Ho_Chi_Minh');
    expect(formatDate('2020-10-28T20:00:00Z', 'dd/MM/yyyy HH:mm', 'vi', 'Mars/Olympus')).to.equal('29/10/2020 03:00');
    expect(formatDate('not a date', 'dd/MM/yyyy', 'vi', 'UTC')).to.equal('');
  });

  it('says relative times in Vietnamese and English', () => {
    const now = Date.parse('2026-11-28T10:00:00Z');
    expect(formatRelative(now - 5 * 60_000, 'vi', now)).to.equal('5 phút trước');
    expect(formatRelative(now - 5 * 60_000, 'en', now)).to.equal('5 minutes ago');
    expect(formatRelative(now - 3 * 86_400_000, 'vi', now)).to.equal('3 ngày trước');
    expect(formatRelative(now - 2 * 3_600_000, 'en', now)).to.equal('2 hours ago');
  });

  it('finds the instant of a wall-clock time in a zone, across daylight-saving changes', () => {
    expect(new Date(instantOf([2026, 9, 5, 13, 30], 'Asia/Ho_Chi_Minh')).toISOString()).to.equal('2026-09-05T06:30:00.000Z');
    expect(new Date(instantOf([2024, 7, 1, 12, 0], 'America/New_York')).toISOString()).to.equal('2024-07-01T16:00:00.000Z');
    expect(new Date(instantOf([2024, 1, 1, 12, 0], 'America/New_York')).toISOString()).to.equal('2024-01-01T17:00:00.000Z');
  });

  it('matches Intl at any instant, including historic offsets and half-hour daylight saving', () => {
    const zones = ['Australia/Lord_Howe', 'Asia/Kathmandu', 'America/St_Johns', 'Europe/Dublin', 'Asia/Ho_Chi_Minh', 'Africa/Monrovia'];
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (const zone of zones) {
      const intl = new Intl.DateTimeFormat('en-CA', {
        timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
        hour: '2-digit', minute: '2-digit', second: '2-digit',
      });
      for (let i = 0; i < 400; i++) {
        const time = Math.floor(Date.UTC(1900, 0, 1) + random() * (Date.UTC(2040, 0, 1) - Date.UTC(1900, 0, 1)));
        const expected = intl.format(time).replace(', ', ' ');
        expect(formatPattern(time, 'yyyy-MM-dd HH:mm:ss', 'en', zone), `${zone} ${new Date(time).toISOString()}`).to.equal(expected);
      }
    }
  });
});

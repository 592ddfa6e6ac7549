import { expect } from '@open-wc/testing';
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import { enUS } from 'date-fns/locale/en-US';
import { vi } from 'date-fns/locale/vi';
import { datePatternReady, formatDate, formatRelative } from '../../src/format/dates.js';

describe('dates', () => {
  const instants = [
    '2020-10-29T00:57:30.000Z',
    '2020-12-31T17:00:00.000Z', // midnight of 1 January 2021 in Hanoi
    '2024-03-10T06:59:59.000Z', // just before the US spring change
    '2024-11-03T05:30:00.000Z', // inside the US autumn repeat hour
    '1999-02-28T23:15:05.000Z',
  ];
  const zones = ['Asia/Ho_Chi_Minh', 'UTC', 'America/New_York', 'Asia/Kolkata', 'Pacific/Chatham'];
  const locales = { vi, en: enUS } as const;

  it('writes the default patterns from Intl exactly as date-fns does, in every zone', () => {
    for (const iso of instants) {
      for (const zone of zones) {
        for (const pattern of ['dd/MM/yyyy', 'dd/MM/yyyy HH:mm'] as const) {
          const expected = format(new TZDate(iso, zone), pattern);
          expect(formatDate(iso, pattern, 'vi', zone), `${iso} ${zone} ${pattern}`).to.equal(expected);
          expect(formatDate(iso, undefined, 'en', zone, pattern), `${iso} ${zone} default ${pattern}`).to.equal(expected);
        }
      }
    }
  });

  it('writes any other pattern with date-fns, once loaded: exactly what date-fns writes for the instant, zone and locale', async () => {
    const patterns = [
      'PPP',
      'do MMMM yyyy',
      'EEEE, dd/MM/yyyy HH:mm',
      'EEEEE MMMMM',
      'h:mm a',
      "'Cập nhật:' HH:mm:ss XXX",
      'QQQ yyyy',
    ];
    await datePatternReady('PPP');
    for (const iso of instants) {
      for (const zone of zones) {
        for (const lang of ['vi', 'en'] as const) {
          for (const pattern of patterns) {
            const expected = format(new TZDate(iso, zone), pattern, { locale: locales[lang] });
            expect(formatDate(iso, pattern, lang, zone), `${iso} ${zone} ${lang} ${pattern}`).to.equal(expected);
          }
        }
      }
    }
    expect(formatDate('2020-10-29T00:57:30Z', 'PPP', 'vi', 'Asia/Ho_Chi_Minh')).to.equal('ngày 29 tháng 10 năm 2020');
    expect(formatDate('2020-10-29T00:57:30Z', 'EEEE, dd/MM/yyyy HH:mm', 'en', 'UTC')).to.equal('Thursday, 29/10/2020 00:57');
  });

  it('needs no date-fns for the default patterns or relative', () => {
    expect(datePatternReady(undefined)).to.equal(undefined);
    expect(datePatternReady('dd/MM/yyyy')).to.equal(undefined);
    expect(datePatternReady('dd/MM/yyyy HH:mm')).to.equal(undefined);
    expect(datePatternReady('relative')).to.equal(undefined);
  });

  it('falls back to the default pattern for a pattern date-fns rejects, and to Vietnam time for an unknown zone', async () => {
    await datePatternReady('PPP');
    expect(formatDate('2020-10-29T00:57:30Z', 'yyyy j', 'vi', 'UTC')).to.equal('29/10/2020');
    expect(formatDate('2020-10-29T00:57:30Z', 'HH:mm j', 'vi', 'UTC', 'dd/MM/yyyy HH:mm')).to.equal('29/10/2020 00:57');
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
});

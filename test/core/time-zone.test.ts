import { expect } from '@open-wc/testing';
import { instantOf, usableTimeZone, wallClock } from '../../src/core/time-zone.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** Intl's wall clock in `zone`, as `YYYY-MM-DD HH:MM` (and `:SS` with `seconds`). */
function intlClock(zone: string, seconds: boolean) {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    ...(seconds ? { second: '2-digit' } : {}),
  });
  return (time: number) => format.format(time).replace(', ', ' ');
}

/** `wallClock`'s reading in `zone`, written as `intlClock` writes it. */
function ourClock(time: number, zone: string, seconds: boolean) {
  const w = wallClock(time, zone);
  const minutes = `${w.year}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)}`;
  return seconds ? `${minutes}:${pad(w.second)}` : minutes;
}

describe('time zones', () => {
  it('falls back to Vietnam time for a zone the browser does not know', () => {
    expect(usableTimeZone('Mars/Olympus')).to.equal('Asia/Ho_Chi_Minh');
    expect(usableTimeZone('America/New_York')).to.equal('America/New_York');
    expect(usableTimeZone(undefined)).to.equal('Asia/Ho_Chi_Minh');
  });

  it('finds the instant of a wall-clock time in a zone, across daylight-saving changes', () => {
    expect(new Date(instantOf([2026, 9, 5, 13, 30], 'Asia/Ho_Chi_Minh')).toISOString()).to.equal('2026-09-05T06:30:00.000Z');
    expect(new Date(instantOf([2024, 7, 1, 12, 0], 'America/New_York')).toISOString()).to.equal('2024-07-01T16:00:00.000Z');
    expect(new Date(instantOf([2024, 1, 1, 12, 0], 'America/New_York')).toISOString()).to.equal('2024-01-01T17:00:00.000Z');
  });

  it('reads the wall clock as Intl does at any instant, including historic offsets and half-hour daylight saving', () => {
    const zones = [
      'Australia/Lord_Howe',
      'Asia/Kathmandu',
      'America/St_Johns',
      'Europe/Dublin',
      'Asia/Ho_Chi_Minh',
      'Africa/Monrovia',
    ];
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (const zone of zones) {
      const intl = intlClock(zone, true);
      for (let i = 0; i < 400; i++) {
        const time = Math.floor(Date.UTC(1900, 0, 1) + random() * (Date.UTC(2040, 0, 1) - Date.UTC(1900, 0, 1)));
        expect(ourClock(time, zone, true), `${zone} ${new Date(time).toISOString()}`).to.equal(intl(time));
      }
    }
  });

  it('reads Vietnam time without the zone data around the last change of its offset, as Intl does', () => {
    const intl = intlClock('Asia/Ho_Chi_Minh', false);
    // 13 June 1975, 00:00 in UTC+8, became 12 June, 23:00 in UTC+7.
    for (let minutes = -120; minutes <= 120; minutes += 15) {
      const time = Date.UTC(1975, 5, 12, 16) + minutes * 60_000;
      expect(ourClock(time, 'Asia/Ho_Chi_Minh', false), new Date(time).toISOString()).to.equal(intl(time));
    }
    expect(usableTimeZone('UTC')).to.equal('UTC');
    expect(new Date(instantOf([1975, 6, 13, 0, 30], 'Asia/Ho_Chi_Minh')).toISOString()).to.equal('1975-06-12T17:30:00.000Z');
  });
});

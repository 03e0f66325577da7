/** [T5] Wall-clock time in a meeting's zone, by hand: the nights the clocks change in Sweden in 2026. */
import { describe, expect, it } from 'vitest';
import { dateIn, isoIn, isTimeZone, zonedMs } from '../../shared/timeZone';

const SE = 'Europe/Stockholm';

describe('[T5] the clocks in Stockholm', () => {
  it('08:00 is 07:00 UTC in winter and 06:00 UTC in summer', () => {
    expect(zonedMs('2026-11-23', 8 * 60, SE)).toBe(Date.parse('2026-11-23T07:00:00Z'));
    expect(zonedMs('2026-06-16', 8 * 60, SE)).toBe(Date.parse('2026-06-16T06:00:00Z'));
  });

  it('on 2026-03-29 02:30 does not exist and reads as 03:30; 01:30 and 03:30 are themselves', () => {
    expect(zonedMs('2026-03-29', 90, SE)).toBe(Date.parse('2026-03-29T01:30:00+01:00'));
    expect(zonedMs('2026-03-29', 150, SE)).toBe(Date.parse('2026-03-29T03:30:00+02:00'));
    expect(zonedMs('2026-03-29', 210, SE)).toBe(Date.parse('2026-03-29T03:30:00+02:00'));
  });

  it('on 2026-10-25 02:30 happens twice and the first is taken; 03:30 is winter time', () => {
    expect(zonedMs('2026-10-25', 150, SE)).toBe(Date.parse('2026-10-25T02:30:00+02:00'));
    expect(zonedMs('2026-10-25', 210, SE)).toBe(Date.parse('2026-10-25T03:30:00+01:00'));
  });

  it('the date and the spreadsheet time of an instant are those of its zone', () => {
    const lateEvening = Date.parse('2026-11-23T23:30:00Z');
    expect(dateIn(lateEvening, SE)).toBe('2026-11-24');
    expect(dateIn(lateEvening, 'UTC')).toBe('2026-11-23');
    expect(isoIn(Date.parse('2026-11-23T08:13:05Z'), SE)).toBe('2026-11-23T09:13:05+01:00');
    expect(isoIn(Date.parse('2026-06-16T08:13:05Z'), SE)).toBe('2026-06-16T10:13:05+02:00');
    expect(isoIn(Date.parse('2026-06-16T08:13:05Z'), 'America/New_York')).toBe('2026-06-16T04:13:05-04:00');
  });

  it('knows an IANA zone from a typo', () => {
    expect(isTimeZone(SE)).toBe(true);
    expect(isTimeZone('Europe/Stockholmm')).toBe(false);
  });
});

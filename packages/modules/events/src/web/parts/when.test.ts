import { createTranslator } from '@city-app/core';
import { describe, expect, it } from 'vitest';
import { residentMessages } from '../../messages/resident.js';
import { describeTimes, formatDay, formatTime } from './when.js';

const timeZone = 'Europe/Berlin';
const ctx = (locale: 'de' | 'en') => ({
  locale,
  timeZone,
  t: createTranslator(locale, residentMessages),
});

describe('when a date takes place, in words', () => {
  it('reads times on the town’s clock, on both sides of a clock change', () => {
    // 25 October 2026, 03:00 summer time becomes 02:00: the instants differ by an hour more.
    expect(formatTime('2026-10-24T17:00:00.000Z', 'de', timeZone)).toBe('19:00');
    expect(formatTime('2026-10-25T18:00:00.000Z', 'de', timeZone)).toBe('19:00');
    // 28 March 2027, 02:00 winter time becomes 03:00.
    expect(formatTime('2027-03-27T18:00:00.000Z', 'en', timeZone)).toBe('19:00');
    expect(formatTime('2027-03-28T17:00:00.000Z', 'en', timeZone)).toBe('19:00');
  });

  it('gives start and end, an evening past midnight as one, and a longer one with its last day', () => {
    const evening = { localDate: '2026-12-12', start: '2026-12-12T18:30:00.000Z', allDay: false };
    expect(describeTimes({ ...evening, end: null }, ctx('de'))).toBe('19:30 Uhr');
    expect(describeTimes({ ...evening, end: '2026-12-12T21:00:00.000Z' }, ctx('de'))).toBe(
      '19:30–22:00 Uhr',
    );
    // The night of the clocks going back: 22:00 to 02:00 is five hours, still one evening.
    const night = { localDate: '2026-10-24', start: '2026-10-24T20:00:00.000Z', allDay: false };
    expect(describeTimes({ ...night, end: '2026-10-25T01:00:00.000Z' }, ctx('en'))).toBe(
      '22:00–02:00',
    );
    expect(describeTimes({ ...evening, end: '2026-12-13T21:00:00.000Z' }, ctx('de'))).toBe(
      '19:30 Uhr bis Sonntag, 13. Dezember 2026, 22:00 Uhr',
    );
  });

  it('says all day, and until which day when it lasts several (its end is the next midnight)', () => {
    const fair = { localDate: '2027-06-04', start: '2027-06-03T22:00:00.000Z', allDay: true };
    expect(describeTimes({ ...fair, end: '2027-06-04T22:00:00.000Z' }, ctx('de'))).toBe(
      'ganztägig',
    );
    expect(describeTimes({ ...fair, end: '2027-06-06T22:00:00.000Z' }, ctx('en'))).toBe(
      'all day until Sunday, 6 June 2027',
    );
  });

  it('spells a day without shifting it, whatever the zone', () => {
    expect(formatDay('2026-12-31', 'de')).toBe('Donnerstag, 31. Dezember 2026');
    expect(formatDay('2026-12-31', 'en', 'month')).toBe('December 2026');
  });
});

import { describe, expect, it } from 'vitest';
import { formatStaffDate, formatStaffInstant, formatStaffTime } from './staff-dates.js';

describe('staff dates', () => {
  it('names a day with its weekday', () => {
    expect(formatStaffDate('2027-06-12', 'de')).toBe('Samstag, 12. Juni 2027');
    expect(formatStaffDate('2027-06-12', 'en')).toBe('Saturday, 12 June 2027');
  });

  it('gives the town’s wall-clock time of an instant, whatever zone the browser is in', () => {
    // 17:30 UTC is 19:30 in Berlin in summer, 18:30 in London.
    expect(formatStaffTime('2027-06-12T17:30:00Z', 'de', 'Europe/Berlin')).toBe('19:30');
    expect(formatStaffTime('2027-06-12T17:30:00Z', 'en', 'Europe/London')).toBe('18:30');
  });

  it('gives a stored moment as date and time, in the zone given', () => {
    expect(formatStaffInstant('2027-06-12T17:30:00Z', 'de', 'Europe/Berlin')).toBe(
      '12.06.2027, 19:30',
    );
    expect(formatStaffInstant('2027-06-12T17:30:00Z', 'en', 'Europe/Berlin')).toBe(
      '12 Jun 2027, 19:30',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { parseContentDate, zonedTimeToUtc } from './dates.js';

describe('zonedTimeToUtc', () => {
  it('knows winter and summer time in Berlin, also on the change days', () => {
    expect(zonedTimeToUtc({ year: 2025, month: 1, day: 15 }, 'Europe/Berlin').toISOString()).toBe(
      '2025-01-14T23:00:00.000Z',
    );
    expect(zonedTimeToUtc({ year: 2025, month: 7, day: 1 }, 'Europe/Berlin').toISOString()).toBe(
      '2025-06-30T22:00:00.000Z',
    );
    expect(
      zonedTimeToUtc({ year: 2025, month: 3, day: 30, hour: 12 }, 'Europe/Berlin').toISOString(),
    ).toBe('2025-03-30T10:00:00.000Z');
    expect(zonedTimeToUtc({ year: 2025, month: 10, day: 26 }, 'Europe/Berlin').toISOString()).toBe(
      '2025-10-25T22:00:00.000Z',
    );
  });
});

describe('parseContentDate', () => {
  it('reads dates and date-times with offset', () => {
    expect(parseContentDate('2025-03-01', 'Europe/Berlin')?.toISOString()).toBe(
      '2025-02-28T23:00:00.000Z',
    );
    expect(parseContentDate('2025-03-01T09:30:00+01:00', 'Europe/Berlin')?.toISOString()).toBe(
      '2025-03-01T08:30:00.000Z',
    );
    expect(parseContentDate('2025-03-01T09:30Z', 'UTC')?.toISOString()).toBe(
      '2025-03-01T09:30:00.000Z',
    );
  });

  it.each(['01.03.2025', '2025-02-30', '2025-03-01T09:30', 'gestern', ''])(
    'refuses "%s"',
    (text) => {
      expect(parseContentDate(text, 'Europe/Berlin')).toBeNull();
    },
  );
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCalendarDate, isInstant, isLocalDateTime, isTimeOfDay, YEAR_RANGE } from './calendar.js';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

describe('isCalendarDate', () => {
  it('refuses days that do not exist and years out of range', () => {
    for (const bad of [
      '2026-02-30',
      '2026-12-38',
      '2026-13-01',
      '2026-00-10',
      '2026-01-00',
      '2025-02-29',
      '9999-12-31',
      '0000-01-01',
      '2026-1-01',
      '2026-01-01 ',
      '',
    ]) {
      expect(isCalendarDate(bad), bad).toBe(false);
    }
    for (const good of [
      '2026-02-28',
      '2028-02-29',
      '2000-02-29',
      '2026-12-31',
      '1900-01-01',
      '2199-12-31',
    ]) {
      expect(isCalendarDate(good), good).toBe(true);
    }
  });

  it('accepts exactly the days the calendar has (any year, month 0–99, day 0–99)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
        (y, m, d) => {
          const text = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
          const date = new Date(Date.UTC(2000, m - 1, d));
          date.setUTCFullYear(y);
          // The day exists when the calendar does not roll it over into another month.
          const exists =
            m >= 1 && m <= 12 && d >= 1 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
          const inRange = y >= YEAR_RANGE.min && y <= YEAR_RANGE.max;
          expect(isCalendarDate(text)).toBe(exists && inRange);
        },
      ),
    );
  });
});

describe('isTimeOfDay', () => {
  it('takes 00:00 to 23:59, and 24:00 only as the end of a day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), (h, m) => {
        const text = `${pad(h)}:${pad(m)}`;
        expect(isTimeOfDay(text)).toBe(h <= 23 && m <= 59);
        expect(isTimeOfDay(text, { endOfDay: true })).toBe(
          (h <= 23 && m <= 59) || text === '24:00',
        );
      }),
    );
    expect(isTimeOfDay('25:61')).toBe(false);
    expect(isTimeOfDay('9:00')).toBe(false);
  });
});

describe('isLocalDateTime and isInstant', () => {
  it('need both parts valid', () => {
    expect(isLocalDateTime('2026-12-03T10:00')).toBe(true);
    expect(isLocalDateTime('2026-12-38T10:00')).toBe(false);
    expect(isLocalDateTime('2026-12-03T25:61')).toBe(false);
    expect(isLocalDateTime('9999-12-03T10:00')).toBe(false);
    expect(isLocalDateTime('2026-12-03T10:00T10:00')).toBe(false);
    expect(isInstant('2026-03-01T09:00:00+01:00')).toBe(true);
    expect(isInstant('2026-03-01T09:00Z')).toBe(true);
    expect(isInstant('2026-03-01T09:00:00.123Z')).toBe(true);
    expect(isInstant('2026-02-30T09:00:00Z')).toBe(false);
    expect(isInstant('2026-03-01T09:00:60Z')).toBe(false);
    expect(isInstant('2026-03-01T09:00:00+24:00')).toBe(false);
    expect(isInstant('9999-12-31T23:59:59+01:00')).toBe(false);
    expect(isInstant('+275760-09-13T00:00:00Z')).toBe(false);
    expect(isInstant('2026-03-01T09:00:00')).toBe(false);
  });

  it('every instant it accepts is one Date reads the same way', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1900-01-02T00:00:00Z'),
          max: new Date('2199-12-30T00:00:00Z'),
          noInvalidDate: true,
        }),
        (date) => {
          const text = date.toISOString();
          expect(isInstant(text)).toBe(true);
          expect(new Date(text).getTime()).toBe(date.getTime());
        },
      ),
    );
  });
});

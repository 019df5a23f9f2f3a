import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatLocalDate } from './calendar.js';

const TAGS = { de: 'de-DE', en: 'en-GB' } as const;

/** The same date as ICU spells it, for comparison. */
function icu(date: string, locale: 'de' | 'en', style: 'long' | 'full'): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(TAGS[locale], { dateStyle: style, timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

describe('formatLocalDate', () => {
  it('spells dates as de-DE and en-GB do, with and without the weekday', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
        fc.constantFrom('de' as const, 'en' as const),
        (instant, locale) => {
          const date = instant.toISOString().slice(0, 10);
          expect(formatLocalDate(date, locale)).toBe(icu(date, locale, 'long'));
          expect(formatLocalDate(date, locale, { weekday: true })).toBe(icu(date, locale, 'full'));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('takes the date part of a local date-time and refuses what is not a date', () => {
    expect(formatLocalDate('2026-12-01T10:00', 'de', { weekday: true })).toBe(
      'Dienstag, 1. Dezember 2026',
    );
    expect(() => formatLocalDate('1.12.2026', 'de')).toThrow(/YYYY-MM-DD/);
    expect(() => formatLocalDate('2026-13-01', 'en')).toThrow(/no month 13/);
  });
});

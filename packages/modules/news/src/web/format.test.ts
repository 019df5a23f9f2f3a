import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, fromDateTimeLocal, toDateTimeLocal } from './format.js';

describe('formatDate', () => {
  it('formats for the locale in the town’s time zone', () => {
    // 23:30 UTC on 28 February is already 1 March in Hagenow
    expect(formatDate('2025-02-28T23:30:00.000Z', 'de', 'Europe/Berlin')).toBe('1. März 2025');
    expect(formatDate('2025-02-28T23:30:00.000Z', 'en', 'Europe/Berlin')).toBe('1 March 2025');
    expect(formatDateTime('2025-07-01T07:05:00.000Z', 'de', 'Europe/Berlin')).toBe(
      '1. Juli 2025 um 09:05',
    );
  });
});

describe('datetime-local conversion', () => {
  it('round-trips an instant and treats empty or invalid input as none', () => {
    const iso = '2025-03-01T08:30:00.000Z';
    expect(fromDateTimeLocal(toDateTimeLocal(iso))).toBe(iso);
    expect(toDateTimeLocal(null)).toBe('');
    expect(fromDateTimeLocal('')).toBeNull();
    expect(fromDateTimeLocal('kein Datum')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { activeFilterCount, datesRequest, listPath, readFilters, withSpan } from './filters.js';

const venue = '0b9f6a52-5a8e-4c1e-9d3b-6f1f3c0a2b11';

describe('the list’s filters in the address', () => {
  it('reads back what it wrote, and asks the API with the same names', () => {
    const filters = readFilters(
      `?when=weekend&category=sport,markt&venue=${venue}&free=true&stepFree=true&q=Flohmarkt`,
    );
    expect(filters).toEqual({
      when: 'weekend',
      from: null,
      to: null,
      categories: ['sport', 'markt'],
      venue,
      free: true,
      stepFree: true,
      q: 'Flohmarkt',
    });
    expect(readFilters(listPath(filters).split('?')[1] ?? '')).toEqual(filters);
    expect(datesRequest(filters, 'abc')).toBe(
      `/api/events/dates?when=weekend&category=sport%2Cmarkt&venue=${venue}&free=true&stepFree=true&q=Flohmarkt&limit=20&after=abc`,
    );
    expect(activeFilterCount(filters)).toBe(6);
  });

  it('takes a range when days are given, and "upcoming" without anything', () => {
    expect(readFilters('?from=2026-12-24&to=2026-12-26')).toMatchObject({
      when: 'range',
      from: '2026-12-24',
      to: '2026-12-26',
    });
    expect(datesRequest(readFilters('?from=2026-12-24'))).toBe(
      '/api/events/dates?from=2026-12-24&limit=20',
    );
    expect(readFilters('')).toMatchObject({ when: 'upcoming', categories: [] });
    expect(listPath(readFilters(''))).toBe('/veranstaltungen');
    expect(datesRequest(readFilters(''))).toBe('/api/events/dates?when=upcoming&limit=20');
  });

  it('drops what the API would refuse from a hand-edited link', () => {
    const filters = readFilters(
      `?when=tomorrow&from=24.12.2026&category=Sport,,ok-1&venue=12&free=yes&q=${'x'.repeat(90)}`,
    );
    expect(filters).toMatchObject({
      when: 'upcoming',
      from: null,
      categories: ['ok-1'],
      venue: null,
      free: false,
    });
    expect(filters.q).toHaveLength(80);
  });

  it('drops a chosen range when a span is chosen', () => {
    const range = readFilters('?from=2026-12-24&to=2026-12-26&free=true');
    expect(listPath(withSpan(range, 'today'))).toBe('/veranstaltungen?when=today&free=true');
  });
});

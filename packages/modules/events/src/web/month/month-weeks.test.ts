import { describe, expect, it } from 'vitest';
import { addMonths, lastDayOf, monthOf, monthWeeks } from './month-weeks.js';

describe('a month as weeks', () => {
  it('starts on Monday and fills both ends with empty cells', () => {
    // 1 December 2026 is a Tuesday; the 31st a Thursday.
    const weeks = monthWeeks('2026-12');
    expect(weeks).toHaveLength(5);
    expect(weeks[0]).toEqual([
      null,
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
    ]);
    expect(weeks[4]).toEqual([
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      null,
      null,
      null,
    ]);
    // February 2027 starts on a Monday and has four full weeks.
    expect(monthWeeks('2027-02').flat().filter(Boolean)).toHaveLength(28);
    expect(monthWeeks('2027-02')).toHaveLength(4);
  });

  it('moves across years, and knows the last day', () => {
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2027-01', -1)).toBe('2026-12');
    expect(lastDayOf('2028-02')).toBe('2028-02-29');
  });

  it('takes the month from the address, or today’s for anything else', () => {
    expect(monthOf('?month=2027-03', '2026-12-06')).toBe('2027-03');
    expect(monthOf('?month=2027-13', '2026-12-06')).toBe('2026-12');
    expect(monthOf('', '2026-12-06')).toBe('2026-12');
  });
});

import { describe, expect, it } from 'vitest';
import { plannedDates, samplePickups, shiftForHoliday } from './rhythm.js';

describe('plannedDates', () => {
  it('keeps a fortnightly rhythm across the turn of the year', () => {
    const rhythm = { weekday: 2, every: 2, offset: 0 };
    const last2026 = plannedDates(rhythm, 2026).at(-1) as string;
    const first2027 = plannedDates(rhythm, 2027)[0] as string;
    expect((Date.parse(first2027) - Date.parse(last2026)) / 86_400_000).toBe(14);
    expect(plannedDates(rhythm, 2027).every((d) => new Date(d).getUTCDay() === 2)).toBe(true);
  });

  it('gives the other weeks to the other offset, and every fourth week to a four-weekly tour', () => {
    const even = plannedDates({ weekday: 3, every: 2, offset: 0 }, 2027);
    const odd = plannedDates({ weekday: 3, every: 2, offset: 1 }, 2027);
    expect(even.length + odd.length).toBe(52);
    expect(even.some((d) => odd.includes(d))).toBe(false);
    const monthly = plannedDates({ weekday: 4, every: 4, offset: 2 }, 2027);
    expect(monthly).toHaveLength(13);
    expect(Date.parse(monthly[1] as string) - Date.parse(monthly[0] as string)).toBe(
      28 * 86_400_000,
    );
  });

  it('runs weekly in the months a tour names, fortnightly in the others', () => {
    const bio = plannedDates({ weekday: 3, every: 2, offset: 0, weekly: { from: 6, to: 9 } }, 2027);
    const inMonth = (m: string) => bio.filter((d) => d.slice(5, 7) === m).length;
    expect(inMonth('07')).toBe(4); // every Wednesday of July 2027
    expect(inMonth('11')).toBeLessThanOrEqual(3);
    expect(bio.length).toBeGreaterThan(26 + 8);
    expect(bio.length).toBeLessThan(52);
  });

  it('puts a yearly collection on the n-th weekday of its month', () => {
    // January 2027 begins on a Friday: its second Saturday is the 9th.
    expect(plannedDates({ weekday: 6, month: 1, week: 2 }, 2027)).toEqual(['2027-01-09']);
    expect(plannedDates({ weekday: 1, month: 1, week: 1 }, 2028)).toEqual(['2028-01-03']);
  });
});

describe('shiftForHoliday in Mecklenburg-Vorpommern, 2027', () => {
  it.each([
    ['Neujahr (Friday)', '2027-01-01', '2027-01-02'],
    ['Internationaler Frauentag', '2027-03-08', '2027-03-09'],
    ['Karfreitag', '2027-03-26', '2027-03-27'],
    ['Ostermontag', '2027-03-29', '2027-03-30'],
    ['1. Mai (Saturday): over the Sunday', '2027-05-01', '2027-05-03'],
    ['Christi Himmelfahrt', '2027-05-06', '2027-05-07'],
    ['Pfingstmontag', '2027-05-17', '2027-05-18'],
    ['Tag der Deutschen Einheit', '2027-10-03', '2027-10-04'],
    ['Reformationstag', '2027-10-31', '2027-11-01'],
    ['both days of Christmas and a Sunday', '2027-12-25', '2027-12-27'],
  ])('moves a pickup on %s to the next working day', (_name, planned, moved) => {
    expect(shiftForHoliday(planned, 'DE-MV')).toEqual({ date: moved, plannedDate: planned });
  });

  it('leaves a working day where it is, and follows the state’s own holidays', () => {
    expect(shiftForHoliday('2027-03-09', 'DE-MV')).toEqual({
      date: '2027-03-09',
      plannedDate: null,
    });
    // 8 March and Reformationstag are holidays in MV, not in Bavaria.
    expect(shiftForHoliday('2027-03-08', 'DE-BY').plannedDate).toBeNull();
    expect(shiftForHoliday('2026-10-31', 'DE-BY').plannedDate).toBeNull();
    expect(shiftForHoliday('2026-10-31', 'DE-MV').date).toBe('2026-11-02');
  });
});

describe('samplePickups', () => {
  it('moves only the pickups that fall on a holiday, remembering the planned day', () => {
    const fridays = samplePickups({ weekday: 5, every: 1, offset: 0 }, [2027], 'DE-MV');
    expect(fridays).toHaveLength(53);
    const moved = fridays.filter((p) => p.plannedDate !== null);
    expect(moved).toEqual([
      { date: '2027-01-02', plannedDate: '2027-01-01' },
      { date: '2027-03-27', plannedDate: '2027-03-26' },
    ]);
  });

  it('covers each year asked for', () => {
    const pickups = samplePickups({ weekday: 2, every: 2, offset: 1 }, [2026, 2027], 'DE-MV');
    expect(new Set(pickups.map((p) => p.date.slice(0, 4)))).toEqual(new Set(['2026', '2027']));
    expect(pickups.length).toBeGreaterThanOrEqual(52);
  });
});

import { describe, expect, it } from 'vitest';
import { diffTour, type StoredPickup } from './diff.js';

const stored = (list: [string, 'scheduled' | 'cancelled'][]): StoredPickup[] =>
  list.map(([date, status], i) => ({ id: i + 1, date, status }));
const wanted = (dates: string[], cancelled: string[] = []) =>
  new Map([...dates.map((d) => [d, false] as const), ...cancelled.map((d) => [d, true] as const)]);

describe('comparing a tour’s pickups with the file', () => {
  it('pairs a removed and an added date within a week as a move, the nearest first', () => {
    const diff = diffTour(
      stored([
        ['2027-12-24', 'scheduled'],
        ['2027-12-31', 'scheduled'],
      ]),
      wanted(['2027-12-27', '2028-01-02']),
    );
    expect(diff.moved.map((m) => [m.pickup.date, m.to])).toEqual([
      ['2027-12-24', '2027-12-27'],
      ['2027-12-31', '2028-01-02'],
    ]);
    expect([diff.added, diff.removed]).toEqual([[], []]);
  });

  it('keeps dates more than 7 days apart as removed and added', () => {
    const diff = diffTour(stored([['2027-03-01', 'scheduled']]), wanted(['2027-03-09']));
    expect(diff.moved).toEqual([]);
    expect(diff.added).toEqual(['2027-03-09']);
    expect(diff.removed.map((p) => p.date)).toEqual(['2027-03-01']);
  });

  it('cancels a scheduled date, schedules a cancelled one again, and counts the rest unchanged', () => {
    const diff = diffTour(
      stored([
        ['2027-05-03', 'scheduled'],
        ['2027-05-17', 'cancelled'],
        ['2027-05-31', 'scheduled'],
        ['2027-06-14', 'cancelled'],
      ]),
      wanted(['2027-05-17', '2027-05-31'], ['2027-05-03', '2027-06-28']),
    );
    expect(diff.cancelled.map((p) => p.date)).toEqual(['2027-05-03']);
    expect(diff.added).toEqual(['2027-05-17']);
    expect(diff.unchanged).toBe(1);
    // Never shown as pickups: a cancelled date the file drops, one it newly cancels.
    expect(diff.dropped.map((p) => p.date)).toEqual(['2027-06-14']);
    expect(diff.cancelledNew).toEqual(['2027-06-28']);
  });
});

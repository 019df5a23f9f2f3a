import { instantToLocal } from '@city-app/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lastSeriesDay, occurrencesOf, ruleDates } from './expand.js';
import { type Repeat, toRRule, WEEKDAYS } from './repeat.js';
import type { Schedule } from './schedule.js';

const BERLIN = 'Europe/Berlin';
const year2027 = { from: '2027-01-01', to: '2027-12-31' };
const schedule = (over: Partial<Schedule>): Schedule => ({
  startsOn: '2027-03-21',
  startMinute: 10 * 60,
  endsAfterDays: 0,
  endMinute: 11 * 60 + 30,
  rrule: null,
  ...over,
});
const iso = (d: Date | null) => d?.toISOString();

describe('occurrences of a series across both clock changes', () => {
  it('keeps a Sunday service at 10:00 local before and after each change', () => {
    const service = schedule({ rrule: 'FREQ=WEEKLY;BYDAY=SU;COUNT=34' });
    const dates = occurrencesOf(service, [], year2027, BERLIN);
    const byDate = new Map(dates.map((o) => [o.originalDate, o]));
    // 28 March 2027: clocks go forward; 31 October 2027: back.
    expect(iso(byDate.get('2027-03-21')?.startsAt ?? null)).toBe('2027-03-21T09:00:00.000Z');
    expect(iso(byDate.get('2027-03-28')?.startsAt ?? null)).toBe('2027-03-28T08:00:00.000Z');
    expect(iso(byDate.get('2027-03-28')?.endsAt ?? null)).toBe('2027-03-28T09:30:00.000Z');
    expect(iso(byDate.get('2027-10-24')?.startsAt ?? null)).toBe('2027-10-24T08:00:00.000Z');
    expect(iso(byDate.get('2027-10-31')?.startsAt ?? null)).toBe('2027-10-31T09:00:00.000Z');
    expect(dates).toHaveLength(34);
    expect(dates.at(-1)?.originalDate).toBe('2027-11-07');
  });

  it('puts a time the spring change skips an hour later, and a repeated one at its first reading', () => {
    const night = schedule({ startsOn: '2027-03-27', startMinute: 150, endMinute: null });
    const [spring, , , autumn] = occurrencesOf(
      { ...night, rrule: 'FREQ=DAILY;INTERVAL=72;COUNT=4' },
      [],
      year2027,
      BERLIN,
    ).map((o) => o.startsAt.toISOString());
    expect(spring).toBe('2027-03-27T01:30:00.000Z');
    // 27 Mar + 3 × 72 days = 29 Oct; check the two change days directly.
    expect(autumn).toBe('2027-10-29T00:30:00.000Z');
    const skipped = occurrencesOf({ ...night, startsOn: '2027-03-28' }, [], year2027, BERLIN)[0];
    expect(iso(skipped?.startsAt ?? null)).toBe('2027-03-28T01:30:00.000Z');
    const repeated = occurrencesOf({ ...night, startsOn: '2027-10-31' }, [], year2027, BERLIN)[0];
    expect(iso(repeated?.startsAt ?? null)).toBe('2027-10-31T00:30:00.000Z');
  });

  it('lets an evening that ends after midnight end on the next day, by local time', () => {
    const dance = schedule({
      startsOn: '2027-10-30',
      startMinute: 20 * 60,
      endsAfterDays: 1,
      endMinute: 2 * 60,
    });
    const [night] = occurrencesOf(dance, [], year2027, BERLIN);
    expect(iso(night?.startsAt ?? null)).toBe('2027-10-30T18:00:00.000Z');
    // 02:00 on the night clocks fall back happens twice; the earlier (CEST) reading counts.
    expect(iso(night?.endsAt ?? null)).toBe('2027-10-31T00:00:00.000Z');
  });

  it('gives all-day dates from local midnight to local midnight', () => {
    const fair = schedule({
      startsOn: '2027-03-27',
      startMinute: null,
      endMinute: null,
      endsAfterDays: 1,
    });
    const [weekend] = occurrencesOf(fair, [], year2027, BERLIN);
    expect(weekend?.allDay).toBe(true);
    expect(iso(weekend?.startsAt ?? null)).toBe('2027-03-26T23:00:00.000Z');
    expect(iso(weekend?.endsAt ?? null)).toBe('2027-03-28T22:00:00.000Z');
  });
});

describe('exceptions', () => {
  const market = schedule({
    startsOn: '2027-04-01',
    startMinute: 8 * 60,
    endMinute: 13 * 60,
    rrule: 'FREQ=WEEKLY;BYDAY=TH;UNTIL=20270430T235959',
  });

  it('keeps a cancelled date, marked, and moves a moved one with its new times', () => {
    const dates = occurrencesOf(
      market,
      [
        { originalDate: '2027-04-08', kind: 'cancelled' },
        {
          originalDate: '2027-04-15',
          kind: 'moved',
          movedTo: '2027-04-16',
          movedStartMinute: 9 * 60,
          movedEndMinute: 12 * 60,
        },
        { originalDate: '2027-04-22', kind: 'moved', movedTo: '2027-04-21' },
      ],
      year2027,
      BERLIN,
    );
    expect(dates.map((d) => [d.originalDate, d.localDate, d.status])).toEqual([
      ['2027-04-01', '2027-04-01', 'scheduled'],
      ['2027-04-08', '2027-04-08', 'cancelled'],
      ['2027-04-15', '2027-04-16', 'moved'],
      ['2027-04-22', '2027-04-21', 'moved'],
      ['2027-04-29', '2027-04-29', 'scheduled'],
    ]);
    expect(iso(dates[2]?.startsAt ?? null)).toBe('2027-04-16T07:00:00.000Z');
    expect(iso(dates[2]?.endsAt ?? null)).toBe('2027-04-16T10:00:00.000Z');
    // A move without new times keeps the series' times.
    expect(iso(dates[3]?.startsAt ?? null)).toBe('2027-04-21T06:00:00.000Z');
    expect(iso(dates[3]?.endsAt ?? null)).toBe('2027-04-21T11:00:00.000Z');
  });
});

describe('rule dates', () => {
  it('falls on the second Saturday of each month', () => {
    const fleaMarket = schedule({
      startsOn: '2027-01-09',
      rrule: 'FREQ=MONTHLY;BYDAY=2SA;COUNT=12',
    });
    expect(ruleDates(fleaMarket, year2027)).toEqual([
      '2027-01-09',
      '2027-02-13',
      '2027-03-13',
      '2027-04-10',
      '2027-05-08',
      '2027-06-12',
      '2027-07-10',
      '2027-08-14',
      '2027-09-11',
      '2027-10-09',
      '2027-11-13',
      '2027-12-11',
    ]);
  });

  it('stops an endless series after ten years', () => {
    const daily = schedule({ startsOn: '2027-01-01', rrule: 'FREQ=DAILY' });
    const dates = ruleDates(daily, { from: '2027-01-01', to: '2099-12-31' });
    expect(dates.at(-1)).toBe('2037-01-01');
    expect(dates).toHaveLength(3654);
    expect(lastSeriesDay('2028-02-29')).toBe('2038-02-28');
  });

  it('gives only the window, counting COUNT from the first date', () => {
    const weekly = schedule({ startsOn: '2027-01-04', rrule: 'FREQ=WEEKLY;BYDAY=MO;COUNT=10' });
    expect(ruleDates(weekly, { from: '2027-02-01', to: '2027-02-28' })).toEqual([
      '2027-02-01',
      '2027-02-08',
      '2027-02-15',
      '2027-02-22',
    ]);
    expect(ruleDates(weekly, { from: '2027-03-09', to: '2027-12-31' })).toEqual([]);
  });

  it('keeps the local time of every weekly date, whatever the weekdays and the start', () => {
    const weekdays = fc.uniqueArray(fc.constantFrom(...WEEKDAYS), { minLength: 1, maxLength: 7 });
    fc.assert(
      fc.property(
        weekdays,
        fc.integer({ min: 0, max: 1439 }),
        fc.integer({ min: 0, max: 364 }),
        (days, minute, offset) => {
          const repeat: Repeat = { frequency: 'weekly', interval: 1, weekdays: days, count: 60 };
          const startsOn = new Date(Date.UTC(2026, 0, 1 + offset)).toISOString().slice(0, 10);
          const dates = occurrencesOf(
            schedule({
              startsOn,
              startMinute: minute,
              endMinute: null,
              rrule: toRRule(repeat, false),
            }),
            [],
            { from: startsOn, to: '2030-12-31' },
            BERLIN,
          );
          for (const d of dates) {
            const local = instantToLocal(d.startsAt.getTime(), BERLIN);
            // A reading the spring change skips lands an hour later; every other one exactly.
            if (local.date === d.localDate && local.minutes === minute) continue;
            expect(local.minutes - minute).toBe(60);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

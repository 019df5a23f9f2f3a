import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatLocal, zonedInstant } from '../time/zone.js';
import { publicHoliday } from './holidays.js';
import { type Interval, openIntervals, type ResourceCalendar } from './opening.js';
import { type Busy, findFreeSlots, type SlotQuery } from './slots.js';

const TZ = 'Europe/Berlin';
const H = 3_600_000;
const M = 60_000;

function calendar(over: Partial<ResourceCalendar> = {}): ResourceCalendar {
  return {
    timeZone: TZ,
    state: 'DE-MV',
    closedOnPublicHolidays: true,
    weekly: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '09:00', closes: '17:00' })),
    exceptions: new Map(),
    blackouts: [],
    ...over,
  };
}

const local = (list: Interval[]) =>
  list.map((i) => `${formatLocal(i.start, TZ)}–${formatLocal(i.end, TZ)}`);

describe('public holidays of the state', () => {
  it('knows Mecklenburg-Vorpommern: Frauentag and Reformationstag, not Fronleichnam', () => {
    expect(publicHoliday('DE-MV', '2025-03-08')).toBeDefined();
    expect(publicHoliday('DE-MV', '2025-10-31')).toBeDefined();
    expect(publicHoliday('DE-MV', '2025-06-19')).toBeUndefined();
    expect(publicHoliday('DE-BY', '2025-06-19')).toBeDefined();
    expect(publicHoliday('DE-BY', '2025-10-31')).toBeUndefined();
  });
});

describe('openIntervals', () => {
  it('closes on a state holiday unless an exception opens the day', () => {
    const cal = calendar();
    expect(local(openIntervals(cal, '2025-10-30', '2025-11-02'))).toEqual([
      '2025-10-30T09:00–2025-10-30T17:00',
      '2025-11-01T09:00–2025-11-01T17:00',
    ]);
    cal.exceptions.set('2025-10-31', {
      date: '2025-10-31',
      closed: false,
      intervals: [{ opens: '10:00', closes: '12:00' }],
    });
    expect(local(openIntervals(cal, '2025-10-31', '2025-11-01'))).toEqual([
      '2025-10-31T10:00–2025-10-31T12:00',
    ]);
  });

  it('keeps several intervals a day and closed exceptions', () => {
    const cal = calendar({
      weekly: [
        { weekday: 2, opens: '09:00', closes: '12:00' },
        { weekday: 2, opens: '14:00', closes: '18:00' },
      ],
    });
    cal.exceptions.set('2025-05-13', { date: '2025-05-13', closed: true });
    expect(local(openIntervals(cal, '2025-05-06', '2025-05-14'))).toEqual([
      '2025-05-06T09:00–2025-05-06T12:00',
      '2025-05-06T14:00–2025-05-06T18:00',
    ]);
  });

  it('runs intervals past midnight and joins touching ones', () => {
    const cal = calendar({
      weekly: [
        { weekday: 5, opens: '18:00', closes: '02:00' },
        { weekday: 6, opens: '02:00', closes: '04:00' },
      ],
    });
    expect(local(openIntervals(cal, '2025-05-09', '2025-05-11'))).toEqual([
      '2025-05-09T18:00–2025-05-10T04:00',
    ]);
  });

  it('has the right length on both DST days', () => {
    const cal = calendar({ weekly: [{ weekday: 7, opens: '00:00', closes: '24:00' }] });
    const [spring] = openIntervals(cal, '2025-03-30', '2025-03-31');
    const [autumn] = openIntervals(cal, '2025-10-26', '2025-10-27');
    expect((spring as Interval).end - (spring as Interval).start).toBe(23 * H);
    expect((autumn as Interval).end - (autumn as Interval).start).toBe(25 * H);
  });

  it('cuts blackouts out', () => {
    const cal = calendar({
      blackouts: [
        {
          start: zonedInstant('2025-05-06', '11:00', TZ),
          end: zonedInstant('2025-05-06', '13:00', TZ),
        },
      ],
    });
    expect(local(openIntervals(cal, '2025-05-06', '2025-05-07'))).toEqual([
      '2025-05-06T09:00–2025-05-06T11:00',
      '2025-05-06T13:00–2025-05-06T17:00',
    ]);
  });
});

/** The straightforward method: every candidate against every reservation. */
function naiveSlots(q: SlotQuery) {
  const out: { start: number; end: number; seatsLeft: number }[] = [];
  for (const o of q.open) {
    for (let s = o.start; s + q.durationMs <= o.end; s += q.granularityMs) {
      if (s < q.from || s >= q.to) continue;
      const bs = s - q.bufferBeforeMs;
      const be = s + q.durationMs + q.bufferAfterMs;
      // Peak load: loads change only where a busy range starts.
      const points = [
        bs,
        ...q.busy.filter((b) => b.start > bs && b.start < be).map((b) => b.start),
      ];
      let peak = 0;
      for (const p of points) {
        peak = Math.max(
          peak,
          q.busy.filter((b) => b.start <= p && p < b.end).reduce((n, b) => n + b.seats, 0),
        );
      }
      const left = (q.kind === 'exclusive' ? 1 : q.capacity) - peak;
      if (left >= q.seats)
        out.push({ start: s, end: s + q.durationMs, seatsLeft: q.kind === 'exclusive' ? 1 : left });
    }
  }
  return out;
}

describe('findFreeSlots', () => {
  const day = zonedInstant('2025-05-06', '00:00', TZ);
  const busyArb = fc.array(
    fc.record({
      s: fc.integer({ min: 0, max: 96 }),
      len: fc.integer({ min: 1, max: 16 }),
      seats: fc.integer({ min: 1, max: 3 }),
    }),
    { maxLength: 25 },
  );

  it('agrees with checking every slot against every reservation', () => {
    fc.assert(
      fc.property(
        busyArb,
        fc.constantFrom<'exclusive' | 'capacity'>('exclusive', 'capacity'),
        fc.integer({ min: 1, max: 8 }),
        fc.constantFrom(15, 30, 60),
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 1, max: 3 }),
        (raw, kind, durSteps, gran, bb, ba, seats) => {
          const busy: Busy[] = raw.map((b) => ({
            start: day + b.s * 15 * M,
            end: day + (b.s + b.len) * 15 * M,
            seats: kind === 'exclusive' ? 1 : b.seats,
          }));
          const q: SlotQuery = {
            open: [
              { start: day + 8 * H, end: day + 12 * H },
              { start: day + 13 * H, end: day + 22 * H },
            ],
            busy,
            kind,
            capacity: 4,
            seats: kind === 'exclusive' ? 1 : seats,
            durationMs: durSteps * gran * M,
            granularityMs: gran * M,
            bufferBeforeMs: bb * 15 * M,
            bufferAfterMs: ba * 15 * M,
            from: day,
            to: day + 24 * H,
          };
          expect(findFreeSlots(q)).toEqual(naiveSlots(q));
        },
      ),
      { numRuns: 300 },
    );
  });
});

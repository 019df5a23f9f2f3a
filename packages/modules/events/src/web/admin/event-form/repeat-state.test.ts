import { createTranslator } from '@city-app/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { messages } from '../../../messages/index.js';
import { type Repeat, toRRule, WEEKDAYS } from '../../../series/repeat.js';
import { followFirstDay, repeatOf, repeatStateOf, weekdayOf } from './repeat-state.js';

const t = createTranslator('de', messages);
const weekday = fc.constantFrom(...WEEKDAYS);
const end = fc.oneof(
  fc.constant({}),
  fc.record({ count: fc.integer({ min: 1, max: 4000 }) }),
  fc.record({ until: fc.constantFrom('2027-12-31', '2030-06-01') }),
);
const repeat: fc.Arbitrary<Repeat> = fc.oneof(
  fc
    .tuple(fc.integer({ min: 1, max: 365 }), end)
    .map(([interval, e]) => ({ frequency: 'daily' as const, interval, ...e })),
  fc
    .tuple(fc.integer({ min: 1, max: 52 }), fc.uniqueArray(weekday, { minLength: 1 }), end)
    .map(([interval, days, e]) => ({
      frequency: 'weekly' as const,
      interval,
      weekdays: WEEKDAYS.filter((d) => days.includes(d)),
      ...e,
    })),
  fc
    .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), end)
    .map(([interval, monthDay, e]) => ({
      frequency: 'monthly' as const,
      interval,
      monthDay,
      ...e,
    })),
  fc
    .tuple(fc.integer({ min: 1, max: 12 }), fc.constantFrom(-1, 1, 2, 3, 4), weekday, end)
    .map(([interval, week, day, e]) => ({
      frequency: 'monthly' as const,
      interval,
      week: week as -1 | 1 | 2 | 3 | 4,
      weekday: day,
      ...e,
    })),
);

describe('the series part of the form', () => {
  it('sends back every repeat it was filled with', () => {
    fc.assert(
      fc.property(repeat, (r) => {
        const state = repeatStateOf(r, toRRule(r, false), '2027-03-13');
        expect(repeatOf(state, t)).toEqual({ ok: true, repeat: r });
      }),
    );
  });

  it('keeps a rule it cannot show, and sends nothing for one date', () => {
    const imported = repeatStateOf(null, 'FREQ=YEARLY;BYMONTH=5', '2027-05-01');
    expect(repeatOf(imported, t)).toEqual({ ok: true, keepRule: true });
    expect(repeatOf(repeatStateOf(null, null, '2027-05-01'), t)).toEqual({ ok: true });
  });

  it('suggests the first day’s weekday and week, and follows it until staff choose', () => {
    expect(weekdayOf('2027-03-13')).toBe('SA');
    const state = { ...repeatStateOf(null, null, ''), choice: 'monthly' as const };
    const followed = followFirstDay(state, '', '2027-03-13');
    expect(followed).toMatchObject({ weekdays: ['SA'], monthDay: '13', week: '2', weekday: 'SA' });
    const chosen = { ...followed, weekdays: ['SA' as const, 'SU' as const] };
    expect(followFirstDay(chosen, '2027-03-13', '2027-03-15')).toBe(chosen);
  });

  it('names the field of each number it cannot take', () => {
    const state = {
      ...repeatStateOf(null, null, '2027-03-13'),
      choice: 'monthly' as const,
      interval: '0',
      monthDay: '32',
      end: 'count' as const,
      count: 'zehn',
    };
    const result = repeatOf(state, t);
    expect(result.ok ? [] : Object.keys(result.errors)).toEqual([
      'repeat.interval',
      'repeat.count',
      'repeat.monthDay',
    ]);
  });
});

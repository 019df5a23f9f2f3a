import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRepeat, fromRRule, type Repeat, repeatSchema, toRRule, WEEKDAYS } from './repeat.js';

describe('repeat ↔ RRULE', () => {
  it('writes the rules staff choose in the form', () => {
    expect(toRRule({ frequency: 'weekly', interval: 1, weekdays: ['TH', 'TU'] }, false)).toBe(
      'FREQ=WEEKLY;BYDAY=TU,TH',
    );
    expect(
      toRRule(
        { frequency: 'monthly', interval: 1, week: 2, weekday: 'SA', until: '2027-12-31' },
        false,
      ),
    ).toBe('FREQ=MONTHLY;BYDAY=2SA;UNTIL=20271231T235959');
    expect(toRRule({ frequency: 'daily', interval: 3, count: 10 }, true)).toBe(
      'FREQ=DAILY;INTERVAL=3;COUNT=10',
    );
    expect(
      toRRule({ frequency: 'monthly', interval: 1, monthDay: 15, until: '2027-06-30' }, true),
    ).toBe('FREQ=MONTHLY;BYMONTHDAY=15;UNTIL=20270630');
  });

  it('reads back every rule it writes', () => {
    const end = fc.oneof(
      fc.constant({}),
      fc.record({ count: fc.integer({ min: 1, max: 500 }) }),
      fc.record({
        until: fc
          .date({ min: new Date('2026-01-01'), max: new Date('2036-12-31'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10)),
      }),
    );
    const repeat: fc.Arbitrary<Repeat> = fc
      .oneof(
        fc.record({
          frequency: fc.constant('daily' as const),
          interval: fc.integer({ min: 1, max: 365 }),
        }),
        fc.record({
          frequency: fc.constant('weekly' as const),
          interval: fc.integer({ min: 1, max: 52 }),
          weekdays: fc.uniqueArray(fc.constantFrom(...WEEKDAYS), { minLength: 1, maxLength: 7 }),
        }),
        fc.record({
          frequency: fc.constant('monthly' as const),
          interval: fc.integer({ min: 1, max: 12 }),
          week: fc.constantFrom(-1, 1, 2, 3, 4),
          weekday: fc.constantFrom(...WEEKDAYS),
        }),
        fc.record({
          frequency: fc.constant('monthly' as const),
          interval: fc.integer({ min: 1, max: 12 }),
          monthDay: fc.integer({ min: 1, max: 31 }),
        }),
      )
      .chain((r) => end.map((e) => repeatSchema.parse({ ...r, ...e })));
    fc.assert(
      fc.property(repeat, fc.boolean(), (r, allDay) => {
        const back = fromRRule(toRRule(r, allDay));
        expect(back).toEqual(
          r.frequency === 'weekly'
            ? { ...r, weekdays: WEEKDAYS.filter((d) => r.weekdays.includes(d)) }
            : r,
        );
      }),
    );
  });

  it('leaves rules the form cannot show to the importer', () => {
    expect(fromRRule('FREQ=YEARLY;BYMONTH=5')).toBeUndefined();
    expect(fromRRule('FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=1')).toBeUndefined();
    expect(fromRRule('FREQ=WEEKLY;BYDAY=2MO')).toBeUndefined();
    expect(fromRRule('nonsense')).toBeUndefined();
  });

  it('refuses both an end date and a count, in both languages, naming the field', () => {
    const both = repeatSchema.parse({ frequency: 'daily', until: '2027-01-01', count: 3 });
    expect(() => checkRepeat(both)).toThrowError(
      expect.objectContaining({ field: 'repeat.count' }),
    );
    const neither = repeatSchema.parse({ frequency: 'monthly' });
    expect(() => checkRepeat(neither)).toThrowError(
      expect.objectContaining({ field: 'repeat.monthDay' }),
    );
  });
});

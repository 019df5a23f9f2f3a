import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assertTimeZone,
  instantToLocal,
  isTimeZone,
  localDateOf,
  localToInstant,
  offsetAt,
} from './zone.js';

const BERLIN = 'Europe/Berlin';
const HOUR = 3_600_000;
// 2026's clock changes in Berlin: 29 March 02:00 CET → 03:00 CEST, 25 October 03:00 CEST → 02:00 CET.
const SPRING = Date.parse('2026-03-29T01:00:00Z');
const AUTUMN = Date.parse('2026-10-25T01:00:00Z');

/** Instants within two days either side of each 2026 clock change, minute-aligned. */
const aroundChanges = fc
  .tuple(fc.constantFrom(SPRING, AUTUMN), fc.integer({ min: -48 * 60, max: 48 * 60 }))
  .map(([change, minutes]) => change + minutes * 60_000);

describe('one time-zone module', () => {
  it('knows IANA zones and refuses made-up ones with a hint', () => {
    expect(isTimeZone(BERLIN)).toBe(true);
    expect(isTimeZone('America/New_York')).toBe(true);
    expect(isTimeZone('Europe/Hagenow')).toBe(false);
    expect(() => assertTimeZone('Mars/Olympus')).toThrow(/IANA zone name such as "Europe\/Berlin"/);
  });

  it('puts 18:00 local time one hour apart in UTC before and after each change', () => {
    expect(new Date(localToInstant('2026-03-28', 18 * 60, BERLIN)).toISOString()).toBe(
      '2026-03-28T17:00:00.000Z',
    );
    expect(new Date(localToInstant('2026-03-29', 18 * 60, BERLIN)).toISOString()).toBe(
      '2026-03-29T16:00:00.000Z',
    );
    expect(new Date(localToInstant('2026-10-24', 18 * 60, BERLIN)).toISOString()).toBe(
      '2026-10-24T16:00:00.000Z',
    );
    expect(new Date(localToInstant('2026-10-25', 18 * 60, BERLIN)).toISOString()).toBe(
      '2026-10-25T17:00:00.000Z',
    );
  });

  it('maps a skipped reading past the jump and a repeated one to its first occurrence', () => {
    // 02:30 does not exist on 29 March: it is 03:30 CEST.
    expect(new Date(localToInstant('2026-03-29', 150, BERLIN)).toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
    // 02:30 happens twice on 25 October: the first time, still CEST.
    expect(new Date(localToInstant('2026-10-25', 150, BERLIN)).toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    );
  });

  it('reads back every instant around both changes as the wall time that maps to it', () => {
    fc.assert(
      fc.property(aroundChanges, (instant) => {
        const { date, minutes } = instantToLocal(instant, BERLIN);
        const back = localToInstant(date, minutes, BERLIN);
        // Exact, except in the repeated hour of October, which maps to its first occurrence.
        expect(back === instant || back === instant - HOUR).toBe(true);
        expect(localDateOf(instant, BERLIN)).toBe(date);
        expect([HOUR, 2 * HOUR]).toContain(offsetAt(instant, BERLIN));
      }),
    );
  });

  it('agrees with Intl on the local date and time of every instant around both changes', () => {
    const intl = new Intl.DateTimeFormat('sv-SE', {
      timeZone: BERLIN,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    fc.assert(
      fc.property(aroundChanges, (instant) => {
        const { date, minutes } = instantToLocal(instant, BERLIN);
        const hhmm = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
        expect(`${date} ${hhmm}`).toBe(intl.format(instant));
      }),
    );
  });

  it('shows every reading of a changing day as itself, or an hour later inside the skipped hour', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('2026-03-29', '2026-10-25'),
        fc.integer({ min: 0, max: 1439 }),
        (date, minutes) => {
          const shown = instantToLocal(localToInstant(date, minutes, BERLIN), BERLIN);
          const skipped = date === '2026-03-29' && minutes >= 120 && minutes < 180;
          expect(shown).toEqual({ date, minutes: skipped ? minutes + 60 : minutes });
        },
      ),
      { numRuns: 2000 },
    );
  });
});

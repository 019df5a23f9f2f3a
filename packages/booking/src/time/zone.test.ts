import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  formatLocal,
  isoInstant,
  localParts,
  localPeriod,
  offsetAt,
  toInstant,
  zonedInstant,
} from './zone.js';

const TZ = 'Europe/Berlin';
const utc = (s: string) => Date.parse(s);

describe('zonedInstant', () => {
  it('reads winter and summer wall times with their offsets', () => {
    expect(zonedInstant('2025-01-15', '10:00', TZ)).toBe(utc('2025-01-15T09:00:00Z'));
    expect(zonedInstant('2025-07-15', '10:00', TZ)).toBe(utc('2025-07-15T08:00:00Z'));
  });

  it('moves a wall time skipped in spring past the jump (02:30 → 03:30 CEST)', () => {
    expect(zonedInstant('2025-03-30', '01:59', TZ)).toBe(utc('2025-03-30T00:59:00Z'));
    expect(zonedInstant('2025-03-30', '02:30', TZ)).toBe(utc('2025-03-30T01:30:00Z'));
    expect(zonedInstant('2025-03-30', '03:00', TZ)).toBe(utc('2025-03-30T01:00:00Z'));
    expect(formatLocal(zonedInstant('2025-03-30', '02:30', TZ), TZ)).toBe('2025-03-30T03:30');
  });

  it('takes the earlier of a wall time that happens twice in autumn', () => {
    expect(zonedInstant('2025-10-26', '02:30', TZ)).toBe(utc('2025-10-26T00:30:00Z'));
    expect(zonedInstant('2025-10-26', '03:00', TZ)).toBe(utc('2025-10-26T02:00:00Z'));
    // The day has 25 hours.
    expect(zonedInstant('2025-10-27', 0, TZ) - zonedInstant('2025-10-26', 0, TZ)).toBe(
      25 * 3_600_000,
    );
    expect(zonedInstant('2025-03-31', 0, TZ) - zonedInstant('2025-03-30', 0, TZ)).toBe(
      23 * 3_600_000,
    );
  });

  it('round-trips every existing wall time of random instants', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: utc('2020-01-01T00:00:00Z'), max: utc('2030-12-31T00:00:00Z') }),
        (t) => {
          const instant = Math.floor(t / 60_000) * 60_000;
          const { date, minutes } = localParts(instant, TZ);
          const back = zonedInstant(date, minutes, TZ);
          // Only the second pass of the autumn hour maps back to its earlier twin.
          expect(back === instant || back === instant - 3_600_000).toBe(true);
          expect(offsetAt(instant, TZ) === 3_600_000 || offsetAt(instant, TZ) === 7_200_000).toBe(
            true,
          );
        },
      ),
    );
  });

  it('works for other zones too', () => {
    expect(zonedInstant('2025-03-09', '02:30', 'America/New_York')).toBe(
      utc('2025-03-09T07:30:00Z'),
    );
    expect(zonedInstant('2025-06-01', '12:00', 'Asia/Kolkata')).toBe(utc('2025-06-01T06:30:00Z'));
  });

  it('refuses malformed dates and times with a message saying the format', () => {
    expect(() => zonedInstant('30.03.2025', '10:00', TZ)).toThrow(/YYYY-MM-DD/);
    expect(() => zonedInstant('2025-03-30', '25:00', TZ)).toThrow(/HH:MM/);
  });
});

describe('local calendar helpers', () => {
  it('adds days across month and year ends', () => {
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('finds local periods across a DST change', () => {
    const week = localPeriod(utc('2025-03-30T12:00:00Z'), 'week', TZ);
    expect(week.first).toBe('2025-03-24');
    expect(week.end - week.start).toBe(7 * 86_400_000 - 3_600_000);
    const month = localPeriod(utc('2025-10-31T22:30:00Z'), 'month', TZ); // 23:30 local, 31 Oct
    expect(month.first).toBe('2025-10-01');
  });

  it('writes instants exactly as Date#toISOString does', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Date.UTC(2100, 0, 1) }), fc.boolean(), (t, whole) => {
        const ms = whole ? Math.floor(t / 60_000) * 60_000 : t;
        expect(isoInstant(ms)).toBe(new Date(ms).toISOString());
        expect(formatLocal(ms, TZ)).toBe(
          new Date(ms + offsetAt(ms, TZ)).toISOString().slice(0, 16),
        );
      }),
    );
  });

  it('reads local and offset times', () => {
    expect(toInstant('2025-07-01T10:00', TZ)).toBe(utc('2025-07-01T08:00:00Z'));
    expect(toInstant('2025-07-01T10:00:00+02:00', TZ)).toBe(utc('2025-07-01T08:00:00Z'));
    expect(Number.isNaN(toInstant('tomorrow', TZ))).toBe(true);
  });

  it('reads an impossible date or time as no time, never as another day', () => {
    for (const bad of [
      '2026-12-38T10:00',
      '2026-02-30T10:00',
      '2026-12-03T25:61',
      '2026-12-03T24:00',
      '9999-12-03T10:00',
      '2026-02-30T10:00:00Z',
      '2026-12-03T10:00:61+01:00',
      '9999-12-31T23:59:59+01:00',
      '+275760-09-13T00:00:00Z',
    ]) {
      expect(Number.isNaN(toInstant(bad, TZ)), bad).toBe(true);
    }
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });

  it('puts any local time it accepts on the day it names', () => {
    const two = (n: number) => String(n).padStart(2, '0');
    fc.assert(
      fc.property(
        fc.integer({ min: 1890, max: 2210 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 33 }),
        fc.integer({ min: 0, max: 25 }),
        fc.integer({ min: 0, max: 61 }),
        (y, mo, d, h, mi) => {
          const date = `${y}-${two(mo)}-${two(d)}`;
          const ms = toInstant(`${date}T${two(h)}:${two(mi)}`, TZ);
          if (Number.isNaN(ms)) return;
          // Only a wall time in the spring-forward gap moves, and then by the gap, not a day.
          expect(formatLocal(ms, TZ).slice(0, 10)).toBe(date);
        },
      ),
    );
  });
});

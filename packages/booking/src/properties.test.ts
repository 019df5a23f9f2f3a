import { CityAppError } from '@city-app/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgliteDatabase, type TestDatabase } from '../test/databases.js';
import { printer, serviceFor } from '../test/fixtures.js';
import type { Reservation } from './index.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await pgliteDatabase();
});
afterAll(async () => {
  await db?.close();
});

type Op =
  | { op: 'create'; target: 0 | 1; slot: number; length: number; seats: number; person: number }
  | { op: 'cancel'; pick: number }
  | { op: 'reschedule'; pick: number; slot: number }
  | { op: 'cancelAndRebook'; pick: number; person: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      op: fc.constant('create' as const),
      target: fc.constantFrom(0 as const, 1 as const),
      slot: fc.integer({ min: 0, max: 23 }), // half hours from 08:00
      length: fc.integer({ min: 1, max: 4 }),
      seats: fc.integer({ min: 1, max: 3 }),
      person: fc.integer({ min: 0, max: 5 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('cancel' as const), pick: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('reschedule' as const),
      pick: fc.nat(),
      slot: fc.integer({ min: 0, max: 23 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('cancelAndRebook' as const),
      pick: fc.nat(),
      person: fc.integer({ min: 0, max: 5 }),
    }),
  },
);

const half = (slot: number) => {
  const minutes = 8 * 60 + slot * 30;
  return `2025-03-10T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
};

/** Only the refusals a person may meet; anything else fails the property. */
function expected(error: unknown): void {
  if (!(error instanceof CityAppError)) throw error;
  expect(['slot_taken', 'outside_opening_hours', 'too_long', 'invalid_transition']).toContain(
    error.code,
  );
}

function noOverlap(active: Reservation[]) {
  const sorted = [...active].sort((a, b) => a.blockedStart.localeCompare(b.blockedStart));
  for (let i = 1; i < sorted.length; i++) {
    expect(Date.parse((sorted[i] as Reservation).blockedStart)).toBeGreaterThanOrEqual(
      Date.parse((sorted[i - 1] as Reservation).blockedEnd),
    );
  }
}

function peakSeats(active: Reservation[]): number {
  let peak = 0;
  for (const a of active) {
    const at = Date.parse(a.blockedStart);
    const load = active
      .filter((b) => Date.parse(b.blockedStart) <= at && at < Date.parse(b.blockedEnd))
      .reduce((n, b) => n + b.seats, 0);
    peak = Math.max(peak, load);
  }
  return peak;
}

describe('random sequences of operations', () => {
  it('never overlap on an exclusive resource, never exceed capacity, and cancel + rebook always works', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 14 }), async (ops) => {
        const { service } = serviceFor(db);
        const exclusive = await service.createResource(
          printer({ rules: { bufferAfterMinutes: 30, maxHorizonDays: 365 } }),
        );
        const course = await service.createResource(
          printer({ kind: 'capacity', capacity: 4, rules: { maxHorizonDays: 365 } }),
        );
        const targets = [exclusive, course];
        const made: Reservation[] = [];
        for (const o of ops) {
          try {
            if (o.op === 'create') {
              const target = targets[o.target] as (typeof targets)[number];
              made.push(
                await service.createReservation({
                  resourceId: target.id,
                  personId: `p${o.person}`,
                  group: 'resident',
                  start: half(o.slot),
                  durationMinutes: o.length * 30,
                  seats: target.kind === 'capacity' ? o.seats : 1,
                }),
              );
            } else if (made.length > 0) {
              const r = made[o.pick % made.length] as Reservation;
              if (o.op === 'cancel') await service.cancel(r.id, { actor: r.personId });
              else if (o.op === 'reschedule')
                await service.reschedule(r.id, { start: half(o.slot), actor: r.personId });
              else {
                const current = await service.getReservation(r.id);
                if (current.status !== 'confirmed') continue;
                await service.cancel(r.id, { actor: r.personId });
                // The freed range must be bookable again at once.
                const rebooked = await service
                  .createReservation({
                    resourceId: r.resourceId,
                    personId: `p${o.person}`,
                    group: 'resident',
                    start: current.start,
                    end: current.end,
                    seats: current.seats,
                  })
                  .catch((error: unknown) => {
                    throw new Error(`rebooking a freed range failed: ${String(error)}`);
                  });
                made.push(rebooked);
              }
            }
          } catch (error) {
            expected(error);
          }
        }
        noOverlap(await service.listReservations({ resourceId: exclusive.id, active: true }));
        expect(
          peakSeats(await service.listReservations({ resourceId: course.id, active: true })),
        ).toBeLessThanOrEqual(4);
      }),
      { numRuns: 25 },
    );
  });
});

import { isCityAppError } from '@city-app/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  pgliteDatabase,
  postgresDatabase,
  skipPostgres,
  type TestDatabase,
} from '../test/databases.js';
import { printer, serviceFor } from '../test/fixtures.js';

/** The refusal's code, or what else went wrong, so that a failure names it. */
function refusalCode(reason: unknown): string {
  if (isCityAppError(reason)) return reason.code;
  const e = reason as { code?: string; message?: string };
  return `not a refusal: ${e.code ?? ''} ${e.message ?? String(reason)}`;
}

/** `n` people ask for the same slot at once; returns who won and what the others got. */
async function race(db: TestDatabase, n: number) {
  const { service } = serviceFor(db);
  const r = await service.createResource(printer());
  const results = await Promise.allSettled(
    Array.from({ length: n }, (_, i) =>
      service.createReservation({
        resourceId: r.id,
        personId: `p${i}`,
        group: 'resident',
        start: '2025-03-10T10:00',
        durationMinutes: 60,
      }),
    ),
  );
  const won = results.filter((x) => x.status === 'fulfilled');
  const lost = results.filter((x): x is PromiseRejectedResult => x.status === 'rejected');
  const active = await service.listReservations({ resourceId: r.id, active: true });
  return { won, lost, active };
}

/** 40 people ask for 3 seats each of a 10-seat course; the seats never exceed capacity. */
async function seatRace(db: TestDatabase) {
  const { service } = serviceFor(db);
  const r = await service.createResource(printer({ kind: 'capacity', capacity: 10 }));
  const results = await Promise.allSettled(
    Array.from({ length: 40 }, (_, i) =>
      service.createReservation({
        resourceId: r.id,
        personId: `s${i}`,
        group: 'resident',
        start: '2025-03-10T10:00',
        durationMinutes: 60,
        seats: 1 + (i % 3),
      }),
    ),
  );
  const active = await service.listReservations({ resourceId: r.id, active: true });
  const lost = results.filter((x): x is PromiseRejectedResult => x.status === 'rejected');
  return { seats: active.reduce((n, a) => n + a.seats, 0), lost };
}

function suite(name: string, open: () => Promise<TestDatabase>) {
  describe(name, () => {
    let db: TestDatabase;
    beforeAll(async () => {
      db = await open();
    });
    afterAll(async () => {
      await db?.close();
    });

    it('lets exactly one of 60 concurrent requests for one slot win; the rest get slot_taken', async () => {
      const { won, lost, active } = await race(db, 60);
      expect(won).toHaveLength(1);
      expect(active).toHaveLength(1);
      expect(lost).toHaveLength(59);
      expect(lost.map((l) => refusalCode(l.reason))).toEqual(Array(59).fill('slot_taken'));
    });

    it('never sells more seats than the capacity under concurrent requests', async () => {
      const { seats, lost } = await seatRace(db);
      expect(seats).toBeLessThanOrEqual(10);
      expect(seats).toBeGreaterThanOrEqual(8); // the last free seats are sold unless no request fits them
      for (const l of lost) expect(refusalCode(l.reason)).toBe('slot_taken');
    });
  });
}

suite('on PGlite', pgliteDatabase);
describe.skipIf(skipPostgres)('on PostgreSQL', () => {
  suite('fresh database', () => postgresDatabase(30));
});

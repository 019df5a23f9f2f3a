import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { announceChanges } from '../changes/announce.js';
import { recordChanges } from '../changes/record.js';
import { sendDueReminders } from './send.js';
import { openTestTown, type TestTown } from './test-town.js';

const STREETS = 40;
const PER_STREET = 15;

// The bulk path on a real PostgreSQL, where runs of two processes overlap. Under CI a missing
// database fails loudly instead of skipping.
describe.skipIf(!process.env.TEST_DATABASE_URL && !process.env.CI)(
  'reminders in bulk on PostgreSQL',
  () => {
    let town: TestTown;
    let tours: number[];
    beforeAll(async () => {
      town = await openTestTown({ database: 'postgres' });
      const streets: number[] = [];
      for (let i = 0; i < STREETS; i++) streets.push(await town.street(`Straße ${i + 1}`));
      // Two paper tours, each serving half the streets, on the same Tuesday.
      tours = [
        await town.tour('papier', streets.slice(0, STREETS / 2), ['2027-09-14']),
        await town.tour('papier', streets.slice(STREETS / 2), ['2027-09-14']),
      ];
      // Residents written in bulk: installations at notify, follows at 18:00.
      await town.server.db.query(
        `INSERT INTO notify_installations (id)
         SELECT md5('resident' || g)::uuid FROM generate_series(1, $1::int) g`,
        [STREETS * PER_STREET],
      );
      await town.server.db.query(
        `INSERT INTO waste_follows (installation_id, location_id, type_id, evening_minute)
         SELECT md5('resident' || g)::uuid, ($2::int[])[(g - 1) / $3 + 1], 'papier', 18 * 60
           FROM generate_series(1, $1::int) g`,
        [STREETS * PER_STREET, streets, PER_STREET],
      );
    });
    afterAll(async () => {
      await town?.close();
    });

    it('writes each street’s reminder once when two runs of the same due time overlap', async () => {
      const dueAt = new Date('2027-09-13T16:00:00Z'); // 18:00 CEST
      const [one, two] = await Promise.all([
        sendDueReminders(town.ctx, dueAt),
        sendDueReminders(town.ctx, dueAt),
      ]);
      expect(one?.groups).toBe(STREETS);
      expect((one?.sent ?? 0) + (two?.sent ?? 0)).toBe(STREETS);
      const { rows } = await town.server.db.query<{ n: number; recipients: number }>(
        `SELECT count(*)::int AS n, sum(cardinality(installation_ids))::int AS recipients
           FROM notify_dispatches WHERE kind = 'installations'`,
      );
      expect(rows[0]).toEqual({ n: STREETS, recipients: STREETS * PER_STREET });
    });

    it('announces each change once when two processes claim at the same time', async () => {
      await town.server.db.transaction((tx) =>
        recordChanges(
          tx,
          tours.flatMap((tourId) => [
            { tourId, oldDate: '2027-09-14', newDate: '2027-09-15', reason: 'holiday' as const },
            { tourId, oldDate: '2027-09-28', newDate: '2027-09-29', reason: 'holiday' as const },
          ]),
        ),
      );
      const now = new Date('2027-09-10T08:00:00Z');
      const [one, two] = await Promise.all([
        announceChanges(town.ctx, now),
        announceChanges(town.ctx, now),
      ]);
      expect((one?.changes ?? 0) + (two?.changes ?? 0)).toBe(4);
      expect((one?.messages ?? 0) + (two?.messages ?? 0)).toBe(2 * STREETS);
      const { rows } = await town.server.db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM notify_dispatches WHERE idempotency_key LIKE 'waste:change:%'",
      );
      expect(rows[0]?.n).toBe(2 * STREETS);
    });
  },
);

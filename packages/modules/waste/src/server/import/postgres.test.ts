import { createTestServer, type TestServer } from '@city-app/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_WASTE_TYPES } from '../../types/waste-type.js';
import waste from '../index.js';
import { runImport } from './apply.js';
import { calendar, pickups, street } from './test-calendar.js';

// The same SQL must hold on a real PostgreSQL (the scaled mode), where two imports can run at
// once. Under CI a missing database fails loudly instead of skipping.
describe.skipIf(!process.env.TEST_DATABASE_URL && !process.env.CI)(
  'the import on PostgreSQL',
  () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await createTestServer({ modules: [waste], database: 'postgres' });
    });
    afterAll(() => server?.close());

    const file = (dates: string[]) =>
      calendar(
        pickups(street('Bahnhofstraße'), 'Papier', dates),
        pickups(street('Lange Straße'), 'Papier', dates),
        pickups(street('Lange Straße', { houseFrom: 1, houseTo: 19, parity: 'odd' }), 'Bio', dates),
      );
    const run = (dates: string[], dryRun = false) =>
      runImport(server.db, DEFAULT_WASTE_TYPES, {
        format: 'csv',
        language: 'de',
        source: 'pg',
        dryRun,
        calendar: file(dates),
      });

    it('applies, classifies and records changes; two imports at once do not collide', async () => {
      const dates = ['2027-01-12', '2027-02-09', '2027-03-09'];
      // Both would create the same streets: one waits for the other, the second finds them.
      const [a, b] = await Promise.all([run(dates), run(dates)]);
      expect([a.locations.added, b.locations.added].sort()).toEqual([0, 3]);
      const counts = await server.db.query<{ l: number; t: number; p: number }>(
        `SELECT (SELECT count(*)::int FROM waste_locations) AS l,
              (SELECT count(*)::int FROM waste_tours) AS t,
              (SELECT count(*)::int FROM waste_pickups) AS p`,
      );
      expect(counts.rows[0]).toEqual({ l: 3, t: 2, p: 6 });

      const moved = await run(['2027-01-12', '2027-02-10', '2027-03-09']);
      expect(moved.pickups).toMatchObject({ moved: 2, unchanged: 4 });
      const dry = await run(['2027-01-12', '2027-03-09'], true);
      expect(dry.pickups).toMatchObject({ removed: 2, added: 0, unchanged: 4 });
      const changes = await server.db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM waste_changes WHERE old_date = '2027-02-09' AND new_date = '2027-02-10'",
      );
      expect(changes.rows[0]?.n).toBe(2);
    });
  },
);

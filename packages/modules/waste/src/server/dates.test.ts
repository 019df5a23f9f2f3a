import { randomUUID } from 'node:crypto';
import { createTestServer, type TestServer, testDatabases } from '@city-app/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addLocation, addTour } from '../../test/waste-rows.js';
import waste from './index.js';

// The same SQL on PGlite and, with `with-postgres` or under CI, on a real PostgreSQL.
describe.each(testDatabases())('the waste calendar in "Meine Termine" on %s', (database) => {
  let server: TestServer;
  const follower = randomUUID();
  const stranger = randomUUID();

  interface MyDates {
    entries: {
      id: string;
      title: { de: string; en?: string };
      start: string;
      end?: string;
      allDay?: boolean;
      status: string;
      detail?: { de: string };
      location?: string;
      module: { id: string };
    }[];
    incomplete: string[];
  }

  beforeAll(async () => {
    server = await createTestServer({ modules: [waste], database });
    for (const id of [follower, stranger]) {
      const res = await server.request(`/api/notify/installations/${id}`, {
        method: 'PUT',
        json: { topics: [] },
      });
      expect(res.status).toBe(200);
    }
    const street = await addLocation(server.db, { name: 'Steegener Chaussee' });
    const other = await addLocation(server.db, { name: 'Parkstraße' });
    await addTour(
      server.db,
      'restabfall',
      [street],
      ['2027-01-05', { date: '2027-01-02', plannedDate: '2027-01-01', reason: 'holiday' }],
    );
    await addTour(server.db, 'papier', [street], [{ date: '2027-01-12', status: 'cancelled' }]);
    await addTour(server.db, 'bioabfall', [street], ['2027-01-06']);
    await addTour(server.db, 'restabfall', [other], ['2027-01-04']);
    // The follower wants residual waste and paper reminders, not organic waste.
    await server.db.query(
      `INSERT INTO waste_follows (installation_id, location_id, type_id, evening_minute)
       VALUES ($1, $2, 'restabfall', 1080), ($1, $2, 'papier', 1080)`,
      [follower, street],
    );
  });
  afterAll(async () => {
    await server?.close();
  });

  const dates = async (id: string) => {
    const res = await server.request(`/api/dates/installations/${id}?from=2027-01-01`);
    expect(res.status).toBe(200);
    return (await res.json()) as MyDates;
  };

  describe('what it lists', () => {
    it('lists the followed types’ pickups at the followed street as all-day entries', async () => {
      const mine = await dates(follower);
      expect(mine.incomplete).toEqual([]);
      expect(mine.entries.map((e) => [e.start, e.title.de, e.status])).toEqual([
        ['2027-01-02', 'Abfuhr: Restabfall', 'confirmed'],
        ['2027-01-05', 'Abfuhr: Restabfall', 'confirmed'],
        ['2027-01-12', 'Abfuhr: Papier/Pappe', 'cancelled'],
      ]);
      expect(mine.entries[0]).toMatchObject({
        allDay: true,
        end: '2027-01-03',
        location: 'Steegener Chaussee',
        module: { id: 'waste' },
        detail: { de: 'verschoben wegen Feiertag, statt am 01.01.2027' },
        title: { en: 'Collection: Residual waste' },
      });
    });

    it('keeps an entry’s id when its pickup moves', async () => {
      const [moved] = (await dates(follower)).entries;
      expect(moved?.id).toContain('2027-01-01');
    });

    it('has nothing for an installation that follows nothing', async () => {
      expect((await dates(stranger)).entries).toEqual([]);
    });
  });
});

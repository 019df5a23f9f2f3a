import { createTestServer, type TestServer, testDatabases } from '@city-app/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addLocation, addTour } from '../../../test/waste-rows.js';
import type { PickupList, WasteLocation } from '../../api/pickups.js';
import waste from '../index.js';

// The same SQL on PGlite and, with `with-postgres` or under CI, on a real PostgreSQL.
describe.each(testDatabases())("the residents' location routes on %s", (database) => {
  let server: TestServer;
  const ids = { bahnhof: 0, moellnOdd: 0, moellnEven: 0, raber: 0, sudenhof: 0, amBahnhof: 0 };

  beforeAll(async () => {
    server = await createTestServer({ modules: [waste], database });
    const db = server.db;
    ids.bahnhof = await addLocation(db, { name: 'Bahnhofstraße' });
    ids.moellnOdd = await addLocation(db, {
      name: 'Möllner Straße',
      houseFrom: 1,
      houseTo: 19,
      parity: 'odd',
    });
    ids.moellnEven = await addLocation(db, { name: 'Möllner Straße', houseFrom: 20 });
    ids.raber = await addLocation(db, { name: 'Dr.-Raber-Straße' });
    ids.sudenhof = await addLocation(db, { name: 'Sudenhof', kind: 'area', district: 'Sudenhof' });
    ids.amBahnhof = await addLocation(db, { name: 'Am Bahnhof' });
    await addTour(db, 'papier', [ids.bahnhof], ['2027-01-05', '2027-02-02']);
    await addTour(
      db,
      'restabfall',
      [ids.bahnhof, ids.raber],
      [
        '2027-01-05',
        { date: '2027-01-02', plannedDate: '2027-01-01', reason: 'holiday' },
        { date: '2027-01-19', status: 'cancelled' },
      ],
    );
    // Another street's tour: never in the Bahnhofstraße's list.
    await addTour(db, 'bioabfall', [ids.amBahnhof], ['2027-01-07']);
  });
  afterAll(async () => {
    await server?.close();
  });

  const search = async (q: string, headers: Record<string, string> = {}) => {
    const response = await server.request(`/api/waste/locations?q=${encodeURIComponent(q)}`, {
      headers,
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const labels = (body: Record<string, unknown>) =>
    (body.locations as WasteLocation[]).map((l) => l.label);

  describe('GET /api/waste/locations', () => {
    it('finds a street by the beginning of its name, with umlauts and "str." either way', async () => {
      expect(labels((await search('Bahnhofst')).body)).toEqual(['Bahnhofstraße']);
      expect(labels((await search('bahnhofstr.')).body)).toEqual(['Bahnhofstraße']);
      expect(labels((await search('moellner')).body)).toEqual([
        'Möllner Straße, 1–19 (ungerade)',
        'Möllner Straße, ab 20',
      ]);
      expect(labels((await search('Möll')).body)).toHaveLength(2);
      expect(labels((await search('Dr. Raber Str')).body)).toEqual(['Dr.-Raber-Straße']);
    });

    it('puts names that start with the text before names that contain it', async () => {
      expect(labels((await search('bahnhof')).body)).toEqual(['Bahnhofstraße', 'Am Bahnhof']);
    });

    it('describes house numbers in the request’s language', async () => {
      const { body } = await search('moell', { 'accept-language': 'en' });
      expect(body.locations).toMatchObject([
        { name: 'Möllner Straße', houseNumbers: '1–19 (odd)', district: null, kind: 'street' },
        { houseNumbers: 'from 20' },
      ]);
    });

    it('finds villages as areas', async () => {
      expect((await search('suden')).body.locations).toMatchObject([
        { id: ids.sudenhof, kind: 'area', label: 'Sudenhof', houseNumbers: null },
      ]);
    });

    it('refuses a missing, short, long or letterless search, naming q', async () => {
      for (const q of ['', 'B', 'x'.repeat(81), '--']) {
        const { status, body } = await search(q);
        expect(status, q).toBe(400);
        expect(body.field, q).toBe('q');
      }
      const { body } = await search('--');
      expect(body.code).toBe('waste_search_without_letters');
      expect((await server.request('/api/waste/locations')).status).toBe(400);
    });
  });

  describe('GET /api/waste/locations/:id', () => {
    it('answers one location, or 404', async () => {
      const found = await server.request(`/api/waste/locations/${ids.raber}`);
      expect(await found.json()).toMatchObject({ id: ids.raber, name: 'Dr.-Raber-Straße' });
      expect((await server.request('/api/waste/locations/999999')).status).toBe(404);
      const bad = await server.request('/api/waste/locations/abc');
      expect(bad.status).toBe(400);
      expect(await bad.json()).toMatchObject({ field: 'id' });
    });
  });

  describe('GET /api/waste/locations/:id/pickups', () => {
    const pickups = (id: number, query = 'from=2027-01-01&to=2027-12-31') =>
      server.request(`/api/waste/locations/${id}/pickups?${query}`);

    it('lists the location’s pickups by date in the town’s order of types, moves and cancellations included', async () => {
      const list = (await (await pickups(ids.bahnhof)).json()) as PickupList;
      expect(list.location.label).toBe('Bahnhofstraße');
      expect([list.from, list.to]).toEqual(['2027-01-01', '2027-12-31']);
      expect(list.pickups.map((p) => [p.date, p.typeId, p.status])).toEqual([
        ['2027-01-02', 'restabfall', 'scheduled'],
        ['2027-01-05', 'restabfall', 'scheduled'],
        ['2027-01-05', 'papier', 'scheduled'],
        ['2027-01-19', 'restabfall', 'cancelled'],
        ['2027-02-02', 'papier', 'scheduled'],
      ]);
      expect(list.pickups[0]).toMatchObject({ plannedDate: '2027-01-01', reason: 'holiday' });
    });

    it('keeps to the range asked for', async () => {
      const list = (await (
        await pickups(ids.bahnhof, 'from=2027-01-03&to=2027-01-31')
      ).json()) as PickupList;
      expect(list.pickups.map((p) => p.date)).toEqual(['2027-01-05', '2027-01-05', '2027-01-19']);
    });

    it('reaches from today to the end of next year by default', async () => {
      const list = (await (await pickups(ids.bahnhof, '')).json()) as PickupList;
      const year = Number(list.from.slice(0, 4));
      expect(list.to).toBe(`${year + 1}-12-31`);
      expect(Math.abs(Date.parse(list.from) - Date.now())).toBeLessThan(2 * 86_400_000);
    });

    it('refuses impossible dates and ranges reversed or longer than two years, naming the field', async () => {
      const cases: [string, string, string][] = [
        ['from=2027-02-30', 'from', 'validation_failed'],
        ['from=2027-03-01&to=2027-02-01', 'to', 'waste_range_reversed'],
        ['from=2027-01-01&to=2029-01-02', 'to', 'waste_range_too_long'],
      ];
      for (const [query, field, code] of cases) {
        const response = await pickups(ids.bahnhof, query);
        expect(response.status, query).toBe(400);
        expect(await response.json(), query).toMatchObject({ field, code });
      }
      expect((await pickups(ids.bahnhof, 'from=2027-01-01&to=2028-12-31')).status).toBe(200);
    });

    it('answers 404 for a location that does not exist', async () => {
      expect((await pickups(424242)).status).toBe(404);
    });

    it('is asked again on every use, and answers 304 until a date changes', async () => {
      const query = 'from=2027-01-01&to=2027-03-31';
      const first = await pickups(ids.amBahnhof, query);
      expect(first.headers.get('cache-control')).toBe('public, no-cache');
      const tag = first.headers.get('etag') ?? '';
      expect(tag).not.toBe('');
      const again = await server.request(`/api/waste/locations/${ids.amBahnhof}/pickups?${query}`, {
        headers: { 'if-none-match': tag },
      });
      expect(again.status).toBe(304);
      await server.db.query(
        `UPDATE waste_pickups SET date = '2027-01-08', planned_date = '2027-01-07', reason = 'missed'
          WHERE date = '2027-01-07'`,
      );
      const moved = await server.request(`/api/waste/locations/${ids.amBahnhof}/pickups?${query}`, {
        headers: { 'if-none-match': tag },
      });
      expect(moved.status).toBe(200);
      expect(((await moved.json()) as PickupList).pickups[0]).toMatchObject({
        date: '2027-01-08',
        plannedDate: '2027-01-07',
      });
    });
  });
});

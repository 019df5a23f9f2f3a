import { createTestServer, type TestServer } from '@city-app/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffPickup, TourDetail } from '../../api/staff.js';
import waste from '../index.js';
import { ADMIN_API, ok } from './staff-testing.js';

// Two staff members at once, on the real PostgreSQL a town runs at scale: one wins, the other
// hears why not, and residents are told of the winner's change only. Under CI a missing
// database fails loudly instead of skipping.
describe.skipIf(!process.env.TEST_DATABASE_URL && !process.env.CI)(
  'staff edits on PostgreSQL',
  () => {
    let server: TestServer;
    let headers: Record<string, string>;
    const send = (method: string, path: string, json?: unknown) =>
      server.request(`${ADMIN_API}${path}`, { method, headers, ...(json ? { json } : {}) });

    beforeAll(async () => {
      server = await createTestServer({ modules: [waste], database: 'postgres' });
      headers = (await server.loginAs(['waste'])).headers;
    });
    afterAll(async () => {
      await server?.close();
    });

    it('of two moves onto the same day, one wins and one is refused', async () => {
      const tour = await ok<TourDetail>(
        send('POST', '/tours', { typeId: 'papier', name: 'Papier Di' }),
        201,
      );
      const a = await ok<StaffPickup>(
        send('POST', `/tours/${tour.id}/pickups`, { date: '2027-06-01' }),
        201,
      );
      const b = await ok<StaffPickup>(
        send('POST', `/tours/${tour.id}/pickups`, { date: '2027-06-15' }),
        201,
      );
      await server.db.query('DELETE FROM waste_changes');

      const move = (p: StaffPickup) =>
        send('POST', `/tours/${tour.id}/pickups/${p.id}/move`, {
          date: '2027-06-08',
          reason: 'other',
        });
      const statuses = (await Promise.all([move(a), move(b)])).map((r) => r.status).sort();
      expect(statuses).toEqual([200, 409]);

      const detail = await ok<TourDetail>(send('GET', `/tours/${tour.id}`));
      expect(detail.pickups.filter((p) => p.date === '2027-06-08')).toHaveLength(1);
      const { rows } = await server.db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM waste_changes WHERE tour_id = $1',
        [tour.id],
      );
      expect(rows[0]?.n).toBe(1);
    });

    it('moves a range and adds dates at once without a half-done shift', async () => {
      const tour = await ok<TourDetail>(
        send('POST', '/tours', { typeId: 'restabfall', name: 'Rest Do' }),
        201,
      );
      for (const date of ['2027-04-01', '2027-04-08', '2027-04-15']) {
        await ok(send('POST', `/tours/${tour.id}/pickups`, { date }), 201);
      }
      const [shift, add] = await Promise.all([
        send('POST', `/tours/${tour.id}/shift`, {
          from: '2027-04-01',
          to: '2027-04-15',
          days: 1,
          reason: 'holiday',
        }),
        send('POST', `/tours/${tour.id}/pickups`, { date: '2027-04-09' }),
      ]);
      const detail = await ok<TourDetail>(send('GET', `/tours/${tour.id}`));
      const dates = detail.pickups.map((p) => p.date);
      // Three orders are correct; a half-done shift or a lost date is not.
      const outcome = `shift ${shift.status}, add ${add.status}`;
      if (outcome === 'shift 200, add 409') {
        // The shift came first: the added date then met a moved one.
        expect(dates).toEqual(['2027-04-02', '2027-04-09', '2027-04-16']);
      } else if (outcome === 'shift 200, add 201') {
        // The added date came first and lies in the range, so it moved with the others.
        expect(dates).toEqual(['2027-04-02', '2027-04-09', '2027-04-10', '2027-04-16']);
      } else {
        // The shift had read the range before the added date was written, then met it.
        expect(outcome).toBe('shift 409, add 201');
        expect(dates).toEqual(['2027-04-01', '2027-04-08', '2027-04-09', '2027-04-15']);
      }
    });
  },
);

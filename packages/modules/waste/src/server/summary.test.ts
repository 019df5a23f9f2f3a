import { createTestServer, type TestServer } from '@city-app/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CalendarSummary } from '../summary.js';
import waste from './index.js';
import { setSample } from './state.js';

let server: TestServer;

beforeAll(async () => {
  server = await createTestServer({ modules: [waste] });
});
afterAll(async () => {
  await server?.close();
});

describe('GET /api/waste', () => {
  it('names the waste types and says whether the dates are samples', async () => {
    const empty = (await (await server.request('/api/waste')).json()) as CalendarSummary;
    expect(empty.types.map((t) => t.id)).toContain('restabfall');
    expect(empty).toMatchObject({ sample: false, firstDate: null, locations: 0 });

    await setSample(server.db, true);
    const { rows } = await server.db.query<{ id: number }>(
      `INSERT INTO waste_tours (type_id, name) VALUES ('papier', 'Papier 1') RETURNING id`,
    );
    await server.db.query(
      `INSERT INTO waste_pickups (tour_id, date) VALUES ($1, '2027-01-05'), ($1, '2027-02-02')`,
      [rows[0]?.id],
    );
    const filled = (await (await server.request('/api/waste')).json()) as CalendarSummary;
    expect(filled).toMatchObject({ sample: true, firstDate: '2027-01-05', lastDate: '2027-02-02' });
  });
});

import { createTestServer, type TestServer } from '@city-app/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import reports from '../index.js';
import { listPublicReports } from './public-read.js';

// The public map asks for the reports in a bounding box; with thousands of reports that must
// be an index lookup on the point, not a read of every row.
let server: TestServer;
beforeAll(async () => {
  server = await createTestServer({ modules: [reports] });
  // The map's kept cells are not what this file checks, and their row trigger would make the
  // 5,000 inserts take minutes on an embedded database under load: it is off while seeding.
  await server.db.query('ALTER TABLE reports DISABLE TRIGGER reports_map_cells');
  await server.db.query(
    `INSERT INTO reports (public_id, category, department, lat, lon, moderation)
     SELECT '2026-' || lpad(i::text, 5, '0'), 'strasse', 'bauhof',
            53.3 + (i % 100) * 0.003, 11.0 + (i / 100) * 0.003, 'public'
       FROM generate_series(1, 5000) AS i`,
  );
  await server.db.query('ALTER TABLE reports ENABLE TRIGGER reports_map_cells');
  await server.db.query('ANALYZE reports');
});
afterAll(() => server?.close());

describe('the bounding box of the public list', () => {
  it('is answered from the GiST index on the point', async () => {
    const { rows } = await server.db.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN SELECT id FROM reports r
        WHERE r.moderation = 'public' AND r.lat IS NOT NULL
          AND point(r.lon, r.lat) <@ box(point(11.0, 53.3), point(11.01, 53.31))`,
    );
    expect(rows.map((r) => r['QUERY PLAN']).join('\n')).toContain('reports_location');
  });

  it('finds exactly the reports inside', async () => {
    const page = await listPublicReports(server.db, {
      page: 1,
      pageSize: 100,
      bbox: { west: 11.0, south: 53.3, east: 11.0061, north: 53.3061 },
    });
    // Columns 0–2 (lon 11.000, 11.003, 11.006) × rows 0–2 (lat 53.300, 53.303, 53.306), less
    // i = 0, which the series does not make.
    expect(page.total).toBe(8);
    for (const item of page.items) {
      expect(item.location?.lon).toBeLessThanOrEqual(11.0061);
      expect(item.location?.lat).toBeLessThanOrEqual(53.3061);
    }
  });
});

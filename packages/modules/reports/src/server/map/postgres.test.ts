import { testDatabases } from '@city-app/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportMap } from '../../api/report-map.js';
import { ok, type ReportsClient, startReports } from '../routes/reports-testing.js';

// On a real PostgreSQL (with `with-postgres`): the map's grid query (width_bucket on an array
// parameter, grouping by expressions of parameters) gives the same cells as on PGlite.
const postgres = testDatabases().includes('postgres');

describe.skipIf(!postgres)('the public map on PostgreSQL', () => {
  let t: ReportsClient;
  beforeAll(async () => {
    t = await startReports({ database: 'postgres' });
    // 400 published reports on a 20 × 20 grid, 100 m apart, and 50 waiting for review.
    await t.server.db.query(
      `INSERT INTO reports (public_id, category, department, lat, lon, moderation)
       SELECT '2026-' || lpad(i::text, 5, '0'), 'strasse', 'bauhof',
              53.42 + (i % 20) * 0.0009, 11.17 + (i / 20) * 0.0015,
              CASE WHEN i <= 400 THEN 'public' ELSE 'pending' END
         FROM generate_series(1, 450) AS i`,
    );
  });
  afterAll(() => t?.close());

  it('counts every published report once, in clusters at zoom 12 and alone at zoom 19', async () => {
    const area = 'bbox=11.16,53.41,11.21,53.44';
    const far = await ok<ReportMap>(t.resident(`/map?${area}&zoom=12`));
    expect(far.total).toBe(400);
    // Cells of ~1.4 km there: the 2 km square falls into at most 3 × 3.
    expect(far.items.length).toBeLessThanOrEqual(9);
    expect(far.items.every((i) => i.kind === 'cluster')).toBe(true);

    const near = await ok<ReportMap>(t.resident('/map?bbox=11.17,53.42,11.173,53.4215&zoom=19'));
    expect(near.items.every((i) => i.kind === 'report')).toBe(true);
    // Columns 0–2 (lon 11.1700 … 11.1730) × rows 0–1 (lat 53.4200, 53.4209), less i = 0,
    // which the series does not make.
    expect(near.total).toBe(5);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MapCluster, MapReport, ReportMap } from '../../api/report-map.js';
import { ok, type ReportsClient, refused, startReports } from '../routes/reports-testing.js';
import { checkArea, latitudeOf, pixelY } from './grid.js';
import { FILL_MAP_CELLS } from './kept-cells.js';

let t: ReportsClient;
beforeAll(async () => {
  t = await startReports();
});
afterAll(() => t?.close());

/** A report stored as staff left it: published unless `moderation` says otherwise. */
async function place(
  publicId: string,
  lat: number,
  lon: number,
  more: { moderation?: string; status?: string; category?: string; mergedInto?: string } = {},
) {
  await t.server.db.query(
    `INSERT INTO reports (public_id, category, department, lat, lon, moderation, status, closing_reason, merged_into)
     VALUES ($1, $2, 'bauhof', $3, $4, $5, $6, $7, (SELECT id FROM reports WHERE public_id = $8))`,
    [
      publicId,
      more.category ?? 'strasse',
      lat,
      lon,
      more.moderation ?? 'public',
      more.status ?? 'new',
      more.status === 'closed' ? 'duplicate' : null,
      more.mergedInto ?? null,
    ],
  );
}

// Hagenow's market and a street 2 km east; at zoom 13 a cell is ~1.1 km wide there.
const AREA = '11.15,53.41,11.25,53.45';
const map = (query: string, lang = 'de') => ok<ReportMap>(t.resident(`/map?${query}`, { lang }));
const clusters = (m: ReportMap) => m.items.filter((i): i is MapCluster => i.kind === 'cluster');
const markers = (m: ReportMap) => m.items.filter((i): i is MapReport => i.kind === 'report');

beforeAll(async () => {
  await place('2026-10001', 53.4312, 11.1875);
  await place('2026-10002', 53.4313, 11.1877, { category: 'muell' });
  await place('2026-10003', 53.4311, 11.1874, { status: 'fixed' });
  await place('2026-10004', 53.4305, 11.2175, { category: 'beleuchtung' });
  // Never on the map: waiting for review, hidden, merged into another, outside the area.
  await place('2026-10005', 53.4312, 11.1876, { moderation: 'pending' });
  await place('2026-10006', 53.4312, 11.1876, { moderation: 'hidden' });
  await place('2026-10007', 53.4312, 11.1876, { status: 'closed', mergedInto: '2026-10001' });
  await place('2026-10008', 53.6, 11.5);
});

describe('the public map', () => {
  it('groups the market’s reports into a cluster and shows the lone one as itself', async () => {
    const m = await map(`bbox=${AREA}&zoom=13`);
    expect(m).toMatchObject({ zoom: 13, cellPixels: 60, total: 4 });
    const [market] = clusters(m);
    expect(clusters(m)).toHaveLength(1);
    expect(market).toMatchObject({ count: 3 });
    expect(market?.lat).toBeCloseTo(53.4312, 4);
    // Out here the cells are the database's; a cluster's box is its cell (~1.1 km wide).
    const box = market?.bbox ?? { west: 0, south: 0, east: 0, north: 0 };
    expect(box.west).toBeLessThan(11.1874);
    expect(box.east).toBeGreaterThan(11.1877);
    expect(box.south).toBeLessThan(53.4311);
    expect(box.north).toBeGreaterThan(53.4313);
    expect(box.east - box.west).toBeCloseTo((360 * 60) / (256 * 2 ** 13), 6);
    expect(markers(m)).toEqual([
      {
        kind: 'report',
        publicId: '2026-10004',
        category: 'beleuchtung',
        status: 'new',
        lat: 53.4305,
        lon: 11.2175,
      },
    ]);
  });

  it('groups the box’s reports anew closer in, a cluster’s box around its reports', async () => {
    const m = await map('bbox=11.18,53.428,11.195,53.434&zoom=16');
    expect(clusters(m)).toMatchObject([
      { count: 3, bbox: { west: 11.1874, south: 53.4311, east: 11.1877, north: 53.4313 } },
    ]);
  });

  it('follows every change of a report in the cells it keeps', async () => {
    const at13 = async (query = '') => (await map(`bbox=${AREA}&zoom=13${query}`)).total;
    expect(await at13()).toBe(4);
    const { db } = t.server;
    await db.query(`UPDATE reports SET moderation = 'public' WHERE public_id = '2026-10005'`);
    expect(await at13()).toBe(5);
    await db.query(`UPDATE reports SET status = 'fixed' WHERE public_id = '2026-10005'`);
    expect(await at13('&status=fixed')).toBe(2);
    await db.query(`UPDATE reports SET lat = 53.6, lon = 11.5 WHERE public_id = '2026-10005'`);
    expect(await at13()).toBe(4);
    await db.query(`UPDATE reports SET moderation = 'hidden' WHERE public_id = '2026-10004'`);
    const left = await map(`bbox=${AREA}&zoom=13`);
    expect(left.items).toMatchObject([{ kind: 'cluster', count: 3 }]);
    await db.query(`UPDATE reports SET moderation = 'public' WHERE public_id = '2026-10004'`);
    await db.query(`DELETE FROM reports WHERE public_id = '2026-10008'`);
    // The cells add up to what the reports say, with no empty cell left behind.
    const { rows } = await db.query<{ kept: number; counted: number; empty: number }>(
      `SELECT (SELECT sum(count)::int FROM reports_map_cells
                WHERE zoom = 11 AND status = '*' AND category = '*') AS kept,
              (SELECT count(*)::int FROM reports WHERE moderation = 'public'
                  AND merged_into IS NULL AND lat IS NOT NULL) AS counted,
              (SELECT count(*)::int FROM reports_map_cells WHERE count = 0) AS empty`,
    );
    expect(rows[0]).toEqual({ kept: 5, counted: 5, empty: 0 });
    // Every kept cell, its lone report's id too, is what a fill from the reports gives.
    const cells = `SELECT zoom, cx, cy, status, category, count, round(sum_lat::numeric, 6) AS lat,
                          round(sum_lon::numeric, 6) AS lon, id_xor_high, id_xor_low
                     FROM reports_map_cells ORDER BY 1, 2, 3, 4, 5`;
    const kept = (await db.query(cells)).rows;
    await db.query('DELETE FROM reports_map_cells');
    await db.query(FILL_MAP_CELLS);
    expect((await db.query(cells)).rows).toEqual(kept);
    await db.query(
      `UPDATE reports SET moderation = 'pending', status = 'new' WHERE public_id = '2026-10005'`,
    );
  });

  it('shows the report left alone in a cell when the others leave it, whichever went first', async () => {
    const { db } = t.server;
    const east = (m: ReportMap) => m.items.find((i) => i.lon > 11.21);
    await place('2026-10009', 53.4306, 11.2176, { category: 'beleuchtung' });
    await place('2026-10010', 53.4304, 11.2174, { category: 'muell' });
    expect(east(await map(`bbox=${AREA}&zoom=13`))).toMatchObject({ kind: 'cluster', count: 3 });
    // Filtered to one category the cell holds one report of it, named by the cell.
    expect(east(await map(`bbox=${AREA}&zoom=13&category=muell`))).toMatchObject({
      kind: 'report',
      publicId: '2026-10010',
    });
    await db.query(`DELETE FROM reports WHERE public_id = '2026-10004'`);
    await db.query(`UPDATE reports SET moderation = 'hidden' WHERE public_id = '2026-10010'`);
    expect(east(await map(`bbox=${AREA}&zoom=13`))).toMatchObject({
      kind: 'report',
      publicId: '2026-10009',
      category: 'beleuchtung',
      status: 'new',
      lat: 53.4306,
      lon: 11.2176,
    });
    await db.query(`DELETE FROM reports WHERE public_id IN ('2026-10009', '2026-10010')`);
    await place('2026-10004', 53.4305, 11.2175, { category: 'beleuchtung' });
  });

  it('splits the cluster when zoomed in to its box', async () => {
    const m = await map('bbox=11.1870,53.4309,11.1880,53.4315&zoom=19');
    expect(clusters(m)).toEqual([]);
    expect(
      markers(m)
        .map((r) => r.publicId)
        .sort(),
    ).toEqual(['2026-10001', '2026-10002', '2026-10003']);
  });

  it('filters by status and category like the list', async () => {
    expect((await map(`bbox=${AREA}&zoom=13&status=fixed`)).items).toMatchObject([
      { kind: 'report', publicId: '2026-10003' },
    ]);
    const muell = await map(`bbox=${AREA}&zoom=13&category=muell`);
    expect(markers(muell).map((r) => r.publicId)).toEqual(['2026-10002']);
  });

  it('keeps a cluster in its cell when the map is moved', async () => {
    const a = clusters(await map(`bbox=${AREA}&zoom=13`));
    const b = clusters(await map('bbox=11.17,53.42,11.27,53.46&zoom=13'));
    expect(b).toEqual(a);
  });

  it('refuses a zoom out of range and an area larger than a screen, naming the field', async () => {
    const zoom = await refused(
      t.resident(`/map?bbox=${AREA}&zoom=3`),
      400,
      'reports_map_zoom',
      'zoom',
    );
    expect(zoom.message).toBe('Die Karte zeigt Meldungen in den Zoomstufen 8 bis 19, nicht in 3.');
    const area = await refused(
      t.resident('/map?bbox=10,53,12,54&zoom=15', { lang: 'en' }),
      400,
      'reports_map_area_too_large',
      'bbox',
    );
    expect(area.message).toMatch(/^At zoom level 15 the map shows an area of up to 4096 × 4096/);
    await refused(
      t.resident('/map?bbox=11.3,53.4,11.2,53.5&zoom=13'),
      400,
      'validation_failed',
      'bbox',
    );
    await refused(t.resident(`/map?bbox=${AREA}&zoom=13.5`), 400, 'validation_failed', 'zoom');
    await refused(t.resident(`/map?bbox=${AREA}`), 400, 'validation_failed', 'zoom');
  });
});

describe('the grid', () => {
  it('turns pixel rows into latitudes and back', () => {
    for (const lat of [-60, 0, 47.5, 53.4312, 54.8]) {
      expect(latitudeOf(pixelY(lat, 14), 14)).toBeCloseTo(lat, 9);
    }
  });

  it('accepts a 4K screen at every zoom and refuses twice that', () => {
    const lat = 53.43;
    for (let zoom = 8; zoom <= 19; zoom++) {
      const side = (4000 / 256 / 2 ** zoom) * 360;
      const north = latitudeOf(pixelY(lat, zoom) - 4000, zoom);
      expect(() => checkArea({ west: 11, south: lat, east: 11 + side, north }, zoom)).not.toThrow();
      expect(() => checkArea({ west: 11, south: lat, east: 11 + 2 * side, north }, zoom)).toThrow();
    }
  });
});

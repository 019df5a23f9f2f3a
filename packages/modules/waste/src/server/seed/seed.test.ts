import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CityAppError, defineCity } from '@city-app/core';
import type { ModuleServerContext } from '@city-app/server';
import {
  createTestServer,
  TEST_CITY,
  type TestServer,
  testDatabases,
} from '@city-app/server/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type WasteConfig, wasteConfigSchema } from '../../config.js';
import manifest from '../../index.js';
import type { CalendarSummary } from '../../summary.js';
import waste from '../index.js';
import { seedWaste } from './index.js';

let server: TestServer;
let dir: string;

function context(): ModuleServerContext<WasteConfig> {
  return {
    city: defineCity({ ...TEST_CITY, town: { ...TEST_CITY.town, state: 'DE-MV' } }),
    config: wasteConfigSchema.parse({}),
    manifest,
    db: server.db,
    log: server.log,
    contentDir: dir,
    requireRole: () => {
      throw new Error('not used by the seed');
    },
  };
}

const CALENDAR = `
tours:
  - { id: rest-fr, type: restabfall, name: Restabfall Freitag, weekday: 5, every: 1 }
  - { id: papier, type: papier, name: Papier, weekday: 1, every: 4, offset: 3 }
  - { id: baeume, type: weihnachtsbaeume, name: Weihnachtsbäume, weekday: 6, month: 1, week: 2 }
collections:
  mitte: [rest-fr, papier, baeume]
streets:
  - { name: Lange Straße, collection: mitte }
  - { name: Bahnhofstraße, houses: 1-49, collection: mitte }
areas:
  - { name: Granzin, collection: mitte }
`;

const count = async (table: string) =>
  (await server.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]?.n;

describe.each(testDatabases())('seedWaste on %s', (database) => {
  beforeAll(async () => {
    server = await createTestServer({ modules: [waste], database });
  });
  afterAll(async () => {
    await server?.close();
  });
  beforeEach(async () => {
    await server.db.query(
      'DELETE FROM waste_tours; DELETE FROM waste_locations; DELETE FROM waste_state',
    );
    dir = await mkdtemp(join(tmpdir(), 'waste-seed-'));
    return () => rm(dir, { recursive: true, force: true });
  });

  it('creates locations, tours and sample pickups for this year and the next, marked as samples', async () => {
    await writeFile(join(dir, 'calendar.yaml'), CALENDAR);
    await seedWaste(context(), '2026-12-05');

    const summary = (await (await server.request('/api/waste')).json()) as CalendarSummary;
    expect(summary).toMatchObject({ sample: true, locations: 3 });
    expect(summary.firstDate?.slice(0, 4)).toBe('2026');
    expect(summary.lastDate?.slice(0, 4)).toBe('2027');

    const { rows: split } = await server.db.query(
      `SELECT name, kind, house_from, house_to FROM waste_locations ORDER BY name`,
    );
    expect(split).toEqual([
      { name: 'Bahnhofstraße', kind: 'street', house_from: 1, house_to: 49 },
      { name: 'Granzin', kind: 'area', house_from: null, house_to: null },
      { name: 'Lange Straße', kind: 'street', house_from: null, house_to: null },
    ]);
    const { rows: trees } = await server.db.query<{ date: string }>(
      `SELECT to_char(p.date, 'YYYY-MM-DD') AS date FROM waste_pickups p
         JOIN waste_tours t ON t.id = p.tour_id WHERE t.type_id = 'weihnachtsbaeume' ORDER BY 1`,
    );
    expect(trees.map((r) => r.date)).toEqual(['2026-01-10', '2027-01-09']);
    expect(await count('waste_location_tours')).toBe(9);
  });

  it('moves a pickup off a public holiday of the town’s state and says why', async () => {
    await writeFile(join(dir, 'calendar.yaml'), CALENDAR);
    await seedWaste(context(), '2027-01-20');
    const { rows } = await server.db.query(
      `SELECT to_char(p.date, 'YYYY-MM-DD') AS date, to_char(planned_date, 'YYYY-MM-DD') AS planned,
              reason, origin
         FROM waste_pickups p JOIN waste_tours t ON t.id = p.tour_id
        WHERE t.type_id = 'restabfall' AND planned_date IS NOT NULL AND p.date < '2028-01-01'
        ORDER BY p.date`,
    );
    // Fridays of 2027 on a holiday in MV: Neujahr and Karfreitag.
    expect(rows).toEqual([
      { date: '2027-01-02', planned: '2027-01-01', reason: 'holiday', origin: 'seed' },
      { date: '2027-03-27', planned: '2027-03-26', reason: 'holiday', origin: 'seed' },
    ]);
  });

  it('adds nothing when it runs again, and leaves a calendar that already has dates', async () => {
    await writeFile(join(dir, 'calendar.yaml'), CALENDAR);
    await seedWaste(context(), '2026-12-05');
    const before = [
      await count('waste_locations'),
      await count('waste_tours'),
      await count('waste_pickups'),
    ];
    await seedWaste(context(), '2026-12-05');
    expect([
      await count('waste_locations'),
      await count('waste_tours'),
      await count('waste_pickups'),
    ]).toEqual(before);
  });

  it('does nothing without a starting calendar', async () => {
    await seedWaste(context(), '2026-12-05');
    await seedWaste({ ...context(), contentDir: undefined }, '2026-12-05');
    expect(await count('waste_tours')).toBe(0);
    const summary = (await (await server.request('/api/waste')).json()) as CalendarSummary;
    expect(summary.sample).toBe(false);
  });

  it('refuses a broken file before writing anything', async () => {
    await writeFile(
      join(dir, 'calendar.yaml'),
      CALENDAR.replace('[rest-fr, papier, baeume]', '[rest-fr, papier, glas]'),
    );
    const error = await seedWaste(context(), '2026-12-05').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CityAppError);
    expect((error as CityAppError).field).toBe('collections.mitte.2');
    expect([await count('waste_locations'), await count('waste_tours')]).toEqual([0, 0]);
  });
});

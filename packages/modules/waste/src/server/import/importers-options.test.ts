import type { CityAppError } from '@city-app/core';
import type { ImportFile, ModuleServerContext } from '@city-app/server';
import { createTestServer, type TestServer } from '@city-app/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type WasteConfig, wasteConfigSchema } from '../../config.js';
import { searchKey } from '../../location/search-key.js';
import waste from '../index.js';
import { icsFile } from './testing/files.js';

// `city-app import waste <file> --location "…"` and a file read from its bytes.
let server: TestServer;
let ctx: ModuleServerContext<WasteConfig>;
const ids: Record<string, number> = {};

/** How many pickups the street (part) has, by its id. */
const pickupsAt = async (id: number | undefined) =>
  (
    await server.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM waste_pickups p
        JOIN waste_location_tours lt ON lt.tour_id = p.tour_id WHERE lt.location_id = $1`,
      [id],
    )
  ).rows[0]?.n;

const ics = (date: string) => icsFile([{ label: 'Restmüll', date }]);
const run = (file: Partial<ImportFile> & { text: string }) => {
  const importer = waste.importers?.ics;
  if (!importer) throw new Error('waste declares no ics importer');
  return importer.run({ name: 'Abfuhr_2027.ics', dryRun: false, ...file }, ctx);
};

beforeAll(async () => {
  server = await createTestServer({ modules: [waste] });
  ctx = {
    city: { timezone: 'Europe/Berlin' },
    config: wasteConfigSchema.parse({}),
    manifest: waste.manifest,
    db: server.db,
    log: { info() {}, warn() {}, error() {} },
    requireRole: () => {
      throw new Error('importers do not serve requests');
    },
  } as unknown as ModuleServerContext<WasteConfig>;
  // A street split between two tours, and a whole one.
  for (const [name, from, to, parity] of [
    ['Bahnhofstraße', 1, 19, 'odd'],
    ['Bahnhofstraße', 2, 20, 'even'],
    ['Mühlenweg', null, null, 'all'],
  ] as const) {
    const { rows } = await server.db.query<{ id: number }>(
      `INSERT INTO waste_locations (name, search_key, house_from, house_to, house_parity)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [name, searchKey(name), from, to, parity],
    );
    ids[`${name} ${parity}`] = rows[0]?.id as number;
  }
});
afterAll(() => server?.close());

describe('--location of a per-street file', () => {
  it('is declared by the per-street formats only', () => {
    expect(waste.importers?.ics?.options?.map((o) => o.name)).toEqual(['location']);
    expect(waste.importers?.sva?.options?.map((o) => o.name)).toEqual(['location']);
    expect(waste.importers?.csv?.options).toEqual([]);
  });

  it("puts the file on the street it names, as residents type it, not on the file's name", async () => {
    expect(
      await run({ text: ics('2027-01-05'), options: { location: 'muehlenweg' } }),
    ).toMatchObject({ created: 1 });
    expect(await pickupsAt(ids['Mühlenweg all'])).toBe(1);
    const { rows } = await server.db.query(
      "SELECT 1 FROM waste_locations WHERE name LIKE 'Abfuhr%'",
    );
    expect(rows).toEqual([]);
  });

  it('names one part of a split street by the label the app shows, in de or en', async () => {
    await run({ text: ics('2027-01-06'), options: { location: 'Bahnhofstr. 1-19 (ungerade)' } });
    expect(await pickupsAt(ids['Bahnhofstraße odd'])).toBe(1);
    await run({ text: ics('2027-01-07'), options: { location: 'Bahnhofstraße, 2–20 (even)' } });
    expect(await pickupsAt(ids['Bahnhofstraße even'])).toBe(1);
  });

  it('refuses a name that fits several parts, listing them, and writes nothing', async () => {
    const before = await pickupsAt(ids['Bahnhofstraße odd']);
    await expect(
      run({ text: ics('2027-02-03'), options: { location: 'Bahnhofstraße' } }),
    ).rejects.toMatchObject({
      code: 'waste_import_location_ambiguous',
      field: '--location',
      message:
        '"Bahnhofstraße" matches 2 streets or parts of streets: „Bahnhofstraße, 1–19 (odd)“, „Bahnhofstraße, 2–20 (even)“.',
    });
    expect(await pickupsAt(ids['Bahnhofstraße odd'])).toBe(before);
  });

  it('refuses a street the town does not have, with the similar ones', async () => {
    await expect(
      run({ text: ics('2027-02-03'), options: { location: 'Bahnhofstraße 30' } }),
    ).rejects.toMatchObject({
      code: 'waste_import_location_unknown',
      message: expect.stringContaining('Similar: „Bahnhofstraße, 1–19 (odd)“'),
    });
    const error = await run({ text: ics('2027-02-03'), options: { location: 'Gartenweg' } }).catch(
      (e: CityAppError) => e,
    );
    expect((error as CityAppError).toJSON('de').message).toBe(
      'Keine Straße und kein Gebiet heißt „Gartenweg“. Ähnlich: —.',
    );
  });
});

describe('a file read from its bytes', () => {
  it('reads an ISO-8859-1 calendar the text of which arrived broken', async () => {
    const text = icsFile([{ label: 'Restmüll', date: '2027-03-02' }]);
    const latin1 = Buffer.from(text, 'latin1');
    const summary = await run({
      name: 'Mühlenweg.ics',
      // What a UTF-8 decoder makes of it: the ü is lost.
      text: new TextDecoder().decode(latin1),
      bytes: latin1,
      dryRun: true,
    });
    expect(summary).toMatchObject({ created: 1, skipped: [] });
  });

  it('still reads the text alone, as importers were called before', async () => {
    const summary = await run({ name: 'Mühlenweg.ics', text: ics('2027-03-03'), dryRun: true });
    expect(summary).toMatchObject({ created: 1, skipped: [] });
  });
});

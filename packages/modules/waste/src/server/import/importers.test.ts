import type { ModuleServerContext } from '@city-app/server';
import { createTestServer, type TestServer } from '@city-app/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type WasteConfig, wasteConfigSchema } from '../../config.js';
import waste from '../index.js';
import { locationFromFileName } from './importers.js';
import { csvFile, icsFile } from './testing/files.js';

let server: TestServer;
let ctx: ModuleServerContext<WasteConfig>;
const count = async () =>
  (await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM waste_pickups')).rows[0]?.n;

beforeAll(async () => {
  server = await createTestServer({ modules: [waste] });
  // What `city-app import` hands an importer: the town, the module's options and the database.
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
});
afterAll(() => server?.close());

describe('city-app import waste', () => {
  it('declares ics, csv and sva, with the endings the command picks them by', () => {
    expect(Object.keys(waste.importers ?? {})).toEqual(['ics', 'csv', 'sva']);
    expect(waste.importers?.ics?.extensions).toContain('.ics');
    expect(waste.importers?.csv?.extensions).toContain('.csv');
  });

  it('reads a CSV; a dry run counts and writes nothing; again it changes nothing', async () => {
    const csv = waste.importers?.csv;
    const text = csvFile([
      ['Bahnhofstraße', 'Papier', '2027-01-12'],
      ['Bahnhofstraße', 'Sperrmüll', '2027-01-13'],
    ]);
    const dry = await csv?.run({ name: 'kreis.csv', text, dryRun: true }, ctx);
    expect(dry).toMatchObject({ created: 1, changed: 0, unchanged: 0 });
    // Why, in both languages: `city-app import` prints the town's.
    expect(dry?.skipped[0]).toEqual({
      item: 'Sperrmüll',
      reason: {
        de: '1 Termin: Diesem Text ist keine Abfallart zugeordnet (ordnen Sie ihn zu, dann importieren Sie erneut)',
        en: '1 pickup: no waste type is mapped to this text (map it, then import again)',
      },
    });
    expect(await count()).toBe(0);
    expect(await csv?.run({ name: 'kreis.csv', text, dryRun: false }, ctx)).toMatchObject({
      created: 1,
    });
    expect(await csv?.run({ name: 'kreis.csv', text, dryRun: false }, ctx)).toMatchObject({
      created: 0,
      unchanged: 1,
    });
  });

  it('puts a per-street calendar on the street its file is named after', async () => {
    const plan = await waste.importers?.ics?.run(
      {
        name: 'Lange_Straße.ics',
        text: icsFile([
          { label: 'Restmüll', date: '2027-01-05' },
          { label: 'Restmüll', date: '2027-01-19' },
        ]),
        dryRun: false,
      },
      ctx,
    );
    expect(plan).toMatchObject({ created: 2 });
    const { rows } = await server.db.query<{ name: string }>(
      "SELECT name FROM waste_locations WHERE name = 'Lange Straße'",
    );
    expect(rows).toHaveLength(1);
    expect(locationFromFileName('Dr.-Raber-Str.ics')).toEqual({
      kind: 'street',
      name: 'Dr.-Raber-Str',
    });
  });

  it('refuses a broken file with a catalogue error and imports nothing of it', async () => {
    const before = await count();
    await expect(
      waste.importers?.csv?.run(
        { name: 'kaputt.csv', text: 'Gasse;Sorte\r\nNeue Straße;Papier', dryRun: false },
        ctx,
      ),
    ).rejects.toMatchObject({
      code: 'waste_invalid_file',
      message: expect.stringContaining('no recognisable header'),
    });
    expect(await count()).toBe(before);
  });
});

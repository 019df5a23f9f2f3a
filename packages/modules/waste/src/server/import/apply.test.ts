import type { Queryable } from '@city-app/server';
import { createTestServer, type TestServer } from '@city-app/server/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_WASTE_TYPES } from '../../types/waste-type.js';
import waste from '../index.js';
import { isSample, setSample } from '../state.js';
import { runImport } from './apply.js';
import type { ImportRequest } from './plan.js';
import { calendar, pickups, street } from './test-calendar.js';

// A switch that makes recording the changes fail: the last write of an import.
const failRecording = vi.hoisted(() => ({ on: false }));
vi.mock('../changes/record.js', async (original) => {
  const real = await original<typeof import('../changes/record.js')>();
  return {
    ...real,
    recordChanges: async (tx: Queryable, changes: Parameters<typeof real.recordChanges>[1]) => {
      if (failRecording.on) throw new Error('the disk is full');
      return real.recordChanges(tx, changes);
    },
  };
});

let server: TestServer;
const types = DEFAULT_WASTE_TYPES;
const run = (request: Omit<ImportRequest, 'format' | 'language'> & { dryRun?: boolean }) =>
  runImport(server.db, types, {
    format: 'csv',
    language: 'de',
    source: 'test',
    dryRun: false,
    ...request,
  });
const count = async (table: string) =>
  (await server.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]?.n;
const datesOf = async (name: string, typeId: string) =>
  (
    await server.db.query<{ date: string; status: string }>(
      `SELECT to_char(p.date, 'YYYY-MM-DD') AS date, p.status FROM waste_pickups p
         JOIN waste_location_tours lt ON lt.tour_id = p.tour_id AND lt.type_id = $2
         JOIN waste_locations l ON l.id = lt.location_id
        WHERE l.name = $1 ORDER BY p.date`,
      [name, typeId],
    )
  ).rows.map((r) => (r.status === 'cancelled' ? `${r.date} abgesagt` : r.date));

const PAPER = ['2027-01-12', '2027-02-09', '2027-03-09'];
const bahnhof = street('Bahnhofstraße');
const lange = street('Lange Straße');

beforeAll(async () => {
  server = await createTestServer({ modules: [waste] });
});
afterAll(() => server?.close());
beforeEach(async () => {
  failRecording.on = false;
  await server.db.query(
    'TRUNCATE waste_locations, waste_tours, waste_changes, waste_mappings, waste_state CASCADE',
  );
});

describe('importing a calendar', () => {
  it('creates streets, shares one tour between streets on the same round, clears the samples', async () => {
    await setSample(server.db, true);
    const plan = await run({
      calendar: calendar(
        pickups(bahnhof, 'Papier', PAPER),
        pickups(lange, 'Blaue Tonne', PAPER),
        pickups(bahnhof, 'Restmüll', ['2027-01-05', '2027-01-19']),
        pickups(lange, 'Restmüll', ['2027-01-06', '2027-01-20']),
      ),
    });
    expect(plan).toMatchObject({
      dryRun: false,
      range: { from: '2027-01-05', to: '2027-03-09' },
      locations: { added: 2, matched: 0 },
      pickups: { added: 7, removed: 0, moved: 0, cancelled: 0, unchanged: 0 },
      unmapped: [],
    });
    expect(await count('waste_tours')).toBe(3);
    const { rows } = await server.db.query<{ name: string }>(
      "SELECT name FROM waste_tours WHERE type_id = 'papier'",
    );
    expect(rows.map((r) => r.name)).toEqual(['Papier/Pappe – Bahnhofstraße']);
    expect(await datesOf('Lange Straße', 'papier')).toEqual(PAPER);
    expect(await isSample(server.db)).toBe(false);
    const origins = await server.db.query<{ origin: string }>(
      'SELECT DISTINCT origin FROM waste_pickups',
    );
    expect(origins.rows).toEqual([{ origin: 'import:test' }]);
    // Replacing sample dates is no news for residents.
    expect(await count('waste_changes')).toBe(0);

    // The same file again changes nothing.
    const again = await run({
      calendar: calendar(pickups(bahnhof, 'Papier', PAPER), pickups(lange, 'Papier', PAPER)),
    });
    expect(again.locations).toEqual({ added: 0, matched: 2 });
    // Counted per tour: both streets share the three dates.
    expect(again.pickups).toMatchObject({ added: 0, removed: 0, unchanged: 3 });
  });

  it('tells added, removed, moved and cancelled dates apart and records each change', async () => {
    await run({
      calendar: calendar(
        pickups(bahnhof, 'Papier', [
          '2026-12-28',
          '2027-01-04',
          '2027-02-01',
          '2027-03-01',
          '2027-04-05',
        ]),
      ),
    });
    // The first import's dates are recorded too (the calendar was no sample); start afresh.
    expect(await count('waste_changes')).toBe(5);
    await server.db.query('DELETE FROM waste_changes');
    const plan = await run({
      calendar: calendar(
        // 01-04 moved to 01-05 (holiday shift), 02-01 removed, 03-01 cancelled, 03-15 added
        pickups(
          bahnhof,
          'Papier',
          ['2026-12-28', '2027-01-05', '2027-03-15', '2027-04-05'],
          ['2027-03-01'],
        ),
      ),
    });
    expect(plan.pickups).toEqual({ added: 1, removed: 1, moved: 1, cancelled: 1, unchanged: 2 });
    expect(plan.changes).toEqual([
      {
        location: 'Bahnhofstraße',
        typeId: 'papier',
        kind: 'added',
        oldDate: null,
        newDate: '2027-03-15',
      },
      {
        location: 'Bahnhofstraße',
        typeId: 'papier',
        kind: 'removed',
        oldDate: '2027-02-01',
        newDate: null,
      },
      {
        location: 'Bahnhofstraße',
        typeId: 'papier',
        kind: 'moved',
        oldDate: '2027-01-04',
        newDate: '2027-01-05',
      },
      {
        location: 'Bahnhofstraße',
        typeId: 'papier',
        kind: 'cancelled',
        oldDate: '2027-03-01',
        newDate: null,
      },
    ]);
    expect(await datesOf('Bahnhofstraße', 'papier')).toEqual([
      '2026-12-28',
      '2027-01-05',
      '2027-03-01 abgesagt',
      '2027-03-15',
      '2027-04-05',
    ]);
    const moved = await server.db.query<{ planned: string }>(
      "SELECT to_char(planned_date, 'YYYY-MM-DD') AS planned FROM waste_pickups WHERE date = '2027-01-05'",
    );
    expect(moved.rows).toEqual([{ planned: '2027-01-04' }]);
    const { rows } = await server.db.query<{ old: string | null; new: string | null }>(
      `SELECT to_char(old_date, 'YYYY-MM-DD') AS old, to_char(new_date, 'YYYY-MM-DD') AS new
         FROM waste_changes ORDER BY coalesce(old_date, new_date)`,
    );
    expect(rows).toEqual([
      { old: '2027-01-04', new: '2027-01-05' },
      { old: '2027-02-01', new: null },
      { old: '2027-03-01', new: null },
      { old: null, new: '2027-03-15' },
    ]);
  });

  it('replaces pickups only within the file’s range', async () => {
    await run({
      calendar: calendar(
        pickups(bahnhof, 'Papier', ['2026-12-01', '2027-01-05', '2027-02-02', '2027-12-07']),
      ),
    });
    const plan = await run({
      calendar: calendar(pickups(bahnhof, 'Papier', ['2027-01-19', '2027-06-01'])),
    });
    expect(plan.range).toEqual({ from: '2027-01-19', to: '2027-06-01' });
    expect(await datesOf('Bahnhofstraße', 'papier')).toEqual([
      '2026-12-01',
      '2027-01-05',
      '2027-01-19',
      '2027-06-01',
      '2027-12-07',
    ]);
    // 2027-02-02 is two weeks from 2027-01-19: removed and added, not moved.
    expect(plan.pickups).toMatchObject({ added: 2, removed: 1, moved: 0 });
  });

  it('moves a street to another tour when the file splits a shared round', async () => {
    await run({
      calendar: calendar(pickups(bahnhof, 'Papier', PAPER), pickups(lange, 'Papier', PAPER)),
    });
    const other = ['2027-01-26', '2027-02-23'];
    const plan = await run({
      calendar: calendar(pickups(bahnhof, 'Papier', PAPER), pickups(lange, 'Papier', other)),
    });
    expect(await datesOf('Bahnhofstraße', 'papier')).toEqual(PAPER);
    expect(await datesOf('Lange Straße', 'papier')).toEqual(other);
    expect(await count('waste_tours')).toBe(2);
    expect(plan.pickups.added).toBe(2);
  });

  it('in a dry run plans the same and writes nothing', async () => {
    await run({ calendar: calendar(pickups(bahnhof, 'Papier', PAPER)) });
    const file = calendar(pickups(bahnhof, 'Papier', ['2027-01-13']), pickups(lange, 'Bio', PAPER));
    const before = await Promise.all(
      ['waste_locations', 'waste_tours', 'waste_pickups', 'waste_changes'].map(count),
    );
    const dry = await run({ calendar: file, dryRun: true });
    expect(
      await Promise.all(
        ['waste_locations', 'waste_tours', 'waste_pickups', 'waste_changes'].map(count),
      ),
    ).toEqual(before);
    const real = await run({ calendar: file });
    expect({ ...dry, dryRun: false }).toEqual(real);
  });

  it('leaves nothing behind when a write fails half-way', async () => {
    await run({ calendar: calendar(pickups(bahnhof, 'Papier', PAPER)) });
    const before = await Promise.all(
      ['waste_locations', 'waste_tours', 'waste_location_tours', 'waste_pickups'].map(count),
    );
    failRecording.on = true;
    await expect(
      run({
        calendar: calendar(
          pickups(bahnhof, 'Papier', ['2027-01-13']),
          pickups(lange, 'Bio', PAPER),
        ),
      }),
    ).rejects.toThrow('the disk is full');
    expect(
      await Promise.all(
        ['waste_locations', 'waste_tours', 'waste_location_tours', 'waste_pickups'].map(count),
      ),
    ).toEqual(before);
    expect(await datesOf('Bahnhofstraße', 'papier')).toEqual(PAPER);
  });

  it('imports nothing of a text no type is mapped to, and lists it', async () => {
    await server.db.query(
      "INSERT INTO waste_mappings (text_key, label, type_id) VALUES ('sperrmuellaufabruf', 'Sperrmüll auf Abruf', NULL)",
    );
    const plan = await run({
      calendar: calendar(
        pickups(bahnhof, 'Schadstoffmobil', ['2027-01-07', '2027-05-07']),
        pickups(bahnhof, 'Sperrmüll auf Abruf', ['2027-01-08']),
        pickups(bahnhof, 'Papier', PAPER),
      ),
    });
    expect(plan.unmapped).toEqual([{ label: 'Schadstoffmobil', count: 2 }]);
    expect(plan.pickups.added).toBe(3);
    expect(await count('waste_pickups')).toBe(3);
  });

  it('leaves the samples as they were when nothing of a file could be imported', async () => {
    await run({ calendar: calendar(pickups(lange, 'Papier', PAPER)) });
    await setSample(server.db, true);
    const plan = await run({ calendar: calendar(pickups(bahnhof, 'Schadstoffmobil', PAPER)) });
    expect(plan.pickups.added).toBe(0);
    expect(await isSample(server.db)).toBe(true);
    expect(await datesOf('Lange Straße', 'papier')).toEqual(PAPER);
  });

  it('replaces every sample date with the first import, not only those of its streets', async () => {
    // The starting calendar: two streets on sample rounds.
    await run({
      calendar: calendar(
        pickups(bahnhof, 'Restmüll', ['2027-01-05', '2027-01-19']),
        pickups(lange, 'Restmüll', ['2027-01-06', '2027-01-20']),
      ),
    });
    await setSample(server.db, true);
    const file = calendar(pickups(bahnhof, 'Restmüll', ['2027-01-07']));

    // The dry run shows the import as it will be, and changes nothing.
    const dry = await run({ calendar: file, dryRun: true });
    expect(dry).toMatchObject({ dryRun: true, locations: { matched: 1 }, pickups: { added: 1 } });
    expect(await datesOf('Lange Straße', 'restabfall')).toEqual(['2027-01-06', '2027-01-20']);
    expect(await isSample(server.db)).toBe(true);

    await run({ calendar: file });
    expect(await datesOf('Bahnhofstraße', 'restabfall')).toEqual(['2027-01-07']);
    // No made-up date is left looking real; the street itself stays.
    expect(await datesOf('Lange Straße', 'restabfall')).toEqual([]);
    expect(await count('waste_locations')).toBe(2);
    expect(await isSample(server.db)).toBe(false);
    expect(await count('waste_changes')).toBe(0);
  });

  it('warns when a file gives one street two rounds of one type, and merges them', async () => {
    const plan = await run({
      language: 'en',
      calendar: calendar(
        pickups(bahnhof, 'Papier', ['2027-01-12']),
        pickups(bahnhof, 'Altpapier', ['2027-01-26']),
      ),
    } as never);
    expect(plan.warnings).toHaveLength(1);
    expect(plan.warnings[0]?.message).toContain('several rounds of Paper and cardboard');
    expect(await datesOf('Bahnhofstraße', 'papier')).toEqual(['2027-01-12', '2027-01-26']);
  });

  it('puts a per-street file on the street it is for, and refuses one without', async () => {
    const file = calendar(pickups(null, 'Gelber Sack', ['2027-01-15']));
    await expect(run({ calendar: file })).rejects.toMatchObject({
      code: 'waste_import_location_required',
    });
    const first = await run({
      calendar: file,
      target: { location: { kind: 'area', name: 'Granzin', district: 'Hagenow' } },
    });
    expect(first.locations).toEqual({ added: 1, matched: 0 });
    const { rows } = await server.db.query<{ id: number }>('SELECT id FROM waste_locations');
    const second = await run({
      calendar: calendar(pickups(null, 'Gelber Sack', ['2027-01-15', '2027-01-29'])),
      target: { locationId: rows[0]?.id as number },
    });
    expect(second).toMatchObject({ locations: { added: 0, matched: 1 }, pickups: { added: 1 } });
    await expect(run({ calendar: file, target: { locationId: 999999 } })).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});

import { bookingMigrations } from '@city-app/booking';
import { defineModule, type ModuleManifest } from '@city-app/core';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createCityServer } from '../create-city-server/index.js';
import type { KernelDatabase } from '../database/engine.js';
import { kernelMigrations } from '../database/kernel-migrations.js';
import { migrationChecksum, runMigrations } from '../database/migrate.js';
import { openKernelDatabase } from '../database/open.js';
import { defineServerModule, type Migration, type ServerModule } from '../module.js';
import {
  createTestPostgresDatabase,
  createTestServer,
  memoryLogger,
  TEST_CITY,
  testDatabases,
} from '../testing.js';

/** A module on the booking core whose own table points at booking's: it needs them first. */
function bookingModule(id: string, migrations?: Migration[]): ServerModule {
  return defineServerModule({
    manifest: defineModule({
      id,
      title: { de: id, en: id },
      description: { de: 'Bucht etwas', en: 'Books something' },
      field: 'education',
      personalData: [],
      configSchema: z.object({}),
      messages: { de: {}, en: {} },
      uses: ['booking', 'notify'],
    }),
    migrations: migrations ?? [
      {
        id: '001_extras',
        up: `create table ${id.replace('-', '_')}_extras (resource_id text primary key references booking_resources (id))`,
      },
    ],
  });
}

const closing: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closing.splice(0).reverse()) await close();
});

async function openDatabase(database: 'pglite' | 'postgres'): Promise<KernelDatabase> {
  const postgres = database === 'postgres' ? await createTestPostgresDatabase() : undefined;
  const db = await openKernelDatabase({ url: postgres?.url, dataDir: 'memory://' });
  closing.push(async () => {
    await db.close();
    await postgres?.drop();
  });
  return db;
}

async function startOn(db: KernelDatabase, modules: ServerModule[]) {
  const log = memoryLogger();
  const server = await createCityServer(
    { ...TEST_CITY, modules: Object.fromEntries(modules.map((m) => [m.manifest.id, {}])) },
    { modules, database: db, env: {}, log, webRoot: false },
  );
  closing.push(() => server.close());
  return { server, log };
}

async function records(db: KernelDatabase, module: string) {
  const { rows } = await db.query<{ id: string; checksum: string }>(
    'select id, checksum from city_app_migrations where module = $1 order by id',
    [module],
  );
  return rows;
}

async function tableExists(db: KernelDatabase, name: string): Promise<boolean> {
  const { rows } = await db.query<{ found: string | null }>('select to_regclass($1) as found', [
    name,
  ]);
  return rows[0]?.found != null;
}

describe.each(testDatabases())('capabilities on %s', (database) => {
  it('sets up the booking tables once, before two modules that both use them', async () => {
    const db = await openDatabase(database);
    const { log } = await startOn(db, [bookingModule('rooms'), bookingModule('courses')]);
    expect((await records(db, 'kernel.booking')).map((r) => r.id)).toEqual(
      bookingMigrations.map((m) => m.id),
    );
    const applied = log.lines.filter((e) => e.message === 'Migration applied');
    const bookingRuns = applied.filter((e) => e.details?.module === 'kernel.booking');
    expect(bookingRuns).toHaveLength(bookingMigrations.length);
    // Neither module recorded booking's migrations as its own, and both own tables exist.
    expect((await records(db, 'rooms')).map((r) => r.id)).toEqual(['001_extras']);
    expect((await records(db, 'courses')).map((r) => r.id)).toEqual(['001_extras']);
    expect(await tableExists(db, 'courses_extras')).toBe(true);

    // A second start (another process, a restart) applies nothing.
    const again = await startOn(db, [bookingModule('rooms'), bookingModule('courses')]);
    expect(again.log.lines.filter((e) => e.message === 'Migration applied')).toEqual([]);
  });

  it('takes over the booking tables a module set up itself before, without running them again', async () => {
    const db = await openDatabase(database);
    // The database as the experiment space left it: booking's migrations as its own `000_booking_*`.
    const embedded = bookingMigrations.map((m) => ({ id: `000_booking_${m.id}`, up: m.up }));
    const own: Migration = {
      id: '001_space',
      up: 'create table space_extras (resource_id text primary key references booking_resources (id))',
    };
    await runMigrations(
      db,
      [
        { module: 'kernel', migrations: kernelMigrations },
        { module: 'space', migrations: [...embedded, own] },
      ],
      memoryLogger(),
    );
    await db.query(
      `insert into booking_resources (id, kind, name) values ('kamera', 'exclusive', '{"de":"Kamera"}')`,
    );

    const { log } = await startOn(db, [bookingModule('space', [own]), bookingModule('rooms')]);

    expect(await records(db, 'kernel.booking')).toEqual(
      bookingMigrations.map((m) => ({ id: m.id, checksum: migrationChecksum(m) })),
    );
    const taken = log.lines.filter((e) => e.message === 'Migration taken over');
    expect(taken.map((e) => e.details?.migration)).toEqual(bookingMigrations.map((m) => m.id));
    // Notify's tables are new to this database (it had only the kernel's); booking's are not.
    const applied = log.lines.filter(
      (e) => e.message === 'Migration applied' && e.details?.module !== 'kernel.notify',
    );
    expect(applied.map((e) => `${e.details?.module} ${e.details?.migration}`)).toEqual([
      'rooms 001_extras',
    ]);
    // The data stayed, and the old records too (an older version of the module still starts).
    const { rows } = await db.query<{ id: string }>('select id from booking_resources');
    expect(rows).toEqual([{ id: 'kamera' }]);
    expect(await records(db, 'space')).toHaveLength(embedded.length + 1);

    // Started again, nothing is taken over or applied twice.
    const again = await startOn(db, [bookingModule('space', [own])]);
    const messages = again.log.lines.map((e) => e.message);
    expect(messages).not.toContain('Migration taken over');
    expect(messages).not.toContain('Migration applied');
  });
});

describe('capabilities', () => {
  it('leave the booking tables out of a town whose modules do not use them', async () => {
    const plain = defineServerModule({
      manifest: { ...bookingModule('notices').manifest, uses: ['notify'] },
    });
    const t = await createTestServer({ modules: [plain] });
    try {
      const { rows } = await t.db.query<{ found: string | null }>(
        "select to_regclass('booking_resources') as found",
      );
      expect(rows[0]?.found).toBeNull();
    } finally {
      await t.close();
    }
  });

  it('stop the start when a module names a core this server does not have', async () => {
    // As a module built against another version of the contract would declare it.
    const manifest = {
      ...bookingModule('parking').manifest,
      uses: ['parking-core'],
    } as unknown as ModuleManifest;
    const start = createTestServer({ modules: [{ manifest }] });
    await expect(start).rejects.toMatchObject({
      code: 'unknown_capability',
      field: 'modules.parking',
      message: expect.stringContaining('"parking-core"'),
    });
  });
});

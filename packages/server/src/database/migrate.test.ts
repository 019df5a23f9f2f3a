import { notifyMigrations } from '@city-app/notify';
import { afterEach, describe, expect, it } from 'vitest';
import { createCityServer } from '../create-city-server/index.js';
import notices from '../fixtures/notices-module.js';
import type { Migration } from '../module.js';
import { createTestPostgresDatabase, memoryLogger, TEST_CITY } from '../testing.js';
import type { KernelDatabase } from './engine.js';
import { kernelMigrations } from './kernel-migrations.js';
import { type MigrationPlan, runMigrations } from './migrate.js';
import { openKernelDatabase } from './open.js';

const log = memoryLogger();
const open: KernelDatabase[] = [];
async function memoryDb(): Promise<KernelDatabase> {
  const db = await openKernelDatabase({ dataDir: 'memory://' });
  open.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.close()));
});

const parking: Migration[] = [
  { id: '002_spaces', up: 'alter table lots add column spaces int not null default 0;' },
  {
    id: '001_lots',
    up: 'create table lots (id text primary key); create index lots_id on lots (id);',
  },
];

describe('runMigrations (PGlite)', () => {
  it('applies modules in the given order, each by id, and records them', async () => {
    const db = await memoryDb();
    const seen: string[] = [];
    const plans: MigrationPlan[] = [
      { module: 'parking', migrations: parking },
      {
        module: 'rides',
        migrations: [
          {
            id: '001',
            up: async (tx) => {
              seen.push('rides');
              await tx.query('create table rides (lot text references lots(id))');
            },
          },
        ],
      },
    ];
    const report = await runMigrations(db, plans, log);
    expect(report.applied).toEqual([
      { module: 'parking', id: '001_lots' },
      { module: 'parking', id: '002_spaces' },
      { module: 'rides', id: '001' },
    ]);
    const { rows } = await db.query(
      'select module, id, checksum from city_app_migrations order by applied_at, module, id',
    );
    expect(rows).toHaveLength(3);
    expect(rows[2]).toMatchObject({ module: 'rides', checksum: 'function' });
    expect(seen).toEqual(['rides']);
  });

  it('is safe to run twice', async () => {
    const db = await memoryDb();
    await runMigrations(db, [{ module: 'parking', migrations: parking }], log);
    const again = await runMigrations(db, [{ module: 'parking', migrations: parking }], log);
    expect(again.applied).toEqual([]);
  });

  it('refuses an applied migration whose SQL changed, saying so', async () => {
    const db = await memoryDb();
    await runMigrations(db, [{ module: 'parking', migrations: parking }], log);
    const changed = [
      { ...parking[1], up: 'create table lots (id text primary key, name text);' } as Migration,
    ];
    await expect(
      runMigrations(db, [{ module: 'parking', migrations: changed }], log),
    ).rejects.toMatchObject({
      code: 'migration_changed',
      message: expect.stringContaining(
        'Migration "001_lots" of module "parking" was already applied, but its SQL has changed',
      ),
    });
  });

  it('rolls a failing migration back whole, with its record', async () => {
    const db = await memoryDb();
    const broken: Migration[] = [
      { id: '001', up: 'create table half (id int); insert into nowhere values (1);' },
    ];
    await expect(
      runMigrations(db, [{ module: 'broken', migrations: broken }], log),
    ).rejects.toMatchObject({
      code: 'migration_failed',
      message: expect.stringContaining('Migration "001" of module "broken" failed'),
    });
    expect((await db.query("select to_regclass('half') as t")).rows).toEqual([{ t: null }]);
    expect(
      (await db.query("select 1 from city_app_migrations where module = 'broken'")).rows,
    ).toEqual([]);
  });

  it('seeds once, right after the first migrations, and again only if the seed failed', async () => {
    const db = await memoryDb();
    let seeds = 0;
    let fail = true;
    const plan: MigrationPlan = {
      module: 'parking',
      migrations: parking,
      seed: async () => {
        seeds += 1;
        if (fail) throw new Error('content/parking/lots.json is missing');
        await db.query("insert into lots (id) values ('markt')");
      },
    };
    await expect(runMigrations(db, [plan], log)).rejects.toMatchObject({ code: 'seed_failed' });
    fail = false;
    expect((await runMigrations(db, [plan], log)).seeded).toEqual(['parking']);
    expect((await runMigrations(db, [plan], log)).seeded).toEqual([]);
    expect(seeds).toBe(2);
    expect((await db.query('select id from lots')).rows).toEqual([{ id: 'markt' }]);
  });

  it('does not seed a module that was installed before it had a seed', async () => {
    const db = await memoryDb();
    await runMigrations(db, [{ module: 'parking', migrations: parking }], log);
    let seeded = false;
    await runMigrations(
      db,
      [
        {
          module: 'parking',
          migrations: parking,
          seed: async () => {
            seeded = true;
          },
        },
      ],
      log,
    );
    expect(seeded).toBe(false);
  });
});

describe('createCityServer migrations (PGlite)', () => {
  it('runs the kernel first, then the modules, and seeds once across restarts', async () => {
    const db = await memoryDb();
    const first = await createCityServer(
      { ...TEST_CITY, modules: { notices: {} } },
      { modules: [notices], database: db, log: memoryLogger(), env: {}, webRoot: false },
    );
    const second = await createCityServer(
      { ...TEST_CITY, modules: { notices: {} } },
      { modules: [notices], database: db, log: memoryLogger(), env: {}, webRoot: false },
    );
    const { rows } = await db.query<{ module: string; id: string }>(
      'select module, id from city_app_migrations order by applied_at, id',
    );
    // The kernel, then notify's tables (run with the kernel's), then the modules.
    expect([...new Set(rows.map((r) => r.module))]).toEqual(['kernel', 'kernel.notify', 'notices']);
    expect(
      rows.filter((r) => r.module !== 'kernel.notify').map((r) => `${r.module}/${r.id}`),
    ).toEqual([
      ...kernelMigrations.map((m) => `kernel/${m.id}`),
      'notices/001_notices',
      'notices/002_index',
    ]);
    expect((await db.query('select slug from notices')).rows).toEqual([{ slug: 'willkommen' }]);
    await first.close();
    await second.close();
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL && !process.env.CI)(
  'migrations on PostgreSQL',
  () => {
    it('two servers starting at once on the same database apply each migration once', async () => {
      const database = await createTestPostgresDatabase();
      const city = { ...TEST_CITY, modules: { notices: {} } };
      const logs = [memoryLogger(), memoryLogger()];
      try {
        const servers = await Promise.all(
          logs.map((log) =>
            createCityServer(city, {
              modules: [notices],
              env: { DATABASE_URL: database.url },
              log,
              webRoot: false,
            }),
          ),
        );
        try {
          const db = servers[0]?.db as KernelDatabase;
          expect(db.kind).toBe('postgres');
          const { rows } = await db.query<{ module: string; id: string }>(
            'select module, id from city_app_migrations order by module, id',
          );
          expect(rows.map((r) => `${r.module}/${r.id}`)).toEqual([
            ...kernelMigrations.map((m) => `kernel/${m.id}`),
            ...notifyMigrations.map((m) => `kernel.notify/${m.id}`),
            'notices/001_notices',
            'notices/002_index',
          ]);
          const applied = logs.flatMap((l) =>
            l.lines.filter((line) => line.message === 'Migration applied'),
          );
          expect(applied).toHaveLength(rows.length);
          expect((await db.query('select slug from notices')).rows).toEqual([
            { slug: 'willkommen' },
          ]);
          expect((await db.query('select email from city_app_users')).rows).toEqual([
            { email: 'admin@musterstadt.invalid' },
          ]);
          expect(
            logs.flatMap((l) =>
              l.lines.filter((line) => line.message.includes('one-time password')),
            ),
          ).toHaveLength(1);
          const health = await servers[1]?.app.request('/healthz');
          expect(await health?.json()).toMatchObject({ status: 'ok', database: 'postgres' });
          // A third start finds everything applied.
          const third = await createCityServer(city, {
            modules: [notices],
            env: { DATABASE_URL: database.url },
            log: memoryLogger(),
            webRoot: false,
          });
          await third.close();
          expect(
            (await db.query('select count(*)::int as n from city_app_migrations')).rows,
          ).toEqual([{ n: rows.length }]);
        } finally {
          await Promise.all(servers.map((s) => s.close()));
        }
      } finally {
        await database.drop();
      }
    });

    it('rolls a failing migration back on PostgreSQL too', async () => {
      const database = await createTestPostgresDatabase();
      const db = await openKernelDatabase({ url: database.url });
      try {
        const broken: Migration[] = [
          { id: '001', up: 'create table half (id int); insert into nowhere values (1);' },
        ];
        await expect(
          runMigrations(db, [{ module: 'broken', migrations: broken }], log),
        ).rejects.toMatchObject({ code: 'migration_failed' });
        expect((await db.query("select to_regclass('half') as t")).rows).toEqual([{ t: null }]);
        await runMigrations(db, [{ module: 'parking', migrations: parking }], log);
        await expect(
          runMigrations(
            db,
            [{ module: 'parking', migrations: [{ ...parking[1], up: 'select 1' } as Migration] }],
            log,
          ),
        ).rejects.toMatchObject({ code: 'migration_changed' });
      } finally {
        await db.close();
        await database.drop();
      }
    });
  },
);

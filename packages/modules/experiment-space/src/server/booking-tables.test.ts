import { bookingMigrations } from '@city-app/booking';
import { createCityServer, type Database, openDatabase } from '@city-app/server';
import {
  createTestPostgresDatabase,
  memoryLogger,
  TEST_CITY,
  testDatabases,
} from '@city-app/server/testing';
import { describe, expect, it } from 'vitest';
import { TEST_CONFIG } from '../../test/setup.js';
import { createExperimentSpaceServer, type ExperimentSpaceServerModule } from './index.js';
import { migrations } from './migrations.js';

const city = { ...TEST_CITY, modules: { 'experiment-space': TEST_CONFIG } };

/** The module as it was before capabilities: booking's migrations as its own `000_booking_*`. */
function asBefore(module: ExperimentSpaceServerModule): ExperimentSpaceServerModule {
  const embedded = bookingMigrations.map((m) => ({ id: `000_booking_${m.id}`, up: m.up }));
  const { uses: _uses, ...manifest } = module.manifest;
  return { ...module, manifest, migrations: [...embedded, ...migrations] };
}

async function startAndStop(db: Database, module: ExperimentSpaceServerModule) {
  const log = memoryLogger();
  const server = await createCityServer(city, {
    modules: [module],
    database: db,
    env: {},
    log,
    webRoot: false,
  });
  const catalogue = await server.app.request('/api/experiment-space/resources');
  const { rows } = await db.query<{ n: number }>(
    'select count(*)::int as n from booking_resources',
  );
  await module.stop();
  await server.close();
  return { status: catalogue.status, resources: rows[0]?.n, log };
}

describe.each(testDatabases())(
  'the booking tables of a town that ran them as the experiment space’s, on %s',
  (database) => {
    it('are taken over by the kernel: the next start runs none again and keeps the data', async () => {
      const postgres = database === 'postgres' ? await createTestPostgresDatabase() : undefined;
      const db = await openDatabase({ url: postgres?.url, dataDir: 'memory://' });
      try {
        const before = await startAndStop(
          db,
          asBefore(createExperimentSpaceServer({ scheduledJobs: false })),
        );
        expect(before.status).toBe(200);
        expect(before.resources).toBeGreaterThan(0);

        const after = await startAndStop(db, createExperimentSpaceServer({ scheduledJobs: false }));
        expect(after.status).toBe(200);
        expect(after.resources).toBe(before.resources);
        const applied = after.log.lines.filter((l) => l.message === 'Migration applied');
        expect(applied).toEqual([]);
        const { rows } = await db.query<{ id: string }>(
          "select id from city_app_migrations where module = 'kernel.booking' order by id",
        );
        expect(rows.map((r) => r.id)).toEqual(bookingMigrations.map((m) => m.id));
      } finally {
        await db.close();
        await postgres?.drop();
      }
    });
  },
);

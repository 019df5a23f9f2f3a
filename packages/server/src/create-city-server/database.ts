import { join } from 'node:path';
import type { CityConfig } from '@city-app/core';
import { deleteExpiredSessions } from '../auth/sessions.js';
import { ensureFirstAdmin } from '../auth/users.js';
import { asKernelDatabase, type KernelDatabase } from '../database/engine.js';
import { kernelMigrations } from '../database/kernel-migrations.js';
import { type MigrationPlan, runMigrations } from '../database/migrate.js';
import { openKernelDatabase } from '../database/open.js';
import type { Database, Logger, ModuleServerContext, ServerModule } from '../module.js';
import { setUpCapabilities } from '../modules/capabilities.js';
import { notifyMigrationPlan } from '../notifications/index.js';
import { readSetting } from '../settings/settings.js';
import { contextOf } from './modules.js';
import { wholeNumberSetting } from './start-settings.js';

/**
 * The database given by the caller, else PostgreSQL at DATABASE_URL, else PGlite in
 * CITY_APP_DATA_DIR (default `<root>/.data/db`). `owned`: the server opened it and closes it.
 */
export async function openServerDatabase(options: {
  given?: Database;
  env: Record<string, string | undefined>;
  root: string;
  log: Logger;
}): Promise<{ db: KernelDatabase; owned: boolean }> {
  const { env, log } = options;
  if (options.given) return { db: asKernelDatabase(options.given), owned: false };
  const db = await openKernelDatabase({
    url: readSetting(env, 'DATABASE_URL'),
    dataDir: readSetting(env, 'CITY_APP_DATA_DIR') ?? join(options.root, '.data', 'db'),
    poolSize: wholeNumberSetting(env, 'CITY_APP_DB_POOL_SIZE'),
    log,
  });
  return { db, owned: true };
}

/** The kernel's and notify's tables, first: modules' seeds may already send. */
export async function migrateKernel(db: KernelDatabase, log: Logger): Promise<void> {
  await runMigrations(
    db,
    [{ module: 'kernel', migrations: kernelMigrations }, notifyMigrationPlan],
    log,
  );
}

/**
 * The shared cores the modules use, then each module's migrations and first-start content in the town's order, then the first
 * administrator and a sweep of sessions that ran out while the server was down.
 */
export async function migrateModules(options: {
  db: KernelDatabase;
  city: CityConfig;
  modules: readonly ServerModule[];
  contexts: ReadonlyMap<string, ModuleServerContext>;
  env: Record<string, string | undefined>;
  log: Logger;
}): Promise<void> {
  const { db, city, env, log } = options;
  const plans: MigrationPlan[] = options.modules.map((module) => {
    const ctx = contextOf(options.contexts, module);
    return {
      module: module.manifest.id,
      migrations: module.migrations ?? [],
      ...(module.seed ? { seed: () => module.seed?.(ctx) ?? Promise.resolve() } : {}),
    };
  });
  // The shared cores the modules use (booking, notify), once each, before the modules.
  await setUpCapabilities(db, options.modules, log);
  await runMigrations(db, plans, log);
  await ensureFirstAdmin(db, { city, env, log });
  await deleteExpiredSessions(db);
}

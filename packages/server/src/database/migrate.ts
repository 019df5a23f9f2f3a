import { createHash } from 'node:crypto';
import { CityAppError, cityError } from '@city-app/core';
import type { Logger, Migration } from '../module.js';
import type { DatabaseSession, KernelDatabase } from './engine.js';

/** The migrations of one module (or of the kernel), and its seed, in the town's order. */
export interface MigrationPlan {
  module: string;
  migrations: readonly Migration[];
  /** Loads starting content; runs once, after the module's first migrations. */
  seed?: () => Promise<void>;
}

export interface MigrationReport {
  applied: { module: string; id: string }[];
  seeded: string[];
}

// Any fixed number works; this one spells "city" in ASCII.
const MIGRATION_LOCK_KEY = 0x63697479;

/** Functions cannot be compared across builds (bundlers rewrite them), so only SQL is checked. */
export function migrationChecksum(migration: Migration): string {
  if (typeof migration.up !== 'string') return 'function';
  return createHash('sha256').update(migration.up).digest('hex');
}

function sortedMigrations(plan: MigrationPlan): Migration[] {
  const seen = new Set<string>();
  for (const migration of plan.migrations) {
    if (seen.has(migration.id)) {
      throw cityError('duplicate_migration', { module: plan.module, id: migration.id });
    }
    seen.add(migration.id);
  }
  return [...plan.migrations].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

async function migrateModule(
  session: DatabaseSession,
  plan: MigrationPlan,
  applied: Map<string, string>,
  report: MigrationReport,
  log: Logger,
): Promise<void> {
  const firstInstall = ![...applied.keys()].some((key) => key.startsWith(`${plan.module}\u0000`));
  let pendingSeed = false;
  for (const migration of sortedMigrations(plan)) {
    const checksum = migrationChecksum(migration);
    const known = applied.get(`${plan.module}\u0000${migration.id}`);
    if (known !== undefined) {
      if (known !== checksum && known !== 'function' && checksum !== 'function') {
        throw cityError('migration_changed', { module: plan.module, id: migration.id });
      }
      continue;
    }
    try {
      await session.transaction(async (tx) => {
        if (typeof migration.up === 'string') await tx.query(migration.up);
        else await migration.up(tx);
        await tx.query(
          'insert into city_app_migrations (module, id, checksum, applied_at) values ($1, $2, $3, now())',
          [plan.module, migration.id, checksum],
        );
        // The seed is owed from the moment the module's first migration lands.
        if (firstInstall && plan.seed && !pendingSeed) {
          await tx.query('insert into city_app_seeds (module) values ($1) on conflict do nothing', [
            plan.module,
          ]);
        }
      });
    } catch (error) {
      if (error instanceof CityAppError) throw error;
      throw cityError(
        'migration_failed',
        { module: plan.module, id: migration.id, reason: (error as Error).message },
        { cause: error },
      );
    }
    pendingSeed ||= firstInstall && Boolean(plan.seed);
    applied.set(`${plan.module}\u0000${migration.id}`, checksum);
    report.applied.push({ module: plan.module, id: migration.id });
    log.info('Migration applied', { module: plan.module, migration: migration.id });
  }
  if (!plan.seed) return;
  const { rows } = await session.query<{ seeded_at: Date | null }>(
    'select seeded_at from city_app_seeds where module = $1',
    [plan.module],
  );
  const owed = plan.migrations.length
    ? rows[0] !== undefined && rows[0].seeded_at === null
    : rows.length === 0;
  if (!owed) return;
  try {
    await plan.seed();
  } catch (error) {
    throw cityError(
      'seed_failed',
      { module: plan.module, reason: (error as Error).message },
      { cause: error },
    );
  }
  await session.query(
    `insert into city_app_seeds (module, seeded_at) values ($1, now())
     on conflict (module) do update set seeded_at = excluded.seeded_at`,
    [plan.module],
  );
  report.seeded.push(plan.module);
  log.info('Starting content loaded', { module: plan.module });
}

/**
 * Applies every migration not yet applied, module by module in the given order, each in one
 * transaction with its record. On PostgreSQL the whole run holds an advisory lock, so
 * processes that start together apply each migration once.
 */
export async function runMigrations(
  db: KernelDatabase,
  plans: readonly MigrationPlan[],
  log: Logger,
): Promise<MigrationReport> {
  return db.session(async (session) => {
    const locked = db.kind === 'postgres';
    if (locked) await session.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await session.query(`
        create table if not exists city_app_migrations (
          module text not null,
          id text not null,
          checksum text not null,
          applied_at timestamptz not null default now(),
          primary key (module, id)
        );
        create table if not exists city_app_seeds (
          module text primary key,
          seeded_at timestamptz
        );
      `);
      const { rows } = await session.query<{ module: string; id: string; checksum: string }>(
        'select module, id, checksum from city_app_migrations',
      );
      const applied = new Map(rows.map((row) => [`${row.module}\u0000${row.id}`, row.checksum]));
      const report: MigrationReport = { applied: [], seeded: [] };
      for (const plan of plans) await migrateModule(session, plan, applied, report, log);
      return report;
    } finally {
      if (locked) await session.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  });
}

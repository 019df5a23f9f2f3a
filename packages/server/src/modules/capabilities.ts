/**
 * The shared cores modules build on (`uses: ['booking', 'notify']` in a manifest). Their
 * tables belong to no module: the kernel runs each core's migrations once, under the core's
 * own name, before the modules that use it — whether one module declares it or five.
 */
import { bookingMigrations } from '@city-app/booking';
import { CAPABILITY_IDS, type Capability, cityError, isCapability } from '@city-app/core';
import type { KernelDatabase } from '../database/engine.js';
import { type MigrationPlan, runMigrations } from '../database/migrate.js';
import type { Logger, ServerModule } from '../module.js';
import { notifyMigrationPlan } from '../notifications/notifications.js';

/** Each core's migrations, recorded under a name no module id can take (ids have no dot). */
export const CORE_MIGRATIONS: Record<Capability, MigrationPlan> = {
  booking: { module: 'kernel.booking', migrations: bookingMigrations },
  // The kernel sets notify up for itself before any module; declaring it finds it done.
  notify: notifyMigrationPlan,
};

/**
 * The cores the modules use, each once, in a fixed order. A module built against another
 * version of the contract may name a core this server does not have: the start stops.
 */
export function usedCapabilities(modules: readonly ServerModule[]): Capability[] {
  const used = new Set<Capability>();
  for (const { manifest } of modules) {
    for (const capability of manifest.uses ?? []) {
      if (!isCapability(capability)) {
        throw cityError(
          'unknown_capability',
          { id: manifest.id, capability: String(capability), known: CAPABILITY_IDS.join(', ') },
          { field: `modules.${manifest.id}` },
        );
      }
      used.add(capability);
    }
  }
  return CAPABILITY_IDS.filter((capability) => used.has(capability));
}

/**
 * Before capabilities, a module carried a core's migrations itself, as `000_<core>_<id>`
 * (the experiment space did so for booking). Where such a record exists, the core's tables
 * are there: record the core's migration as applied, with the checksum it had, so it is not
 * run again and a changed core is still noticed. The module's old records stay, so an older
 * version of it still starts. Idempotent, so processes starting together may both run it.
 */
async function adoptEmbeddedMigrations(
  db: KernelDatabase,
  capability: Capability,
  plan: MigrationPlan,
  log: Logger,
): Promise<void> {
  for (const migration of plan.migrations) {
    const { rows } = await db.query<{ module: string }>(
      `insert into city_app_migrations (module, id, checksum, applied_at)
       select $1, $2, checksum, applied_at from city_app_migrations
        where id = $3 and module <> $1
        order by applied_at limit 1
       on conflict (module, id) do nothing
       returning module`,
      [plan.module, migration.id, `000_${capability}_${migration.id}`],
    );
    if (rows.length)
      log.info('Migration taken over', { module: plan.module, migration: migration.id });
  }
}

/**
 * Sets up the tables of every core the modules use, once each. Runs after the kernel's own
 * migrations (the record table exists) and before the modules' migrations and seeds.
 */
export async function setUpCapabilities(
  db: KernelDatabase,
  modules: readonly ServerModule[],
  log: Logger,
): Promise<Capability[]> {
  const used = usedCapabilities(modules);
  for (const capability of used) {
    await adoptEmbeddedMigrations(db, capability, CORE_MIGRATIONS[capability], log);
  }
  await runMigrations(
    db,
    used.map((capability) => CORE_MIGRATIONS[capability]),
    log,
  );
  return used;
}

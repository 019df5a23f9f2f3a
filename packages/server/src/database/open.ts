import { cityError } from '@city-app/core';
import type { Database, Logger } from '../module.js';
import type { KernelDatabase } from './engine.js';
import { openPglite } from './pglite.js';
import { openPostgres } from './postgres.js';

export interface OpenDatabaseOptions {
  /** `postgres://…` for PostgreSQL; when absent, PGlite in `dataDir`. */
  url?: string;
  /** PGlite folder, or `memory://` for a database that lives only as long as the process. */
  dataDir?: string;
  /** Clients in the PostgreSQL pool (default 10). */
  poolSize?: number;
  log?: Logger;
}

/** Hides the password when a connection string is logged. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://…';
  }
}

/**
 * Opens the town's database: PostgreSQL when `url` is a `postgres://` URL, otherwise the
 * embedded PGlite. Both answer the same SQL with `$1` parameters. Open it once and reuse it.
 */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  return openKernelDatabase(options);
}

export async function openKernelDatabase(options: OpenDatabaseOptions): Promise<KernelDatabase> {
  const { url, log } = options;
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw cityError('invalid_database_url', { url: redactUrl(url) }, { field: 'DATABASE_URL' });
    }
    try {
      const db = await openPostgres(url, options.poolSize);
      log?.info('Database: PostgreSQL', { url: redactUrl(url) });
      return db;
    } catch (error) {
      throw cityError(
        'database_unreachable',
        { url: redactUrl(url), reason: (error as Error).message },
        { field: 'DATABASE_URL', cause: error },
      );
    }
  }
  const dataDir = options.dataDir ?? 'memory://';
  const db = await openPglite(dataDir);
  log?.info('Database: embedded PGlite', { dataDir });
  return db;
}

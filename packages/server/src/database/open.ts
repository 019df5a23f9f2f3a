import { CityAppError } from '@city-app/core';
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
      throw new CityAppError({
        code: 'invalid_database_url',
        title: 'DATABASE_URL is not a PostgreSQL URL',
        message: `DATABASE_URL must start with postgres:// or postgresql://, got "${redactUrl(url)}".`,
        hint: 'Use postgres://user:password@host:5432/database, or unset DATABASE_URL to use the embedded database.',
        field: 'DATABASE_URL',
        status: 500,
      });
    }
    try {
      const db = await openPostgres(url, options.poolSize);
      log?.info('Database: PostgreSQL', { url: redactUrl(url) });
      return db;
    } catch (error) {
      throw new CityAppError(
        {
          code: 'database_unreachable',
          title: 'PostgreSQL cannot be reached',
          message: `Could not connect to ${redactUrl(url)}: ${(error as Error).message}`,
          hint: 'Check DATABASE_URL, that the server runs and that the database exists.',
          field: 'DATABASE_URL',
          status: 500,
        },
        { cause: error },
      );
    }
  }
  const dataDir = options.dataDir ?? 'memory://';
  const db = await openPglite(dataDir);
  log?.info('Database: embedded PGlite', { dataDir });
  return db;
}

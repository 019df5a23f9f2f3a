/**
 * Databases for the tests, opened through the kernel's own `openDatabase`: PGlite in memory,
 * or a fresh PostgreSQL database per test file on TEST_DATABASE_URL.
 */
import { type Database, openDatabase } from '@city-app/server';
import { createTestPostgresDatabase } from '@city-app/server/testing';
import { notifyMigrations } from '../src/index.js';

export interface TestDatabase {
  db: Database;
  /** Another handle on the same database (a second process, in PostgreSQL mode). */
  open(): Promise<Database>;
  close(): Promise<void>;
}

export const skipPostgres = !process.env.TEST_DATABASE_URL && !process.env.CI;

export async function pgliteDatabase(): Promise<TestDatabase> {
  const db = await openDatabase({ dataDir: 'memory://' });
  for (const m of notifyMigrations) await db.query(m.up);
  return { db, open: async () => db, close: () => db.close() };
}

export async function postgresDatabase(): Promise<TestDatabase> {
  const fresh = await createTestPostgresDatabase();
  const db = await openDatabase({ url: fresh.url, poolSize: 4 });
  for (const m of notifyMigrations) await db.query(m.up);
  const others: Database[] = [];
  return {
    db,
    async open() {
      const other = await openDatabase({ url: fresh.url, poolSize: 4 });
      others.push(other);
      return other;
    },
    async close() {
      for (const o of others) await o.close().catch(() => {});
      await db.close();
      await fresh.drop();
    },
  };
}

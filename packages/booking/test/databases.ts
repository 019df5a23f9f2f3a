/**
 * Small database handles for the tests: PGlite in memory, and a fresh PostgreSQL database per
 * test file on TEST_DATABASE_URL. Both have the `query` + `transaction` shape the kernel's
 * `Database` has.
 */
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import pg from 'pg';
import { type BookingDatabase, bookingMigrations, type Queryable } from '../src/index.js';

export interface TestDatabase extends BookingDatabase {
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

async function migrate(db: Queryable): Promise<void> {
  for (const m of bookingMigrations) await db.query(m.up);
}

export async function pgliteDatabase(): Promise<TestDatabase> {
  const lite = await PGlite.create({ extensions: { btree_gist } });
  const wrap = (q: Pick<PGlite, 'query'>): Queryable => ({
    async query<Row>(sql: string, params: unknown[] = []) {
      // Migrations hold several statements; PGlite runs those through exec.
      if (params.length === 0 && sql.includes(';')) {
        const results = await lite.exec(sql);
        const last = results[results.length - 1];
        return { rows: (last?.rows ?? []) as Row[], rowCount: last?.affectedRows ?? 0 };
      }
      const r = await q.query<Row>(sql, params);
      return { rows: r.rows, rowCount: r.affectedRows ?? r.rows.length };
    },
  });
  const db: TestDatabase = {
    kind: 'pglite',
    ...wrap(lite),
    transaction: (fn) => lite.transaction((tx) => fn(wrap(tx))),
    close: () => lite.close(),
  };
  await migrate(db);
  return db;
}

export function postgresPool(url: string, max = 20): TestDatabase & { pool: pg.Pool } {
  const pool = new pg.Pool({ connectionString: url, max });
  const wrap = (c: pg.Pool | pg.PoolClient): Queryable => ({
    async query<Row>(sql: string, params: unknown[] = []) {
      const r = await c.query(sql, params);
      return { rows: r.rows as Row[], rowCount: r.rowCount ?? 0 };
    },
  });
  return {
    kind: 'postgres',
    pool,
    ...wrap(pool),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/**
 * Waits (at most 5 s) until the server has no session left on `database`. A pool's `end()`
 * resolves once it has asked its connections to close, not once they are closed; dropping the
 * database WITH (FORCE) in between terminates them mid-goodbye, and pg reports that
 * ("terminating connection due to administrator command") as an uncaught error.
 */
async function untilDisconnected(admin: pg.Client, database: string): Promise<void> {
  for (let attempt = 0; attempt < 250; attempt++) {
    const { rows } = await admin.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1',
      [database],
    );
    if (rows[0]?.n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A fresh database on the server of TEST_DATABASE_URL, migrated; dropped on close. */
export async function postgresDatabase(max = 20): Promise<TestDatabase> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error('TEST_DATABASE_URL is not set; run the tests through with-postgres.');
  const name = `booking_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const db = postgresPool(url.toString(), max);
  await migrate(db);
  return {
    ...db,
    async close() {
      await db.close();
      const a = new pg.Client({ connectionString: base });
      await a.connect();
      await untilDisconnected(a, name);
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}

export const hasPostgres = Boolean(process.env.TEST_DATABASE_URL);
/** Skip PostgreSQL tests only outside CI; under CI=true a missing database fails loudly. */
export const skipPostgres = !process.env.TEST_DATABASE_URL && !process.env.CI;

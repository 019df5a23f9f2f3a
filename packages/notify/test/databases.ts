/**
 * Databases for the tests: PGlite in memory, or a fresh PostgreSQL database per test file on
 * TEST_DATABASE_URL. Notify's own small handles, so notify does not need the server kernel
 * (which depends on notify) to test itself.
 */
import { createHash, randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite, type Results, type Transaction } from '@electric-sql/pglite';
import pg from 'pg';
import { type NotifyDatabase, notifyMigrations, type Queryable } from '../src/index.js';

export interface TestHandle extends NotifyDatabase {
  close(): Promise<void>;
}

export interface TestDatabase {
  db: TestHandle;
  /** Another handle on the same database (a second process, in PostgreSQL mode). */
  open(): Promise<TestHandle>;
  close(): Promise<void>;
}

export const skipPostgres = !process.env.TEST_DATABASE_URL && !process.env.CI;

function pgliteQueryable(target: PGlite | Transaction): Queryable {
  return {
    async query<Row>(sql: string, params?: unknown[]) {
      // Without parameters a query may hold several statements (migrations).
      const result: Results<Row> | undefined = params?.length
        ? await target.query<Row>(sql, params)
        : ((await target.exec(sql)).at(-1) as Results<Row> | undefined);
      const rows = result?.rows ?? [];
      return { rows, rowCount: result?.rowCount ?? result?.affectedRows ?? rows.length };
    },
  };
}

// Initialising a cluster takes seconds; each in-memory database starts from a copy of one,
// kept in the temp folder across test files (per PGlite build).
let template: Promise<Blob> | undefined;

async function loadTemplate(): Promise<Blob> {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const key = createHash('sha256')
    .update(`${entry}:${statSync(entry).mtimeMs}`)
    .digest('hex');
  const file = join(tmpdir(), `city-app-notify-pglite-${key.slice(0, 16)}.tar`);
  try {
    return new Blob([await readFile(file)]);
  } catch {
    // Not cached yet.
  }
  const first = await PGlite.create();
  const dump = await first.dumpDataDir('none');
  await first.close();
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, Buffer.from(await dump.arrayBuffer()))
    .then(() => rename(partial, file))
    .catch(() => undefined);
  return dump;
}

export async function pgliteDatabase(): Promise<TestDatabase> {
  template ??= loadTemplate();
  const pglite = await PGlite.create({ loadDataDir: await template });
  const root = pgliteQueryable(pglite);
  const db: TestHandle = {
    query: root.query,
    transaction: (fn) => pglite.transaction((tx) => fn(pgliteQueryable(tx))),
    close: () => pglite.close(),
  };
  for (const m of notifyMigrations) await db.query(m.up);
  return { db, open: async () => db, close: () => db.close() };
}

// bigint as number, as the kernel's handle reads it.
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === 20 && (format ?? 'text') === 'text'
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

function postgresHandle(url: string): TestHandle {
  const pool = new pg.Pool({ connectionString: url, max: 4, types });
  pool.on('error', () => undefined);
  const on = (client: Pick<pg.PoolClient, 'query'>): Queryable => ({
    async query<Row>(sql: string, params?: unknown[]) {
      const result = (await client.query(sql, params?.length ? params : undefined)) as
        | pg.QueryResult
        | pg.QueryResult[];
      const last = Array.isArray(result) ? result.at(-1) : result;
      const rows = (last?.rows ?? []) as Row[];
      return { rows, rowCount: last?.rowCount ?? rows.length };
    },
  });
  return {
    query: on(pool).query,
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(on(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

async function onServer<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function postgresDatabase(): Promise<TestDatabase> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) {
    throw new Error(
      'TEST_DATABASE_URL is not set: run the tests with `with-postgres` (packages/config/bin).',
    );
  }
  const name = `t_notify_${randomBytes(6).toString('hex')}`;
  await onServer(base, (c) => c.query(`create database ${name}`));
  const url = new URL(base);
  url.pathname = `/${name}`;
  const db = postgresHandle(url.toString());
  for (const m of notifyMigrations) await db.query(m.up);
  const others: TestHandle[] = [];
  return {
    db,
    async open() {
      const other = postgresHandle(url.toString());
      others.push(other);
      return other;
    },
    async close() {
      for (const o of others) await o.close().catch(() => {});
      await db.close();
      await onServer(base, (c) => c.query(`drop database if exists ${name} with (force)`));
    },
  };
}

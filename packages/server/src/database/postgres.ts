import pg from 'pg';
import type { Queryable } from '../module.js';
import type { DatabaseSession, KernelDatabase } from './engine.js';

const { Pool, types } = pg;

// Parse values as PGlite does, so modules see the same JavaScript types on both engines:
// bigint as number, date and timestamp-without-zone as UTC.
const INT8 = 20;
const DATE = 1082;
const TIMESTAMP = 1114;
const parsers: Record<number, (value: string) => unknown> = {
  [INT8]: (value) => Number(value),
  [DATE]: (value) => new Date(`${value}T00:00:00Z`),
  [TIMESTAMP]: (value) => new Date(`${value.replace(' ', 'T')}Z`),
};
const typeParsers = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    (format ?? 'text') === 'text' && parsers[oid]
      ? parsers[oid]
      : types.getTypeParser(oid, format as 'text')) as typeof types.getTypeParser,
};

type Client = Pick<pg.PoolClient, 'query'>;

function queryable(client: Client): Queryable {
  return {
    async query<Row>(sql: string, params?: unknown[]) {
      const result = (await client.query(sql, params?.length ? params : undefined)) as
        | pg.QueryResult
        | pg.QueryResult[];
      // Several statements without parameters answer with one result each; keep the last.
      const last = Array.isArray(result) ? result.at(-1) : result;
      const rows = (last?.rows ?? []) as Row[];
      return { rows, rowCount: last?.rowCount ?? rows.length };
    },
  };
}

async function inTransaction<T>(
  client: pg.PoolClient,
  fn: (tx: Queryable) => Promise<T>,
): Promise<T> {
  await client.query('BEGIN');
  try {
    const result = await fn(queryable(client));
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** PostgreSQL through one shared `pg` pool; transactions get a dedicated client. */
export async function openPostgres(url: string, poolSize = 10): Promise<KernelDatabase> {
  const pool = new Pool({ connectionString: url, max: poolSize, types: typeParsers });
  // An idle client that loses its server must not crash the process.
  pool.on('error', () => undefined);
  // Fail at start, not at the first request, when the database cannot be reached.
  const probe = await pool.connect();
  probe.release();
  const root = queryable(pool);
  let closed = false;
  const withClient = async <T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      return await fn(client);
    } finally {
      client.release();
    }
  };
  return {
    kind: 'postgres',
    query: root.query,
    transaction: (fn) => withClient((client) => inTransaction(client, fn)),
    session: (fn) =>
      withClient((client) => {
        const session: DatabaseSession = {
          query: queryable(client).query,
          transaction: (inner) => inTransaction(client, inner),
        };
        return fn(session);
      }),
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}

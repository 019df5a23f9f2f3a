import type { Database, Queryable } from '../module.js';

/**
 * The kernel's view of an opened database: the public `Database` plus a `session()` that
 * keeps one connection for a while (the migration run holds an advisory lock on it).
 */
export interface DatabaseSession extends Queryable {
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
}

export interface KernelDatabase extends Database {
  session<T>(fn: (session: DatabaseSession) => Promise<T>): Promise<T>;
}

export function isKernelDatabase(db: Database): db is KernelDatabase {
  return typeof (db as Partial<KernelDatabase>).session === 'function';
}

/** A database handed in from outside (e.g. by a test) that lacks `session()`: use itself. */
export function asKernelDatabase(db: Database): KernelDatabase {
  if (isKernelDatabase(db)) return db;
  return {
    kind: db.kind,
    query: (sql, params) => db.query(sql, params),
    transaction: (fn) => db.transaction(fn),
    close: () => db.close(),
    session: (fn) => fn(db),
  };
}

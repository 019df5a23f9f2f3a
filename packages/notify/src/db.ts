/**
 * The database handle notify needs — the shape of the kernel's `Database` (`@city-app/server`),
 * declared here so any handle with it works: the kernel's wrapper around PGlite or
 * node-postgres, or a test's own.
 */
export interface Queryable {
  query<Row = Record<string, unknown>>(
    sql: string,
    params?: unknown[],
  ): Promise<{ rows: Row[]; rowCount: number }>;
}

export interface NotifyDatabase extends Queryable {
  /** Runs `fn` in one transaction; commits when it resolves, rolls back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
}

/** One forward-only migration, as the kernel runs them. */
export interface NotifyMigration {
  id: string;
  up: string;
}

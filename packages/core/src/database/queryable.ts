/**
 * The database handle the packages share, as types only (core does no I/O): the kernel's
 * wrapper around PGlite or node-postgres has this shape, and so can a test's own. Booking,
 * notify and the server take it instead of each declaring it again.
 */
export interface Queryable {
  query<Row = Record<string, unknown>>(
    sql: string,
    params?: unknown[],
  ): Promise<{ rows: Row[]; rowCount: number }>;
}

/** A handle that can also run a transaction: commits when `fn` resolves, rolls back when it throws. */
export interface TransactionalDatabase extends Queryable {
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * The engine, where the handle says. PGlite has one connection and runs one statement or
   * transaction at a time, so a lock that only puts concurrent transactions in turn can be
   * left out there (it would cost a statement and order nothing).
   */
  readonly kind?: 'pglite' | 'postgres';
}

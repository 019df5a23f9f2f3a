import type { Queryable } from './db.js';

/**
 * The caller's own work in the transaction of a state change: it runs after the core's writes
 * (it sees them on `tx`) and before commit, and when it throws nothing of the change is kept.
 * Query only on `tx` inside it — PGlite has a single connection, so a query on the service's
 * database handle would wait for this very transaction.
 */
export type Within<T> = (tx: Queryable, result: T) => Promise<void>;

/** The option every state-changing method takes. */
export interface WithinOption<T> {
  within?: Within<T>;
}

/**
 * Wraps a caller's hook and remembers whether it failed, so that its errors pass through
 * unchanged instead of being read as the database refusing the booking.
 */
export function guard<T>(within: Within<T> | undefined) {
  if (!within) return undefined;
  const hook = {
    failed: false,
    async run(tx: Queryable, result: T) {
      try {
        await within(tx, result);
      } catch (error) {
        hook.failed = true;
        throw error;
      }
    },
  };
  return hook;
}

import type { BookingContext } from './context.js';
import type { Queryable } from './db.js';

/**
 * Holds a lock on `name` until the transaction on `tx` ends, so that concurrent transactions
 * about the same thing take turns. PGlite runs one transaction at a time on its single
 * connection: there is no one to take turns with, and the lock would cost a statement.
 */
export async function takeTurn(ctx: BookingContext, tx: Queryable, name: string): Promise<void> {
  if (ctx.db.kind === 'pglite') return;
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [name]);
}

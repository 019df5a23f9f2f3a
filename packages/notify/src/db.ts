import type { Queryable, TransactionalDatabase } from '@city-app/core';

/** The database handle notify needs: the kernel's `Database` has its shape (see core). */
export type { Queryable };
export type NotifyDatabase = TransactionalDatabase;

/** One forward-only migration, as the kernel runs them. */
export interface NotifyMigration {
  id: string;
  up: string;
}

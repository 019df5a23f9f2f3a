import type { Queryable, TransactionalDatabase } from '@city-app/core';

/** The database handle the booking core needs: the kernel's `Database` has its shape (see core). */
export type { Queryable };
export type BookingDatabase = TransactionalDatabase;

/** SQLSTATE codes the booking core maps to refusals. */
export const SQLSTATE = {
  uniqueViolation: '23505',
  exclusionViolation: '23P01',
  /** Raised by the capacity trigger when seats would exceed the resource's capacity. */
  capacityExceeded: 'BK001',
  /** The server aborted one of several transactions that waited for each other. */
  deadlockDetected: '40P01',
} as const;

export function sqlState(error: unknown): { code?: string; constraint?: string } {
  if (error && typeof error === 'object') {
    const e = error as { code?: unknown; constraint?: unknown };
    return {
      code: typeof e.code === 'string' ? e.code : undefined,
      constraint: typeof e.constraint === 'string' ? e.constraint : undefined,
    };
  }
  return {};
}

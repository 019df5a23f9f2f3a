/**
 * The database handle the booking core needs — the same shape as the kernel's `Database`
 * (`@city-app/server`), declared here so this package works with any handle that has it:
 * PGlite, node-postgres, or the kernel's wrapper around either.
 */
export interface Queryable {
  query<Row = Record<string, unknown>>(
    sql: string,
    params?: unknown[],
  ): Promise<{ rows: Row[]; rowCount: number }>;
}

export interface BookingDatabase extends Queryable {
  /** Runs `fn` in one transaction; commits when it resolves, rolls back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
}

/** SQLSTATE codes the booking core maps to refusals. */
export const SQLSTATE = {
  uniqueViolation: '23505',
  exclusionViolation: '23P01',
  /** Raised by the capacity trigger when seats would exceed the resource's capacity. */
  capacityExceeded: 'BK001',
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

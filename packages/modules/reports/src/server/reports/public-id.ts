import type { Queryable } from '@city-app/server';

/**
 * The next number of `year`, e.g. `2026-00042`. One row per year, counted up in the caller's
 * transaction: concurrent reports wait on that row, so no number is given twice, and a
 * report that rolls back gives its number back.
 */
export async function nextPublicId(tx: Queryable, year: number): Promise<string> {
  const { rows } = await tx.query<{ last: number }>(
    `INSERT INTO reports_counters (year, last) VALUES ($1, 1)
     ON CONFLICT (year) DO UPDATE SET last = reports_counters.last + 1
     RETURNING last`,
    [year],
  );
  return `${year}-${String(rows[0]?.last).padStart(5, '0')}`;
}

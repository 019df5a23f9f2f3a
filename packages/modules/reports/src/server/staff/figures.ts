import type { Queryable } from '@city-app/server';
import type { Figures } from '../../api/staff-report.js';
import { OPEN_STATUSES, REPORT_STATUSES, type ReportStatus } from '../../status/status.js';
import { whereClause } from '../reports/where.js';

/**
 * The figures the town hall reports on: how many are open, by status, waiting for review, and
 * the median days from report to fixed over the last year. Merged duplicates count once, in
 * the report they were merged into.
 */
export async function figures(db: Queryable, department?: string): Promise<Figures> {
  const where = whereClause(['merged_into IS NULL']);
  if (department) where.add(`department = ${where.param(department)}`);
  const { rows: byStatusRows } = await db.query<{ status: ReportStatus; count: number }>(
    `SELECT status, count(*)::int AS count FROM reports WHERE ${where.sql} GROUP BY status`,
    where.params,
  );
  const byStatus = Object.fromEntries(REPORT_STATUSES.map((s) => [s, 0])) as Record<
    ReportStatus,
    number
  >;
  for (const row of byStatusRows) byStatus[row.status] = row.count;
  const { rows: pending } = await db.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM reports WHERE ${where.sql} AND moderation = 'pending'`,
    where.params,
  );
  const { rows: fixed } = await db.query<{ median: number | string | null; count: number }>(
    `SELECT percentile_cont(0.5) WITHIN GROUP
              (ORDER BY extract(epoch FROM fixed_at - created_at) / 86400) AS median,
            count(*)::int AS count
       FROM reports
      WHERE ${where.sql} AND status = 'fixed' AND fixed_at > now() - interval '365 days'`,
    where.params,
  );
  const median = fixed[0]?.median;
  return {
    open: OPEN_STATUSES.reduce((sum, s) => sum + byStatus[s], 0),
    byStatus,
    pendingModeration: pending[0]?.count ?? 0,
    medianDaysToFixed:
      median === null || median === undefined ? null : Math.round(Number(median) * 10) / 10,
    fixedLastYear: fixed[0]?.count ?? 0,
  };
}

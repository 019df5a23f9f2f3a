import type { Queryable } from '@city-app/server';
import type { ReportsConfig } from '../../config.js';
import { targetFor } from '../../forwarding/target.js';
import type { ReportStatus } from '../../status/status.js';

/**
 * Queues a report for its category's outside server when staff confirm it (or start on it),
 * in the change's transaction: the town hall looks at a report before it leaves the house,
 * and a report is forwarded once, whatever happens to it later.
 */
export async function queueForward(
  config: ReportsConfig,
  tx: Queryable,
  report: { id: string; category: string },
  status: ReportStatus,
): Promise<void> {
  if (status !== 'confirmed' && status !== 'in_progress') return;
  const target = targetFor(config.forwarding, report.category);
  if (!target) return;
  await tx.query(
    `INSERT INTO reports_forwards (report_id, target) VALUES ($1, $2)
     ON CONFLICT (report_id) DO NOTHING`,
    [report.id, target.id],
  );
}

import type { ModuleServerContext, Queryable, StaffUser } from '@city-app/server';
import type { StatusChange } from '../../api/staff-report.js';
import type { ReportsConfig } from '../../config.js';
import { staffError } from '../../errors/staff.js';
import { queueForward } from '../forwarding/queue.js';
import { sendStatusNotice } from '../notices/status-notice.js';
import type { LockedReport } from './lock.js';

/**
 * Records a status change or a note on a locked report in `tx`. A public change (a new status,
 * or a public note) is told to the reporter and the followers in the same transaction; an
 * internal note alone tells nobody.
 */
export async function changeStatus(
  ctx: ModuleServerContext<ReportsConfig>,
  tx: Queryable,
  report: LockedReport,
  change: StatusChange,
  by: StaffUser,
  origin: string,
): Promise<void> {
  // A closed report closed again for another reason (merged as a duplicate) changes too.
  const statusChanged =
    change.status !== report.status ||
    (change.status === 'closed' &&
      change.closingReason !== undefined &&
      change.closingReason !== report.closingReason);
  if (!statusChanged && !change.publicNote && !change.internalNote) {
    throw staffError('reports_status_unchanged', { status: change.status }, { field: 'status' });
  }
  if (statusChanged && change.status === 'new') {
    throw staffError('reports_status_back_to_new', {}, { field: 'status' });
  }
  if (change.status === 'closed' && !change.closingReason && !report.closingReason) {
    throw staffError('reports_closing_reason_missing', {}, { field: 'closingReason' });
  }
  const closingReason =
    change.status === 'closed' ? (change.closingReason ?? report.closingReason) : null;
  await tx.query(
    `UPDATE reports SET status = $2, closing_reason = $3, updated_at = now(),
        fixed_at = CASE WHEN $2 = 'fixed' AND status <> 'fixed' THEN now()
                        WHEN $2 IN ('fixed', 'closed') THEN fixed_at END,
        done_at = CASE WHEN $2 IN ('fixed', 'closed') THEN coalesce(done_at, now()) END
      WHERE id = $1`,
    [report.id, change.status, closingReason],
  );
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO reports_history (report_id, status, closing_reason, public_note, internal_note, staff_name)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [
      report.id,
      change.status,
      closingReason,
      change.publicNote ?? null,
      change.internalNote ?? null,
      by.name,
    ],
  );
  if (statusChanged) await queueForward(ctx.config, tx, report, change.status);
  if (!statusChanged && !change.publicNote) return;
  await sendStatusNotice(
    ctx,
    tx,
    {
      historyId: (rows[0] as { id: string }).id,
      reportId: report.id,
      publicId: report.publicId,
      category: report.category,
      status: change.status,
      closingReason,
      publicNote: change.publicNote ?? null,
      reporterEmail: report.reporterEmail,
      reporterInstallation: report.reporterInstallation,
      language: report.language,
    },
    origin,
  );
}

import type { ModuleServerContext, Queryable, StaffUser } from '@city-app/server';
import type { Merge } from '../../api/staff-report.js';
import type { ReportsConfig } from '../../config.js';
import { staffError } from '../../errors/staff.js';
import { type LockedReport, lockReport } from './lock.js';
import { changeStatus } from './status.js';

/**
 * Merges a duplicate into the report of the same thing: the duplicate is closed as "already
 * reported" (its reporter and followers are told), and they all follow the other report from
 * then on. Both are locked in the order of their numbers, so two merges never deadlock.
 */
export async function mergeReports(
  ctx: ModuleServerContext<ReportsConfig>,
  tx: Queryable,
  duplicateId: string,
  input: Merge,
  by: StaffUser,
  origin: string,
): Promise<void> {
  if (duplicateId === input.into) {
    throw staffError('reports_merge_into_itself', {}, { field: 'into' });
  }
  const locked = new Map<string, LockedReport>();
  for (const publicId of [duplicateId, input.into].sort()) {
    const isTarget = publicId === input.into;
    locked.set(
      publicId,
      await lockReport(tx, publicId, isTarget ? { field: 'into', allowMerged: true } : {}),
    );
  }
  const duplicate = locked.get(duplicateId) as LockedReport;
  const target = locked.get(input.into) as LockedReport;
  if (target.mergedInto) {
    throw staffError(
      'reports_merge_target_merged',
      { publicId: target.publicId, into: target.mergedInto },
      { field: 'into' },
    );
  }
  await changeStatus(
    ctx,
    tx,
    duplicate,
    { status: 'closed', closingReason: 'duplicate', publicNote: input.publicNote },
    by,
    origin,
  );
  await tx.query(
    `INSERT INTO reports_followers (report_id, installation_id)
       SELECT $2::uuid, installation_id FROM reports_followers WHERE report_id = $1
       UNION SELECT $2::uuid, reporter_installation FROM reports
              WHERE id = $1 AND reporter_installation IS NOT NULL
     ON CONFLICT DO NOTHING`,
    [duplicate.id, target.id],
  );
  await tx.query('DELETE FROM reports_followers WHERE report_id = $1', [duplicate.id]);
  await tx.query('UPDATE reports SET merged_into = $2, updated_at = now() WHERE id = $1', [
    duplicate.id,
    target.id,
  ]);
}

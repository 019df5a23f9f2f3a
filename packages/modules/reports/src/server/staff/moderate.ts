import type { Colleague, Queryable, StaffDirectory } from '@city-app/server';
import type { Assignment, Moderation } from '../../api/staff-report.js';
import { departmentOf, type ReportsConfig } from '../../config.js';
import { staffError } from '../../errors/staff.js';
import { REPORTS_ROLE } from '../../meta.js';
import type { LockedReport } from './lock.js';

/**
 * Staff decide what residents see: the report at all (`public`, or `hidden` as abuse or spam),
 * its words (the resident's, edited — a name taken out — or none) and whether its photo is
 * shown or kept internal.
 */
export async function moderate(tx: Queryable, report: LockedReport, input: Moderation) {
  await tx.query(
    `UPDATE reports SET moderation = $2, updated_at = now(),
        public_description = CASE WHEN $3::boolean THEN $4 ELSE coalesce(public_description, description) END
      WHERE id = $1`,
    [report.id, input.state, input.description !== undefined, input.description ?? null],
  );
  if (input.photo) {
    await tx.query('UPDATE reports_photos SET public = $2 WHERE report_id = $1', [
      report.id,
      input.photo === 'public',
    ]);
  }
}

/**
 * Moves a report to another department, and gives it to the signed-in staff member, a named
 * colleague who holds the `reports` role on an active account, or nobody.
 */
export async function assign(
  tx: Queryable,
  config: ReportsConfig,
  report: LockedReport,
  input: Assignment,
  me: Colleague,
  staff: StaffDirectory | undefined,
) {
  if (input.department !== undefined) {
    if (!departmentOf(config, input.department)) {
      throw staffError(
        'reports_department_unknown',
        { department: input.department },
        { field: 'department' },
      );
    }
    await tx.query('UPDATE reports SET department = $2, updated_at = now() WHERE id = $1', [
      report.id,
      input.department,
    ]);
  }
  if (input.assignee !== undefined) {
    const who =
      input.assignee === null
        ? null
        : input.assignee === 'me'
          ? me
          : await colleague(tx, staff, input.assignee);
    await tx.query(
      'UPDATE reports SET assignee_id = $2, assignee_name = $3, updated_at = now() WHERE id = $1',
      [report.id, who?.id ?? null, who?.name ?? null],
    );
  }
}

/** The colleague with that staff id, checked in the assignment's transaction. */
async function colleague(
  tx: Queryable,
  staff: StaffDirectory | undefined,
  id: string,
): Promise<Colleague> {
  const found = await staff?.holder(id, REPORTS_ROLE, tx);
  if (!found) throw staffError('reports_assignee_unknown', {}, { field: 'assignee' });
  return found;
}

import type { Queryable } from '@city-app/server';
import type { InboxQuery, StaffReportDetail, StaffReportPage } from '../../api/staff-report.js';
import { reportError } from '../../errors/reports.js';
import { OPEN_STATUSES } from '../../status/status.js';
import { iso, STAFF_COLUMNS, type StaffRow, toStaffReport } from '../reports/row.js';
import { whereClause } from '../reports/where.js';

/** A department's inbox (or all of them): the oldest open reports first, then the rest. */
export async function listInbox(
  db: Queryable,
  query: InboxQuery,
  userId: string,
): Promise<StaffReportPage> {
  const where = whereClause();
  if (query.department) where.add(`r.department = ${where.param(query.department)}`);
  if (query.status) where.add(`r.status = ${where.param(query.status)}`);
  if (query.open === 'true') where.add(`r.status = ANY(${where.param(OPEN_STATUSES)})`);
  if (query.open === 'false') where.add(`NOT (r.status = ANY(${where.param(OPEN_STATUSES)}))`);
  if (query.category) where.add(`r.category = ${where.param(query.category)}`);
  if (query.moderation) where.add(`r.moderation = ${where.param(query.moderation)}`);
  if (query.assigned === 'me') where.add(`r.assignee_id = ${where.param(userId)}`);
  else if (query.assigned === 'nobody') where.add('r.assignee_id IS NULL');
  else if (query.assigned) where.add(`r.assignee_id = ${where.param(query.assigned)}`);
  const { rows: counted } = await db.query<{ total: number }>(
    `SELECT count(*)::int AS total FROM reports r WHERE ${where.sql}`,
    where.params,
  );
  const { rows } = await db.query<StaffRow>(
    `SELECT ${STAFF_COLUMNS} FROM reports r WHERE ${where.sql}
      ORDER BY (r.status IN ('new', 'confirmed', 'in_progress')) DESC, r.created_at, r.public_id
      LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
    where.params,
  );
  return {
    items: rows.map(toStaffReport),
    page: query.page,
    pageSize: query.pageSize,
    total: counted[0]?.total ?? 0,
  };
}

/** One report as staff see it, with every history entry, internal notes too. */
export async function readStaffReport(db: Queryable, publicId: string): Promise<StaffReportDetail> {
  const { rows } = await db.query<StaffRow>(
    `SELECT ${STAFF_COLUMNS} FROM reports r WHERE r.public_id = $1`,
    [publicId],
  );
  const row = rows[0];
  if (!row) throw reportError('reports_not_found', { publicId });
  const { rows: history } = await db.query<{
    status: StaffRow['status'];
    closing_reason: StaffRow['closing_reason'];
    public_note: string | null;
    internal_note: string | null;
    staff_name: string | null;
    created_at: Date | string;
  }>(
    `SELECT status, closing_reason, public_note, internal_note, staff_name, created_at
       FROM reports_history WHERE report_id = $1 ORDER BY created_at, id`,
    [row.id],
  );
  return {
    ...toStaffReport(row),
    history: history.map((entry) => ({
      status: entry.status,
      closingReason: entry.closing_reason,
      publicNote: entry.public_note,
      internalNote: entry.internal_note,
      by: entry.staff_name,
      at: iso(entry.created_at),
    })),
  };
}

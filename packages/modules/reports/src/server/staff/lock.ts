import type { Locale } from '@city-app/core';
import type { Queryable } from '@city-app/server';
import { reportError } from '../../errors/reports.js';
import { staffError } from '../../errors/staff.js';
import type { ClosingReason, ModerationState, ReportStatus } from '../../status/status.js';

/** A report as a staff change needs it, locked for the change's transaction. */
export interface LockedReport {
  id: string;
  publicId: string;
  category: string;
  status: ReportStatus;
  closingReason: ClosingReason | null;
  moderation: ModerationState;
  reporterEmail: string | null;
  reporterInstallation: string | null;
  language: Locale;
  mergedInto: string | null;
}

/**
 * Locks the report for the rest of `tx`: two staff members changing it at once take turns,
 * and the second sees the first's change. A report merged into another is not changed any more.
 */
export async function lockReport(
  tx: Queryable,
  publicId: string,
  options: { field?: string; allowMerged?: boolean } = {},
): Promise<LockedReport> {
  const extra = options.field ? { field: options.field } : {};
  const { rows } = await tx.query<{
    id: string;
    public_id: string;
    category: string;
    status: ReportStatus;
    closing_reason: ClosingReason | null;
    moderation: ModerationState;
    reporter_email: string | null;
    reporter_installation: string | null;
    language: Locale;
    merged_public_id: string | null;
  }>(
    `SELECT r.id, r.public_id, r.category, r.status, r.closing_reason, r.moderation,
            r.reporter_email, r.reporter_installation, r.language,
            (SELECT m.public_id FROM reports m WHERE m.id = r.merged_into) AS merged_public_id
       FROM reports r WHERE r.public_id = $1 FOR UPDATE`,
    [publicId],
  );
  const row = rows[0];
  if (!row) throw reportError('reports_not_found', { publicId }, extra);
  if (row.merged_public_id && !options.allowMerged) {
    throw staffError('reports_already_merged', { into: row.merged_public_id }, extra);
  }
  return {
    id: row.id,
    publicId: row.public_id,
    category: row.category,
    status: row.status,
    closingReason: row.closing_reason,
    moderation: row.moderation,
    reporterEmail: row.reporter_email,
    reporterInstallation: row.reporter_installation,
    language: row.language,
    mergedInto: row.merged_public_id,
  };
}

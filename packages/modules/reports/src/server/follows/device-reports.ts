import type { Queryable } from '@city-app/server';
import type { DeviceReportList } from '../../api/device-reports.js';
import { iso, type PublicRow } from '../reports/row.js';

/**
 * The reports a device sent or follows, newest first: a reporter sees their own report's
 * status before it is published. The installation id is the proof; nothing of another's.
 */
export async function deviceReports(
  db: Queryable,
  installationId: string,
): Promise<DeviceReportList> {
  const { rows } = await db.query<
    Pick<PublicRow, 'public_id' | 'category' | 'status' | 'closing_reason' | 'moderation'> & {
      merged_public_id: string | null;
      relation: 'reporter' | 'follower';
      created_at: Date | string;
      updated_at: Date | string;
    }
  >(
    `SELECT r.public_id, r.category, r.status, r.closing_reason, r.moderation, r.created_at,
            r.updated_at,
            (SELECT m.public_id FROM reports m WHERE m.id = r.merged_into) AS merged_public_id,
            CASE WHEN r.reporter_installation = $1 THEN 'reporter' ELSE 'follower' END AS relation
       FROM reports r
      WHERE r.reporter_installation = $1
         OR EXISTS (SELECT 1 FROM reports_followers f
                     WHERE f.report_id = r.id AND f.installation_id = $1)
      ORDER BY r.created_at DESC, r.public_id DESC
      LIMIT 200`,
    [installationId],
  );
  return {
    items: rows.map((row) => ({
      publicId: row.public_id,
      category: row.category,
      status: row.status,
      closingReason: row.closing_reason,
      moderation: row.moderation,
      mergedInto: row.merged_public_id,
      relation: row.relation,
      reportedAt: iso(row.created_at),
      updatedAt: iso(row.updated_at),
    })),
  };
}

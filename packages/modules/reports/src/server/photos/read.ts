import type { Queryable } from '@city-app/server';
import { reportError } from '../../errors/reports.js';

/**
 * A report's stored photo: for residents only when the report is published and staff released
 * the photo; for staff always. Anything else is "not found", so nothing tells it exists.
 */
export async function readPhoto(
  db: Queryable,
  publicId: string,
  audience: 'public' | 'staff',
): Promise<{ bytes: Uint8Array; contentType: string }> {
  const { rows } = await db.query<{ bytes: Uint8Array; content_type: string }>(
    `SELECT p.bytes, p.content_type FROM reports_photos p JOIN reports r ON r.id = p.report_id
      WHERE r.public_id = $1 ${audience === 'public' ? `AND p.public AND r.moderation = 'public'` : ''}`,
    [publicId],
  );
  const row = rows[0];
  if (!row) throw reportError('reports_not_found', { publicId });
  return { bytes: row.bytes, contentType: row.content_type };
}

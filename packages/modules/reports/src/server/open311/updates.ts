import type { Locale } from '@city-app/core';
import type { Queryable } from '@city-app/server';
import { text } from '../notices/texts.js';
import { iso } from '../reports/row.js';
import { whereClause } from '../reports/where.js';
import { open311Status } from './query.js';
import type { XmlElement } from './xml.js';

const MAX_UPDATES = 1000;

interface UpdateRow {
  id: string;
  public_id: string;
  status: string;
  closing_reason: string | null;
  public_note: string | null;
  created_at: Date | string;
}

/**
 * The `servicerequestupdates` extension: the public history of published reports — each
 * change of status or public note after the report came in, oldest first, so a client polls
 * with `updated_after` set to the last one it saw. Internal notes never appear.
 */
export async function listUpdates(
  db: Queryable,
  range: { after?: Date; before?: Date },
  locale: Locale,
): Promise<XmlElement[]> {
  const where = whereClause([
    'u.before IS NOT NULL',
    '(u.public_note IS NOT NULL OR u.status <> u.before)',
  ]);
  // Compared as written out (to the millisecond; PostgreSQL keeps microseconds): a client
  // that polls with the last `updated_datetime` it saw never gets that update again.
  const at = `date_trunc('milliseconds', u.created_at)`;
  if (range.after) where.add(`${at} > ${where.param(range.after.toISOString())}`);
  if (range.before) where.add(`${at} < ${where.param(range.before.toISOString())}`);
  const { rows } = await db.query<UpdateRow>(
    `SELECT u.id, u.public_id, u.status, u.closing_reason, u.public_note, u.created_at FROM (
       SELECT h.id, r.public_id, h.status, h.closing_reason, h.public_note, h.created_at,
              lag(h.status) OVER (PARTITION BY h.report_id ORDER BY h.created_at, h.id) AS before
         FROM reports_history h JOIN reports r ON r.id = h.report_id
        WHERE r.moderation = 'public'
     ) u WHERE ${where.sql} ORDER BY u.created_at, u.id LIMIT ${MAX_UPDATES}`,
    where.params,
  );
  return rows.map((row) => ({
    update_id: row.id,
    service_request_id: row.public_id,
    status: open311Status(row.status),
    updated_datetime: iso(row.created_at),
    // The note residents read; else what changed, in words.
    description:
      row.public_note ??
      (row.closing_reason
        ? text(locale, `reports.closingReason.${row.closing_reason}`)
        : text(locale, `reports.status.${row.status}`)),
    media_url: null,
  }));
}

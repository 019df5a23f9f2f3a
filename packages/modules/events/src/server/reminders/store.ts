import type { Queryable } from '@city-app/server';
import type { Reminder } from '../../api/follow.js';
import { eventError } from '../../errors/events.js';
import { followError } from '../../errors/follows.js';

/**
 * Marks a published event's date for a device; a second call changes the lead time and sends
 * again if the first reminder went out before a change. A date that has begun is refused.
 */
export async function saveReminder(
  tx: Queryable,
  installationId: string,
  target: { eventId: string; date: string },
  leadMinutes: number,
  now: Date,
): Promise<void> {
  const { rows } = await tx.query<{ starts_at: Date | string }>(
    `SELECT o.starts_at FROM events_occurrences o
       JOIN events_events e ON e.id = o.event_id AND e.status = 'published'
      WHERE o.event_id = $1::uuid AND o.original_date = $2::date
      FOR KEY SHARE OF o`,
    [target.eventId, target.date],
  );
  const date = rows[0];
  if (!date) throw eventError('events_date_unknown', { date: target.date }, { field: 'date' });
  if (new Date(date.starts_at) <= now)
    throw followError('events_reminder_past', {}, { field: 'date' });
  await tx.query(
    `INSERT INTO events_reminders (installation_id, event_id, original_date, lead_minutes)
     VALUES ($1, $2, $3, $4)
     ON CONFLICT (installation_id, event_id, original_date) DO UPDATE
       SET lead_minutes = EXCLUDED.lead_minutes, sent_at = NULL, sent_for = NULL`,
    [installationId, target.eventId, target.date, leadMinutes],
  );
}

export async function deleteReminder(
  db: Queryable,
  installationId: string,
  target: { eventId: string; date: string },
): Promise<boolean> {
  const { rowCount } = await db.query(
    'DELETE FROM events_reminders WHERE installation_id = $1 AND event_id = $2 AND original_date = $3',
    [installationId, target.eventId, target.date],
  );
  return rowCount > 0;
}

/** A device's marked dates from the start of `since`, the earliest first. */
export async function listReminders(
  db: Queryable,
  installationId: string,
  since: Date,
): Promise<Reminder[]> {
  const { rows } = await db.query<{
    event_id: string;
    original_date: string;
    title: string;
    title_en: string | null;
    starts_at: Date | string;
    lead_minutes: number;
    sent: boolean;
  }>(
    `SELECT r.event_id, to_char(r.original_date, 'YYYY-MM-DD') AS original_date, e.title, e.title_en,
            o.starts_at, r.lead_minutes,
            (r.sent_for IS NOT DISTINCT FROM o.starts_at AND r.sent_at IS NOT NULL) AS sent
       FROM events_reminders r
       JOIN events_occurrences o ON o.event_id = r.event_id AND o.original_date = r.original_date
       JOIN events_events e ON e.id = r.event_id
      WHERE r.installation_id = $1 AND coalesce(o.ends_at, o.starts_at) >= $2::timestamptz
      ORDER BY o.starts_at, r.event_id
      LIMIT 500`,
    [installationId, since.toISOString()],
  );
  return rows.map((r) => ({
    eventId: r.event_id,
    originalDate: r.original_date,
    title: { de: r.title, ...(r.title_en ? { en: r.title_en } : {}) },
    start: new Date(r.starts_at).toISOString(),
    leadMinutes: r.lead_minutes,
    sent: r.sent,
  }));
}

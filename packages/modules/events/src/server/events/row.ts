import type { Queryable } from '@city-app/server';
import type { EventStatus } from '../../api/staff-event.js';

/** An event's row as stored, read by the event page, the staff form and the feeds. */
export interface EventRow {
  id: string;
  title: string;
  title_en: string | null;
  description: string;
  description_en: string | null;
  category: string;
  venue_id: string | null;
  place: string | null;
  organiser_id: string | null;
  organiser_name: string | null;
  price: string | null;
  is_free: boolean;
  link: string | null;
  image_url: string | null;
  image_alt: string | null;
  starts_on: string;
  start_minute: number | null;
  ends_after_days: number;
  end_minute: number | null;
  rrule: string | null;
  status: EventStatus;
  rejection_reason: string | null;
  cancelled: boolean;
  source_id: string | null;
  sample: boolean;
  updated_at: Date | string;
}

export const EVENT_COLUMNS = `id, title, title_en, description, description_en, category, venue_id,
  place, organiser_id, organiser_name, price, is_free, link, image_url, image_alt,
  to_char(starts_on, 'YYYY-MM-DD') AS starts_on, start_minute, ends_after_days, end_minute, rrule,
  status, rejection_reason, cancelled, source_id, sample, updated_at`;

export async function findEventRow(db: Queryable, id: string): Promise<EventRow | undefined> {
  const { rows } = await db.query<EventRow>(
    `SELECT ${EVENT_COLUMNS} FROM events_events WHERE id = $1::uuid`,
    [id],
  );
  return rows[0];
}

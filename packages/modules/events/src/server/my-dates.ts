import type { DatedEntry } from '@city-app/core';
import type { DateRange, ModuleServerContext } from '@city-app/server';
import type { EventsConfig } from '../config.js';
import { myDatesMessages } from '../messages/my-dates.js';

const MOVED = {
  de: myDatesMessages.de['events.myDates.moved'],
  en: myDatesMessages.en['events.myDates.moved'],
};

/**
 * "Meine Termine" of the events module: the dates this installation asked to be reminded
 * of, with a cancelled or moved one shown as it now stands.
 */
export async function eventDates(
  installationId: string,
  range: DateRange,
  ctx: ModuleServerContext<EventsConfig>,
): Promise<DatedEntry[]> {
  const { rows } = await ctx.db.query<{
    event_id: string;
    original_date: string;
    local_date: string;
    end_date: string;
    starts_at: Date | string;
    ends_at: Date | string | null;
    all_day: boolean;
    status: string;
    cancelled: boolean;
    title: string;
    title_en: string | null;
    place: string | null;
  }>(
    `SELECT r.event_id, to_char(r.original_date, 'YYYY-MM-DD') AS original_date,
            to_char(o.local_date, 'YYYY-MM-DD') AS local_date,
            to_char(o.local_date + e.ends_after_days + 1, 'YYYY-MM-DD') AS end_date,
            o.starts_at, o.ends_at, o.all_day, o.status, e.cancelled, e.title, e.title_en,
            coalesce(v.name, e.place) AS place
       FROM events_reminders r
       JOIN events_occurrences o ON o.event_id = r.event_id AND o.original_date = r.original_date
       JOIN events_events e ON e.id = r.event_id
       LEFT JOIN events_venues v ON v.id = e.venue_id
      WHERE r.installation_id = $1 AND o.starts_at < $3::timestamptz
        AND coalesce(o.ends_at, o.starts_at) > $2::timestamptz
      ORDER BY o.starts_at
      LIMIT $4`,
    [installationId, range.from.toISOString(), range.to.toISOString(), range.limit],
  );
  return rows.map((r) => {
    const cancelled = r.cancelled || r.status === 'cancelled';
    return {
      id: `${r.event_id}.${r.original_date}`,
      title: { de: r.title, ...(r.title_en ? { en: r.title_en } : {}) },
      ...(r.all_day
        ? { start: r.local_date, end: r.end_date, allDay: true }
        : {
            start: new Date(r.starts_at).toISOString(),
            ...(r.ends_at ? { end: new Date(r.ends_at).toISOString() } : {}),
          }),
      ...(r.place ? { location: r.place } : {}),
      path: `${ctx.manifest.path}/${r.event_id}`,
      status: cancelled ? 'cancelled' : 'confirmed',
      ...(r.status === 'moved' && !cancelled ? { detail: MOVED } : {}),
    };
  });
}

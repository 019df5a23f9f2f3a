import { addDaysToDate, localDateOf } from '@city-app/core';
import type { Queryable } from '@city-app/server';
import type { Venue } from '../../api/venue.js';
import { EVENT_COLUMNS, type EventRow } from '../events/row.js';
import { readVenues } from '../venues/row.js';

/** A date of a series that differs from its rule, as written out for residents. */
export interface ChangedDate {
  originalDate: string;
  localDate: string;
  startsAt: Date;
  endsAt: Date | null;
  status: 'cancelled' | 'moved';
}

/** A published event as the feeds write it: its row, its venue, its changed dates. */
export interface FeedOutEvent {
  row: EventRow;
  venue: Venue | null;
  changed: ChangedDate[];
}

/** A subscribed calendar keeps what took place in the last month. */
export const FEED_PAST_DAYS = 31;

/**
 * Published events with a date from a month ago on — one (`ids`), or those of some
 * categories — with their venues and the dates cancelled or moved.
 */
export async function readFeedEvents(
  db: Queryable,
  filter: { ids?: string[]; categories?: string[] },
  ctx: { timeZone: string; now: Date },
): Promise<FeedOutEvent[]> {
  const since = addDaysToDate(localDateOf(ctx.now, ctx.timeZone), -FEED_PAST_DAYS);
  const { rows } = await db.query<EventRow>(
    `SELECT ${EVENT_COLUMNS} FROM events_events e
      WHERE status = 'published'
        AND ($1::uuid[] IS NULL OR id = ANY($1::uuid[]))
        AND ($2::text[] IS NULL OR category = ANY($2::text[]))
        AND (starts_on >= $3::date OR EXISTS (
              SELECT 1 FROM events_occurrences o WHERE o.event_id = e.id AND o.local_date >= $3::date))
      ORDER BY starts_on, id`,
    [filter.ids ?? null, filter.categories ?? null, since],
  );
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const changed = await db.query<{
    event_id: string;
    original_date: string;
    local_date: string;
    starts_at: Date | string;
    ends_at: Date | string | null;
    status: 'cancelled' | 'moved';
  }>(
    `SELECT event_id, to_char(original_date, 'YYYY-MM-DD') AS original_date,
            to_char(local_date, 'YYYY-MM-DD') AS local_date, starts_at, ends_at, status
       FROM events_occurrences
      WHERE event_id = ANY($1::uuid[]) AND status <> 'scheduled'
      ORDER BY original_date`,
    [ids],
  );
  const byEvent = new Map<string, ChangedDate[]>();
  for (const c of changed.rows) {
    const list = byEvent.get(c.event_id) ?? [];
    list.push({
      originalDate: c.original_date,
      localDate: c.local_date,
      startsAt: new Date(c.starts_at),
      endsAt: c.ends_at === null ? null : new Date(c.ends_at),
      status: c.status,
    });
    byEvent.set(c.event_id, list);
  }
  const venueIds = [...new Set(rows.map((r) => r.venue_id).filter((v): v is string => !!v))];
  const venues = new Map(
    (venueIds.length ? await readVenues(db, venueIds) : []).map((v) => [v.id, v]),
  );
  return rows.map((row) => ({
    row,
    venue: (row.venue_id && venues.get(row.venue_id)) || null,
    changed: byEvent.get(row.id) ?? [],
  }));
}

/** Where an event takes place, in one line: the venue and its address, or the place written. */
export function whereOf(event: Pick<FeedOutEvent, 'row' | 'venue'>): string {
  const v = event.venue;
  if (!v) return event.row.place ?? '';
  const town = [v.postcode, v.locality].filter(Boolean).join(' ');
  return [v.name, v.street, town].filter(Boolean).join(', ');
}

import { addDaysToDate, localToInstant } from '@city-app/core';
import type { Queryable } from '@city-app/server';
import type { EventDate, EventDatePage } from '../../api/event-date.js';
import type { EventsConfig } from '../../config.js';
import type { DateWindow } from '../../series/expand.js';
import { categoryTitle } from '../events/category-title.js';
import { type DatesQuery, decodeCursor, encodeCursor } from './filter.js';

interface DateRow {
  event_id: string;
  original_date: string;
  local_date: string;
  starts_at: Date | string;
  ends_at: Date | string | null;
  all_day: boolean;
  status: EventDate['status'];
  title: string;
  title_en: string | null;
  category: string;
  place: string | null;
  is_free: boolean;
  price: string | null;
  image_url: string | null;
  image_alt: string | null;
  series: boolean;
  venue_id: string | null;
  venue_name: string | null;
  step_free: boolean | null;
}

const iso = (value: Date | string) => new Date(value).toISOString();
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The longest published event's length in days, as the last list of each database saw it:
 * the width of the scan before the first day. Per database handle, so tests' servers and
 * towns in one process do not share it.
 */
const longestSeen = new WeakMap<Queryable, number>();

async function longestEvent(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ days: number }>(LONGEST);
  return rows[0]?.days ?? 0;
}

const LONGEST =
  "SELECT coalesce(max(ends_after_days), 0)::int AS days FROM events_events WHERE status = 'published'";

/**
 * The published dates that take place within the days, earliest first, filtered as a
 * resident chose: one range scan of `events_occurrences` by start, whatever the rules.
 * A date that began before the first day and still runs (a festival's second day) is in.
 */
export async function listDates(
  db: Queryable,
  days: DateWindow,
  query: DatesQuery,
  ctx: { config: Pick<EventsConfig, 'categories'>; timeZone: string },
): Promise<EventDatePage> {
  const from = new Date(localToInstant(days.from, 0, ctx.timeZone)).toISOString();
  const to = new Date(localToInstant(addDaysToDate(days.to, 1), 0, ctx.timeZone)).toISOString();
  const params: unknown[] = [from, to];
  const where = [
    "e.status = 'published'",
    'o.starts_at < $2::timestamptz',
    '(o.starts_at >= $1::timestamptz OR o.ends_at > $1::timestamptz)',
  ];
  const add = (sql: (n: string) => string, value: unknown) => {
    params.push(value);
    where.push(sql(`$${params.length}`));
  };
  if (query.category) add((n) => `e.category = ANY(${n}::text[])`, query.category.split(','));
  if (query.venue) add((n) => `e.venue_id = ${n}::uuid`, query.venue);
  if (query.free) where.push('e.is_free');
  if (query.stepFree) where.push('v.step_free');
  if (query.q) {
    add(
      (n) =>
        `(e.title ILIKE ${n} OR e.title_en ILIKE ${n} OR e.description ILIKE ${n} OR v.name ILIKE ${n} OR e.place ILIKE ${n})`,
      likePattern(query.q),
    );
  }
  if (query.after) {
    const cursor = decodeCursor(query.after);
    params.push(cursor.start, cursor.eventId, cursor.originalDate);
    const n = params.length;
    where.push(
      `(o.starts_at, o.event_id, o.original_date) > ($${n - 2}::timestamptz, $${n - 1}::uuid, $${n}::date)`,
    );
  }
  params.push(query.limit + 1);
  const limit = params.length;

  // The index bounds the scan: nothing started longer before `from` than the longest event
  // lasts, so a still-running festival is found without reading weeks. The bound is a value
  // the planner sees (from a subquery it read and sorted every date of the year); the same
  // statement says how long the longest event is now, so a bound as wide as that found every
  // date, and a narrower one (a longer event published since, the first list) is read again.
  const read = (longest: number) => {
    const earliest = new Date(
      localToInstant(addDaysToDate(days.from, -longest - 1), 0, ctx.timeZone),
    ).toISOString();
    return db.query<DateRow & { longest: number }>(
      `SELECT o.event_id, to_char(o.original_date, 'YYYY-MM-DD') AS original_date,
              to_char(o.local_date, 'YYYY-MM-DD') AS local_date, o.starts_at, o.ends_at, o.all_day,
              CASE WHEN e.cancelled THEN 'cancelled' ELSE o.status END AS status,
              e.title, e.title_en, e.category, e.place, e.is_free, e.price, e.image_url, e.image_alt,
              e.rrule IS NOT NULL AS series, v.id AS venue_id, v.name AS venue_name, v.step_free,
              (${LONGEST}) AS longest
         FROM events_occurrences o
         JOIN events_events e ON e.id = o.event_id
         LEFT JOIN events_venues v ON v.id = e.venue_id
        WHERE ${where.join(' AND ')} AND o.starts_at >= $${limit + 1}::timestamptz
        ORDER BY o.starts_at, o.event_id, o.original_date
        LIMIT $${limit}`,
      [...params, earliest],
    );
  };
  const guess = longestSeen.get(db) ?? 0;
  let { rows } = await read(guess);
  // An empty page says nothing of the longest event: asked apart (rare for a resident's list).
  const longest = rows[0]?.longest ?? (await longestEvent(db));
  longestSeen.set(db, longest);
  if (longest > guess) ({ rows } = await read(longest));
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => ({
      eventId: r.event_id,
      originalDate: r.original_date,
      localDate: r.local_date,
      start: iso(r.starts_at),
      end: r.ends_at === null ? null : iso(r.ends_at),
      allDay: r.all_day,
      status: r.status,
      title: { de: r.title, ...(r.title_en ? { en: r.title_en } : {}) },
      category: { id: r.category, title: categoryTitle(ctx.config, r.category) },
      place: r.venue_name ?? r.place,
      venue: r.venue_id
        ? { id: r.venue_id, name: r.venue_name as string, stepFree: r.step_free === true }
        : null,
      isFree: r.is_free,
      price: r.price,
      image: r.image_url ? { url: r.image_url, alt: r.image_alt ?? '' } : null,
      series: r.series,
    })),
    from: days.from,
    to: days.to,
    next:
      rows.length > query.limit && last
        ? encodeCursor({
            start: iso(last.starts_at),
            eventId: last.event_id,
            originalDate: last.original_date,
          })
        : null,
  };
}

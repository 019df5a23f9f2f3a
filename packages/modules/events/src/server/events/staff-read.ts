import { addDaysToDate, localDateOf } from '@city-app/core';
import type { Queryable } from '@city-app/server';
import type { StaffEvent, StaffEventList } from '../../api/staff-event.js';
import type { EventsConfig } from '../../config.js';
import { fromRRule } from '../../series/repeat.js';
import { categoryTitle } from './category-title.js';
import { repeatsOf } from './detail.js';
import { timeOf } from './record.js';
import { findEventRow } from './row.js';

/** Staff see a series' dates from this many days back. */
const STAFF_PAST_DAYS = 31;
/** …and at most this many. */
const STAFF_DATES = 400;

/** An event as staff edit it, with its dates and their notes; `undefined` when there is none. */
export async function readStaffEvent(
  db: Queryable,
  id: string,
  ctx: { timeZone: string; now: Date },
): Promise<StaffEvent | undefined> {
  const row = await findEventRow(db, id);
  if (!row) return undefined;
  const since = addDaysToDate(localDateOf(ctx.now, ctx.timeZone), -STAFF_PAST_DAYS);
  const { rows: dates } = await db.query<{
    original_date: string;
    local_date: string;
    starts_at: Date | string;
    ends_at: Date | string | null;
    status: StaffEvent['dates'][number]['status'];
    note: string | null;
  }>(
    `SELECT to_char(o.original_date, 'YYYY-MM-DD') AS original_date,
            to_char(o.local_date, 'YYYY-MM-DD') AS local_date, o.starts_at, o.ends_at, o.status, x.note
       FROM events_occurrences o
       LEFT JOIN events_exceptions x
         ON x.event_id = o.event_id AND x.original_date = o.original_date
      WHERE o.event_id = $1::uuid AND o.local_date >= $2::date
      ORDER BY o.starts_at, o.original_date
      LIMIT $3`,
    [id, since, STAFF_DATES],
  );
  const ends = row.start_minute !== null || row.ends_after_days > 0;
  return {
    id: row.id,
    status: row.status,
    title: row.title,
    titleEn: row.title_en,
    description: row.description,
    descriptionEn: row.description_en,
    category: row.category,
    venueId: row.venue_id,
    place: row.place,
    organiserName: row.organiser_name,
    price: row.price,
    isFree: row.is_free,
    link: row.link,
    imageUrl: row.image_url,
    imageAlt: row.image_alt,
    startDate: row.starts_on,
    startTime: row.start_minute === null ? null : timeOf(row.start_minute),
    endDate: ends ? addDaysToDate(row.starts_on, row.ends_after_days) : null,
    endTime: row.end_minute === null ? null : timeOf(row.end_minute),
    repeat: row.rrule ? (fromRRule(row.rrule) ?? null) : null,
    rrule: row.rrule,
    repeats: repeatsOf(row),
    cancelled: row.cancelled,
    rejectionReason: row.rejection_reason,
    sample: row.sample,
    dates: dates.map((d) => ({
      originalDate: d.original_date,
      localDate: d.local_date,
      start: new Date(d.starts_at).toISOString(),
      end: d.ends_at === null ? null : new Date(d.ends_at).toISOString(),
      status: d.status,
      note: d.note,
    })),
  };
}

export interface StaffListQuery {
  status?: StaffEvent['status'];
  category?: string;
  q?: string;
  page: number;
}

export const STAFF_PAGE = 50;

/** Staff's list: the events with the next date first, then those without one, by title. */
export async function listStaffEvents(
  db: Queryable,
  query: StaffListQuery,
  ctx: { config: Pick<EventsConfig, 'categories'>; now: Date },
): Promise<StaffEventList> {
  const params: unknown[] = [ctx.now.toISOString()];
  const where: string[] = [];
  const add = (sql: (n: string) => string, value: unknown) => {
    params.push(value);
    where.push(sql(`$${params.length}`));
  };
  if (query.status) add((n) => `e.status = ${n}`, query.status);
  if (query.category) add((n) => `e.category = ${n}`, query.category);
  if (query.q) {
    add((n) => `e.title ILIKE ${n}`, `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  }
  params.push(STAFF_PAGE, (query.page - 1) * STAFF_PAGE);
  const { rows } = await db.query<{
    id: string;
    title: string;
    category: string;
    status: StaffEvent['status'];
    next_date: Date | string | null;
    series: boolean;
    cancelled: boolean;
    place: string | null;
    sample: boolean;
    source: string | null;
    total: number;
  }>(
    `SELECT e.id, e.title, e.category, e.status, e.rrule IS NOT NULL AS series, e.cancelled,
            coalesce(v.name, e.place) AS place, e.sample,
            -- A subscribed calendar by its name, a file by its name, a submission as such.
            CASE WHEN s.name IS NOT NULL THEN s.name
                 WHEN e.source_id LIKE 'file:%' THEN substr(e.source_id, 6)
                 WHEN e.source_id IS NOT NULL THEN e.source_id
                 WHEN e.organiser_id IS NOT NULL THEN 'submission' END AS source,
            (SELECT min(o.starts_at) FROM events_occurrences o
              WHERE o.event_id = e.id AND o.starts_at >= $1::timestamptz
                AND o.status <> 'cancelled') AS next_date,
            count(*) OVER ()::int AS total
       FROM events_events e LEFT JOIN events_venues v ON v.id = e.venue_id
       LEFT JOIN events_sources s ON 'source:' || s.id::text = e.source_id
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY next_date NULLS LAST, lower(e.title), e.id
      LIMIT $${params.length - 1} OFFSET $${params.length}`,
    params,
  );
  return {
    items: rows.map((r) => ({
      id: r.id,
      title: r.title,
      category: { id: r.category, title: categoryTitle(ctx.config, r.category) },
      status: r.status,
      nextDate: r.next_date === null ? null : new Date(r.next_date).toISOString(),
      series: r.series,
      cancelled: r.cancelled,
      place: r.place,
      sample: r.sample,
      source: r.source,
    })),
    total: rows[0]?.total ?? 0,
  };
}

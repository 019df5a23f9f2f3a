import { localDateOf, localToInstant } from '@city-app/core';
import type { Queryable } from '@city-app/server';
import type { DetailDate, EventDetail } from '../../api/event-detail.js';
import type { Localized } from '../../api/localized.js';
import type { EventsConfig } from '../../config.js';
import { describeRepeat } from '../../series/describe.js';
import { fromRRule } from '../../series/repeat.js';
import { eventJsonLd } from '../json-ld/event-json-ld.js';
import { readVenues } from '../venues/row.js';
import { categoryTitle } from './category-title.js';
import { type EventRow, findEventRow } from './row.js';

/** An event's page shows at most this many coming dates; the rest are counted. */
export const DETAIL_DATES = 100;

const SEVERAL: Localized = { de: 'Mehrere Termine', en: 'Several dates' };

/** How a series repeats in words; an imported rule the form cannot say is "several dates". */
export function repeatsOf(row: Pick<EventRow, 'rrule'>): Localized | null {
  if (!row.rrule) return null;
  const repeat = fromRRule(row.rrule);
  return repeat ? describeRepeat(repeat) : SEVERAL;
}

/** The coming dates of an event (from the start of today), with how many more follow. */
export async function comingDates(
  db: Queryable,
  eventId: string,
  ctx: { timeZone: string; now: Date; cancelled: boolean },
): Promise<{ dates: DetailDate[]; more: number }> {
  const today = localDateOf(ctx.now, ctx.timeZone);
  const from = new Date(localToInstant(today, 0, ctx.timeZone)).toISOString();
  const { rows } = await db.query<{
    original_date: string;
    local_date: string;
    starts_at: Date | string;
    ends_at: Date | string | null;
    status: DetailDate['status'];
    note: string | null;
    total: number;
  }>(
    `SELECT to_char(o.original_date, 'YYYY-MM-DD') AS original_date,
            to_char(o.local_date, 'YYYY-MM-DD') AS local_date, o.starts_at, o.ends_at, o.status,
            x.note, count(*) OVER ()::int AS total
       FROM events_occurrences o
       LEFT JOIN events_exceptions x
         ON x.event_id = o.event_id AND x.original_date = o.original_date
      WHERE o.event_id = $1::uuid
        AND (o.starts_at >= $2::timestamptz OR o.ends_at > $2::timestamptz)
      ORDER BY o.starts_at, o.original_date
      LIMIT $3`,
    [eventId, from, DETAIL_DATES],
  );
  return {
    dates: rows.map((r) => ({
      originalDate: r.original_date,
      localDate: r.local_date,
      start: new Date(r.starts_at).toISOString(),
      end: r.ends_at === null ? null : new Date(r.ends_at).toISOString(),
      status: ctx.cancelled ? 'cancelled' : r.status,
      note: r.note,
    })),
    more: Math.max(0, (rows[0]?.total ?? 0) - rows.length),
  };
}

/** The organiser residents see: the record's name and website, or the name written on the event. */
export async function organiserOf(
  db: Queryable,
  row: Pick<EventRow, 'organiser_id' | 'organiser_name'>,
): Promise<{ name: string; website: string | null } | null> {
  if (row.organiser_id) {
    const { rows } = await db.query<{ name: string; website: string | null }>(
      'SELECT name, website FROM events_organisers WHERE id = $1',
      [row.organiser_id],
    );
    if (rows[0]) return rows[0];
  }
  return row.organiser_name ? { name: row.organiser_name, website: null } : null;
}

/** A published event's page, or `undefined` when there is none (or it is not published). */
export async function readEventDetail(
  db: Queryable,
  id: string,
  ctx: {
    config: Pick<EventsConfig, 'categories'>;
    timeZone: string;
    town: string;
    now: Date;
    url: string;
  },
): Promise<EventDetail | undefined> {
  const row = await findEventRow(db, id);
  if (row?.status !== 'published') return undefined;
  const [venue] = row.venue_id ? await readVenues(db, [row.venue_id]) : [];
  const organiser = await organiserOf(db, row);
  const { dates, more } = await comingDates(db, id, { ...ctx, cancelled: row.cancelled });
  const text = (de: string, en: string | null): Localized => ({ de, ...(en ? { en } : {}) });
  return {
    id: row.id,
    title: text(row.title, row.title_en),
    description: text(row.description, row.description_en),
    category: { id: row.category, title: categoryTitle(ctx.config, row.category) },
    venue: venue ?? null,
    place: row.place,
    organiser,
    isFree: row.is_free,
    price: row.price,
    link: row.link,
    image: row.image_url ? { url: row.image_url, alt: row.image_alt ?? '' } : null,
    allDay: row.start_minute === null,
    repeats: repeatsOf(row),
    cancelled: row.cancelled,
    dates,
    moreDates: more,
    jsonLd: eventJsonLd(row, { venue: venue ?? null, organiser, next: dates[0] }, ctx),
    sample: row.sample,
  };
}

import type { BookingContext, TimeInput } from '../context.js';
import { isoInstant as iso } from '../time/zone.js';
import { ACTIVE } from './model.js';

/** A time on a resource whose use is asked for: a course session, say. */
export interface OccupancyWindow {
  resourceId: string;
  start: TimeInput;
  end: TimeInput;
}

/** How a window is used: seats of active reservations, open waitlist entries, overlapping it. */
export interface Occupancy {
  seats: number;
  waiting: number;
}

/**
 * The occupancy of many windows in one query, in the order asked: what a list of course
 * sessions shows without a query per session. Sums in the database, so nothing is cut off
 * however many reservations a window holds (a list of reservations is capped).
 */
export async function occupancy(
  ctx: BookingContext,
  windows: readonly OccupancyWindow[],
): Promise<Occupancy[]> {
  if (windows.length === 0) return [];
  const { rows } = await ctx.db.query<{ seats: number; waiting: number }>(
    `SELECT (SELECT coalesce(sum(r.seats), 0)::int FROM booking_reservations r
              WHERE r.resource_id = w.resource_id AND r.status = ANY($4::text[])
                AND upper(r.during) > w.start_at AND lower(r.during) < w.end_at) AS seats,
            (SELECT count(*)::int FROM booking_waitlist q
              WHERE q.resource_id = w.resource_id AND q.status IN ('waiting', 'offered')
                AND upper(q.during) > w.start_at AND lower(q.during) < w.end_at) AS waiting
       FROM unnest($1::text[], $2::timestamptz[], $3::timestamptz[]) WITH ORDINALITY
            AS w(resource_id, start_at, end_at, n)
      ORDER BY w.n`,
    [
      windows.map((w) => w.resourceId),
      windows.map((w) => iso(ctx.instant(w.start, 'start'))),
      windows.map((w) => iso(ctx.instant(w.end, 'end'))),
      ACTIVE,
    ],
  );
  return rows.map((r) => ({ seats: r.seats, waiting: r.waiting }));
}

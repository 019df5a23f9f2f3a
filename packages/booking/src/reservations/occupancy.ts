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
 * The occupancy of a window as two SQL expressions, `seats` and `waiting`, over SQL expressions
 * for the resource's id and the window's bounds; `statuses` is the parameter (e.g. `$1`) that
 * holds `ACTIVE_STATUSES`. For a module that reads its rows and their occupancy in one
 * statement; `occupancy()` is built on the same.
 */
export function occupancySql(
  window: { resourceId: string; start: string; end: string },
  statuses: string,
): { seats: string; waiting: string } {
  const { resourceId, start, end } = window;
  return {
    seats: `(SELECT coalesce(sum(r.seats), 0)::int FROM booking_reservations r
              WHERE r.resource_id = ${resourceId} AND r.status = ANY(${statuses}::text[])
                AND upper(r.during) > ${start} AND lower(r.during) < ${end})`,
    waiting: `(SELECT count(*)::int FROM booking_waitlist q
              WHERE q.resource_id = ${resourceId} AND q.status IN ('waiting', 'offered')
                AND upper(q.during) > ${start} AND lower(q.during) < ${end})`,
  };
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
  const used = occupancySql(
    { resourceId: 'w.resource_id', start: 'w.start_at', end: 'w.end_at' },
    '$4',
  );
  const { rows } = await ctx.db.query<{ seats: number; waiting: number }>(
    `SELECT ${used.seats} AS seats, ${used.waiting} AS waiting
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

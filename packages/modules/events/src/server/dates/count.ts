import { addDaysToDate, localToInstant } from '@city-app/core';
import type { Queryable } from '@city-app/server';
import type { DateWindow } from '../../series/expand.js';

/** How many published dates start within the days and take place (cancelled ones not). */
export async function countDates(
  db: Queryable,
  days: DateWindow,
  timeZone: string,
): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n
       FROM events_occurrences o JOIN events_events e ON e.id = o.event_id
      WHERE e.status = 'published' AND NOT e.cancelled AND o.status <> 'cancelled'
        AND o.starts_at >= $1::timestamptz AND o.starts_at < $2::timestamptz`,
    [
      new Date(localToInstant(days.from, 0, timeZone)).toISOString(),
      new Date(localToInstant(addDaysToDate(days.to, 1), 0, timeZone)).toISOString(),
    ],
  );
  return rows[0]?.n ?? 0;
}

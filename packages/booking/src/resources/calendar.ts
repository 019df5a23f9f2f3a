import { cityError } from '@city-app/core';
import { z } from 'zod';
import type { BookingContext, TimeInput } from '../context.js';
import { THING_WORDS } from '../errors.js';
import type { Reservation } from '../reservations/model.js';
import { isUuid } from '../reservations/model.js';
import { listReservations } from '../reservations/queries.js';
import { isLocalDate, isoInstant as iso } from '../time/zone.js';
import { getResource, writeHours } from './manage.js';
import { dateExceptionSchema, parseInput, weeklyHoursSchema } from './model.js';

/** When a resource is open: weekly hours, date exceptions and blackouts. */

export async function getOpeningHours(ctx: BookingContext, id: string) {
  const { rows } = await ctx.db.query<{ weekday: number; opens: string; closes: string }>(
    `SELECT weekday, to_char(opens, 'HH24:MI') AS opens, to_char(closes, 'HH24:MI') AS closes
           FROM booking_opening_hours WHERE resource_id = $1 ORDER BY weekday, opens`,
    [id],
  );
  return rows;
}

/** Replaces the weekly opening hours. */
export async function setOpeningHours(
  ctx: BookingContext,
  id: string,
  hours: { weekday: number; opens: string; closes: string }[],
): Promise<void> {
  const parsed = parseInput(z.array(weeklyHoursSchema), hours, 'openingHours');
  await getResource(ctx, id);
  await ctx.db.transaction(async (tx) => {
    await tx.query('DELETE FROM booking_opening_hours WHERE resource_id = $1', [id]);
    await writeHours(tx, id, parsed);
  });
}

/** Sets a date's exception (closed, or special hours), replacing one on the same date. */
export async function setException(
  ctx: BookingContext,
  id: string,
  exception: {
    date: string;
    closed: boolean;
    intervals?: { opens: string; closes: string }[];
    note?: string;
  },
): Promise<void> {
  const e = parseInput(dateExceptionSchema, exception, 'exception');
  await getResource(ctx, id);
  await ctx.db.query(
    `INSERT INTO booking_exceptions (resource_id, day, closed, intervals, note) VALUES ($1, $2::date, $3, $4::jsonb, $5)
         ON CONFLICT (resource_id, day) DO UPDATE SET closed = EXCLUDED.closed, intervals = EXCLUDED.intervals, note = EXCLUDED.note`,
    [id, e.date, e.closed, JSON.stringify(e.intervals), e.note ?? null],
  );
}

export async function removeException(
  ctx: BookingContext,
  id: string,
  date: string,
): Promise<void> {
  await ctx.db.query('DELETE FROM booking_exceptions WHERE resource_id = $1 AND day = $2::date', [
    id,
    date,
  ]);
}

/** The date exceptions of a resource from `from` (a local date) on, by date. */
export async function listExceptions(
  ctx: BookingContext,
  id: string,
  opts: { from?: string } = {},
): Promise<
  { date: string; closed: boolean; intervals: { opens: string; closes: string }[]; note?: string }[]
> {
  if (opts.from !== undefined && !isLocalDate(opts.from))
    throw cityError('booking_date_format', {}, { field: 'from' });
  const { rows } = await ctx.db.query<{
    day: string;
    closed: boolean;
    intervals: { opens: string; closes: string }[];
    note: string | null;
  }>(
    `SELECT to_char(day, 'YYYY-MM-DD') AS day, closed, intervals, note FROM booking_exceptions
          WHERE resource_id = $1 AND ($2::date IS NULL OR day >= $2::date) ORDER BY day`,
    [id, opts.from ?? null],
  );
  return rows.map((r) => ({
    date: r.day,
    closed: r.closed,
    intervals: r.intervals,
    ...(r.note ? { note: r.note } : {}),
  }));
}

/** Blocks a period (maintenance) on a resource; existing reservations stay and are listed. */
export async function addBlackout(
  ctx: BookingContext,
  id: string,
  blackout: { start: TimeInput; end: TimeInput; reason?: string },
): Promise<{ id: string; affected: Reservation[] }> {
  const start = ctx.instant(blackout.start, 'start');
  const end = ctx.instant(blackout.end, 'end');
  if (end <= start) throw cityError('booking_end_before_start', {}, { field: 'end' });
  await getResource(ctx, id);
  const { rows } = await ctx.db.query<{ id: string }>(
    `INSERT INTO booking_blackouts (resource_id, during, reason)
         VALUES ($1, tstzrange($2::timestamptz, $3::timestamptz, '[)'), $4) RETURNING id`,
    [id, iso(start), iso(end), blackout.reason ?? null],
  );
  const affected = await listReservations(ctx, {
    resourceId: id,
    from: iso(start),
    to: iso(end),
    active: true,
  });
  return { id: (rows[0] as { id: string }).id, affected };
}

export async function removeBlackout(ctx: BookingContext, blackoutId: string): Promise<void> {
  if (!isUuid(blackoutId)) {
    throw cityError('booking_not_found', { what: THING_WORDS.blackout, id: blackoutId });
  }
  await ctx.db.query('DELETE FROM booking_blackouts WHERE id = $1', [blackoutId]);
}

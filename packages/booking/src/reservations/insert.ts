import { type CityAppError, cityError } from '@city-app/core';
import { alternatives } from '../availability/alternatives.js';
import type { BookingContext } from '../context.js';
import { type Queryable, SQLSTATE, sqlState } from '../db.js';
import { isoInstant as iso } from '../time/zone.js';
import {
  RESERVATION_COLUMNS,
  type Reservation,
  type ReservationRow,
  reservationFromRow,
} from './model.js';
import type { Prepared } from './request.js';
import { initialStatus } from './status-changes.js';

/**
 * Inserts the reservation and its audit entry in one statement. The database has the last
 * word: its exclusion constraint and capacity trigger refuse an overlap (see `refusal`).
 */
export async function insert(
  ctx: BookingContext,
  q: Queryable,
  p: Prepared,
  extra: { idempotencyKey?: string; seriesId?: string; note?: string; actor: string },
): Promise<Reservation> {
  const status = initialStatus(p.rules, p.group);
  const { rows } = await q.query<ReservationRow>(
    `WITH r AS (
         INSERT INTO booking_reservations (resource_id, person_id, person_group, seats, during, blocked, status,
                                           idempotency_key, series_id, note)
         VALUES ($1, $2, $3, $4, tstzrange($5::timestamptz, $6::timestamptz, '[)'),
                 tstzrange($7::timestamptz, $8::timestamptz, '[)'), $9, $10, $11, $12)
         RETURNING *
       ), a AS (
         INSERT INTO booking_audit (reservation_id, resource_id, actor, action, to_status, details)
         SELECT id, resource_id, $13, 'created', status, $14::jsonb FROM r
       )
       SELECT ${RESERVATION_COLUMNS} FROM r`,
    [
      p.resource.id,
      p.personId,
      p.group,
      p.seats,
      iso(p.start),
      iso(p.end),
      iso(p.blockedStart),
      iso(p.blockedEnd),
      status,
      extra.idempotencyKey ?? null,
      extra.seriesId ?? null,
      extra.note ?? null,
      extra.actor,
      JSON.stringify({ start: iso(p.start), end: iso(p.end), seats: p.seats }),
    ],
  );
  return reservationFromRow(rows[0] as ReservationRow, ctx.tz);
}

/** Whether the database refused a range because it overlaps or exceeds the capacity. */
export function isOverlap(error: unknown): boolean {
  const { code } = sqlState(error);
  return code === SQLSTATE.exclusionViolation || code === SQLSTATE.capacityExceeded;
}

/** Maps what the database refused to a `slot_taken` with alternatives; rethrows the rest. */
export async function refusal(
  ctx: BookingContext,
  error: unknown,
  p: Prepared,
  excludeId?: string,
): Promise<CityAppError> {
  if (!isOverlap(error)) throw error;
  const capacity = sqlState(error).code === SQLSTATE.capacityExceeded;
  const detail = (error as { detail?: string }).detail;
  return cityError(
    capacity ? 'seats_taken' : 'slot_taken',
    { resource: p.resource.name },
    {
      field: 'start',
      details: {
        ...(capacity && detail !== undefined ? { seatsLeft: Number(detail) } : {}),
        alternatives: await alternatives(
          ctx,
          p.resource.id,
          p.group,
          p.start,
          p.end - p.start,
          p.seats,
          excludeId,
        ),
      },
      cause: error,
    },
  );
}

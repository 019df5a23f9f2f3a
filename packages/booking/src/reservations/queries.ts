import { cityError } from '@city-app/core';
import type { BookingContext, TimeInput } from '../context.js';
import type { Queryable } from '../db.js';
import { THING_WORDS } from '../errors.js';
import { isoInstant as iso } from '../time/zone.js';
import {
  ACTIVE,
  isUuid,
  RESERVATION_COLUMNS,
  type Reservation,
  type ReservationRow,
  type ReservationStatus,
  reservationFromRow,
} from './model.js';

const notFound = (id: string) =>
  cityError('booking_not_found', { what: THING_WORDS.reservation, id });

/** One reservation; inside a `within` hook pass its `tx` to read there. */
export async function getReservation(
  ctx: BookingContext,
  id: string,
  opts: { tx?: Queryable } = {},
): Promise<Reservation> {
  if (!isUuid(id)) throw notFound(id);
  const { rows } = await (opts.tx ?? ctx.db).query<ReservationRow>(
    `SELECT ${RESERVATION_COLUMNS} FROM booking_reservations r WHERE r.id = $1`,
    [id],
  );
  if (!rows[0]) throw notFound(id);
  return reservationFromRow(rows[0], ctx.tz);
}

/**
 * Reservations by resource, person, ids, time or status. Inside a `within` hook pass its
 * `tx` (`{ tx }`) to read there, including what the transaction wrote.
 */
export async function listReservations(
  ctx: BookingContext,
  filter: {
    resourceId?: string;
    personId?: string;
    ids?: string[];
    from?: TimeInput;
    to?: TimeInput;
    active?: boolean;
    status?: ReservationStatus;
  } = {},
  opts: { tx?: Queryable } = {},
): Promise<Reservation[]> {
  const from = filter.from === undefined ? null : iso(ctx.instant(filter.from, 'from'));
  const to = filter.to === undefined ? null : iso(ctx.instant(filter.to, 'to'));
  const ids = filter.ids?.filter(isUuid) ?? null;
  const { rows } = await (opts.tx ?? ctx.db).query<ReservationRow>(
    `SELECT ${RESERVATION_COLUMNS} FROM booking_reservations r
          WHERE ($1::text IS NULL OR r.resource_id = $1) AND ($2::text IS NULL OR r.person_id = $2)
            AND ($3::timestamptz IS NULL OR upper(r.during) > $3) AND ($4::timestamptz IS NULL OR lower(r.during) < $4)
            AND (NOT $5 OR r.status = ANY($6::text[])) AND ($7::text IS NULL OR r.status = $7)
            AND ($8::uuid[] IS NULL OR r.id = ANY($8::uuid[]))
          ORDER BY lower(r.during), r.id LIMIT 5000`,
    [
      filter.resourceId ?? null,
      filter.personId ?? null,
      from,
      to,
      filter.active ?? false,
      ACTIVE,
      filter.status ?? null,
      ids,
    ],
  );
  return rows.map((r) => reservationFromRow(r, ctx.tz));
}

/** The reservation made with an idempotency key, if any. */
export async function byIdempotencyKey(
  ctx: BookingContext,
  key: string,
): Promise<Reservation | undefined> {
  const { rows } = await ctx.db.query<ReservationRow>(
    `SELECT ${RESERVATION_COLUMNS} FROM booking_reservations r WHERE r.idempotency_key = $1`,
    [key],
  );
  return rows[0] ? reservationFromRow(rows[0], ctx.tz) : undefined;
}

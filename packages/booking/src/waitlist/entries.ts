import { cityError } from '@city-app/core';
import { type BookingContext, MINUTE } from '../context.js';
import type { Queryable } from '../db.js';
import { THING_WORDS } from '../errors.js';
import type { WaitlistEntry } from '../events.js';
import { createReservation } from '../reservations/create.js';
import { isUuid, type Reservation } from '../reservations/model.js';
import { getReservation } from '../reservations/queries.js';
import { type ReservationRequest, requestSchema } from '../reservations/request.js';
import { getResource } from '../resources/manage.js';
import { parseInput } from '../resources/model.js';
import { isoInstant as iso } from '../time/zone.js';
import type { WithinOption } from '../within.js';
import { WAITLIST_COLUMNS, type WaitlistRow, waitlistFromRow } from './model.js';
import { processWaitlist } from './offers.js';

const notFound = (id: string) =>
  cityError('booking_not_found', { what: THING_WORDS.waitlistEntry, id });

/** Puts a person on the waitlist for a range; when it frees up, the first in line gets an offer. */
export async function joinWaitlist(
  ctx: BookingContext,
  input: Pick<
    ReservationRequest,
    'resourceId' | 'personId' | 'group' | 'start' | 'end' | 'durationMinutes' | 'seats'
  >,
  opts: WithinOption<WaitlistEntry> = {},
): Promise<WaitlistEntry> {
  const req = parseInput(requestSchema, input);
  const start = ctx.instant(req.start, 'start');
  const end =
    req.end !== undefined
      ? ctx.instant(req.end, 'end')
      : start + (req.durationMinutes ?? 0) * MINUTE;
  if (end <= start) {
    throw cityError(
      'booking_end_before_start',
      {},
      {
        field: req.end !== undefined ? 'end' : 'durationMinutes',
      },
    );
  }
  if (start <= ctx.clock()) throw cityError('booking_already_begun', {}, { field: 'start' });
  await getResource(ctx, req.resourceId);
  const entry = await ctx.db.transaction(async (tx) => {
    const { rows } = await tx.query<WaitlistRow>(
      `WITH w AS (
             INSERT INTO booking_waitlist (resource_id, person_id, person_group, seats, during, status)
             VALUES ($1, $2, $3, $4, tstzrange($5::timestamptz, $6::timestamptz, '[)'), 'waiting') RETURNING *
           ), a AS (
             INSERT INTO booking_audit (waitlist_id, resource_id, actor, action, to_status)
             SELECT id, resource_id, $2, 'waitlist_joined', 'waiting' FROM w
           )
           SELECT ${WAITLIST_COLUMNS} FROM w`,
      [req.resourceId, req.personId, req.group, req.seats, iso(start), iso(end)],
    );
    const joined = waitlistFromRow(rows[0] as WaitlistRow, ctx.tz);
    await opts.within?.(tx, joined);
    return joined;
  });
  // The range may be free already: then the offer comes at once.
  const { offered } = await processWaitlist(ctx, req.resourceId);
  return offered.find((o) => o.id === entry.id) ?? entry;
}

/** One waitlist entry; inside a `within` or `beforeCommit` hook pass its `tx` to read there. */
export async function getWaitlistEntry(
  ctx: BookingContext,
  id: string,
  opts: { tx?: Queryable } = {},
): Promise<WaitlistEntry> {
  if (!isUuid(id)) throw notFound(id);
  const { rows } = await (opts.tx ?? ctx.db).query<WaitlistRow>(
    `SELECT ${WAITLIST_COLUMNS} FROM booking_waitlist w WHERE w.id = $1`,
    [id],
  );
  if (!rows[0]) throw notFound(id);
  return waitlistFromRow(rows[0], ctx.tz);
}

/** An entry its person acts on; to anyone else it does not exist (not even a "forbidden"). */
async function ownEntry(ctx: BookingContext, id: string, personId: string) {
  const entry = await getWaitlistEntry(ctx, id);
  if (entry.personId !== personId) throw notFound(id);
  return entry;
}

export async function listWaitlist(
  ctx: BookingContext,
  resourceId: string,
): Promise<WaitlistEntry[]> {
  const { rows } = await ctx.db.query<WaitlistRow>(
    `SELECT ${WAITLIST_COLUMNS} FROM booking_waitlist w WHERE w.resource_id = $1 AND w.status IN ('waiting', 'offered') ORDER BY w.seq`,
    [resourceId],
  );
  return rows.map((w) => waitlistFromRow(w, ctx.tz));
}

/** Turns an open offer into a reservation (all rules apply); an expired offer passes to the next person. */
export async function acceptOffer(
  ctx: BookingContext,
  id: string,
  opts: { personId: string } & WithinOption<Reservation>,
): Promise<Reservation> {
  const entry = await ownEntry(ctx, id, opts.personId);
  if (entry.status === 'accepted' && entry.reservationId)
    return getReservation(ctx, entry.reservationId);
  if (
    entry.status !== 'offered' ||
    (entry.offerExpiresAt && Date.parse(entry.offerExpiresAt) <= ctx.clock())
  ) {
    await processWaitlist(ctx, entry.resourceId);
    throw cityError(
      entry.status === 'waiting' ? 'offer_not_yet' : 'offer_passed_on',
      {},
      { details: { status: entry.status } },
    );
  }
  // The reservation and the accepted offer are one change: both or neither.
  return createReservation(
    ctx,
    {
      resourceId: entry.resourceId,
      personId: entry.personId,
      group: entry.group,
      start: entry.start,
      end: entry.end,
      seats: entry.seats,
      idempotencyKey: `waitlist:${entry.id}`,
    },
    {
      within: async (tx, reservation) => {
        const accepted = await tx.query(
          `WITH w AS (UPDATE booking_waitlist SET status = 'accepted', reservation_id = $2 WHERE id = $1 AND status = 'offered' RETURNING id, resource_id)
               INSERT INTO booking_audit (waitlist_id, reservation_id, resource_id, actor, action, from_status, to_status)
               SELECT id, $2, resource_id, $3, 'waitlist_accepted', 'offered', 'accepted' FROM w RETURNING id`,
          [id, reservation.id, opts.personId],
        );
        if (accepted.rowCount !== 1) {
          throw cityError('offer_expired');
        }
        await opts.within?.(tx, reservation);
      },
    },
  );
}

export async function withdrawFromWaitlist(
  ctx: BookingContext,
  id: string,
  opts: { personId: string } & WithinOption<WaitlistEntry>,
): Promise<void> {
  const entry = await ownEntry(ctx, id, opts.personId);
  await ctx.db.transaction(async (tx) => {
    const { rowCount } = await tx.query(
      `WITH w AS (UPDATE booking_waitlist SET status = 'withdrawn' WHERE id = $1 AND status IN ('waiting', 'offered') RETURNING id, resource_id)
           INSERT INTO booking_audit (waitlist_id, resource_id, actor, action, to_status) SELECT id, resource_id, $2, 'waitlist_withdrawn', 'withdrawn' FROM w RETURNING id`,
      [id, opts.personId],
    );
    // Only a real withdrawal is the caller's to tell.
    if (rowCount === 1) await opts.within?.(tx, { ...entry, status: 'withdrawn' });
  });
  await processWaitlist(ctx, entry.resourceId);
}

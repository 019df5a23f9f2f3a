import { cityError } from '@city-app/core';
import type { BookingContext } from '../context.js';
import { ACTION_WORDS, STATUS_WORDS, THING_WORDS } from '../errors.js';
import { rulesFor } from '../resources/manage.js';
import type { BookingRules } from '../rules.js';
import { processWaitlist } from '../waitlist/offers.js';
import type { Within, WithinOption } from '../within.js';
import {
  isUuid,
  RESERVATION_COLUMNS,
  type Reservation,
  type ReservationRow,
  type ReservationStatus,
  reservationFromRow,
} from './model.js';
import { getReservation } from './queries.js';
import {
  APPROVE,
  allows,
  CANCEL,
  CHECK_IN,
  DECLINE,
  NO_SHOW,
  type StatusChange,
} from './status-changes.js';
import { checkTiming } from './timing.js';

const notFound = (id: string) =>
  cityError('booking_not_found', { what: THING_WORDS.reservation, id });

interface ChangeRequest {
  actor: string;
  asStaff?: boolean;
  reason?: string;
  within?: Within<Reservation>;
}

/**
 * One status change from the table: checked against the status and the timing under a row
 * lock, written with its audit entry in one transaction, then announced and, when it frees
 * the range, offered to the waitlist.
 */
async function changeStatus(
  ctx: BookingContext,
  id: string,
  change: StatusChange & { to: ReservationStatus },
  req: ChangeRequest,
): Promise<Reservation> {
  // The deadline depends on the rules of the reservation's group; read them before locking.
  let rules: BookingRules | undefined;
  if (change.when === 'before the cancellation deadline') {
    const before = await getReservation(ctx, id);
    rules = await rulesFor(ctx, before.resourceId, before.group);
  }
  if (!isUuid(id)) throw notFound(id);
  if (!req.actor) throw cityError('booking_actor_missing', {}, { field: 'actor' });
  const to = change.to;
  const details = req.reason ? { reason: req.reason } : {};
  const reservation = await ctx.db.transaction(async (tx) => {
    const { rows } = await tx.query<ReservationRow>(
      `SELECT ${RESERVATION_COLUMNS} FROM booking_reservations r WHERE r.id = $1 FOR UPDATE`,
      [id],
    );
    if (!rows[0]) throw notFound(id);
    const current = reservationFromRow(rows[0], ctx.tz);
    if (!allows(current.status, change)) {
      throw cityError(
        'invalid_transition',
        { status: STATUS_WORDS[current.status], action: ACTION_WORDS[change.action] },
        { field: 'status', details: { status: current.status } },
      );
    }
    checkTiming(ctx, change, { reservation: current, rules, asStaff: req.asStaff });
    await tx.query(
      'UPDATE booking_reservations SET status = $2, updated_at = now() WHERE id = $1',
      [id, to],
    );
    await tx.query(
      `INSERT INTO booking_audit (reservation_id, resource_id, actor, action, from_status, to_status, details)
         VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)`,
      [
        id,
        current.resourceId,
        req.actor,
        change.action,
        current.status,
        to,
        JSON.stringify(details),
      ],
    );
    const changed: Reservation = { ...current, status: to };
    await req.within?.(tx, changed);
    return changed;
  });
  if (change.emits) {
    const type = change.action as 'approved' | 'declined' | 'cancelled';
    await ctx.emit([
      type === 'approved'
        ? { type, reservation, actor: req.actor }
        : { type, reservation, actor: req.actor, ...details },
    ]);
  }
  if (change.freesRange) await processWaitlist(ctx, reservation.resourceId);
  return reservation;
}

export function approve(
  ctx: BookingContext,
  id: string,
  opts: { actor: string } & WithinOption<Reservation>,
): Promise<Reservation> {
  return changeStatus(ctx, id, APPROVE, { actor: opts.actor, within: opts.within });
}

export function decline(
  ctx: BookingContext,
  id: string,
  opts: { actor: string; reason?: string } & WithinOption<Reservation>,
): Promise<Reservation> {
  return changeStatus(ctx, id, DECLINE, opts);
}

/** Cancels; persons only until the cancellation deadline, staff (`asStaff`) always. */
export function cancel(
  ctx: BookingContext,
  id: string,
  opts: { actor: string; asStaff?: boolean; reason?: string } & WithinOption<Reservation>,
): Promise<Reservation> {
  return changeStatus(ctx, id, CANCEL, opts);
}

/** Checks in from 30 minutes before the start until the end. */
export function checkIn(
  ctx: BookingContext,
  id: string,
  opts: { actor: string } & WithinOption<Reservation>,
): Promise<Reservation> {
  return changeStatus(ctx, id, CHECK_IN, { actor: opts.actor, within: opts.within });
}

/** Marks a reservation whose person did not come, once it has begun. */
export function markNoShow(
  ctx: BookingContext,
  id: string,
  opts: { actor: string } & WithinOption<Reservation>,
): Promise<Reservation> {
  return changeStatus(ctx, id, NO_SHOW, { actor: opts.actor, within: opts.within });
}

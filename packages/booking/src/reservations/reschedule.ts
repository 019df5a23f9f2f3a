import { CityAppError, cityError } from '@city-app/core';
import { type BookingContext, MINUTE, type TimeInput } from '../context.js';
import { retryingDeadlocks } from '../deadlocks.js';
import { ACTION_WORDS, STATUS_WORDS } from '../errors.js';
import { rulesFor } from '../resources/manage.js';
import { parseInput } from '../resources/model.js';
import { isoInstant as iso } from '../time/zone.js';
import { processWaitlist } from '../waitlist/offers.js';
import { guard, type WithinOption } from '../within.js';
import { refusal } from './insert.js';
import {
  RESERVATION_COLUMNS,
  type Reservation,
  type ReservationRow,
  reservationFromRow,
} from './model.js';
import { getReservation } from './queries.js';
import { checkQuotas } from './quotas.js';
import { prepare, requestSchema } from './request.js';
import { allows, RESCHEDULE } from './status-changes.js';
import { cancellationCheck } from './timing.js';

/**
 * Moves a reservation to a new time in one statement: either it moves or it stays where it
 * was. All rules apply to the new time; the reservation itself does not count against it.
 */
export async function reschedule(
  ctx: BookingContext,
  id: string,
  change: {
    start: TimeInput;
    end?: TimeInput;
    durationMinutes?: number;
    actor: string;
    asStaff?: boolean;
  } & WithinOption<Reservation>,
): Promise<Reservation> {
  const current = await getReservation(ctx, id);
  if (!allows(current.status, RESCHEDULE)) {
    throw cityError(
      'invalid_transition',
      { status: STATUS_WORDS[current.status], action: ACTION_WORDS.rescheduled },
      { details: { status: current.status } },
    );
  }
  const currentRules = await rulesFor(ctx, current.resourceId, current.group);
  cancellationCheck(ctx, currentRules, Date.parse(current.start), change.asStaff);
  const req = parseInput(requestSchema, {
    resourceId: current.resourceId,
    personId: current.personId,
    group: current.group,
    seats: current.seats,
    start: change.start,
    ...(change.end !== undefined ? { end: change.end } : {}),
    durationMinutes:
      change.durationMinutes ??
      (change.end === undefined
        ? (Date.parse(current.end) - Date.parse(current.start)) / MINUTE
        : undefined),
  });
  const p = await prepare(ctx, ctx.db, req, { excludeId: id });
  const hook = guard(change.within);
  let moved: Reservation;
  try {
    moved = await retryingDeadlocks(() =>
      ctx.db.transaction(async (tx) => {
        await checkQuotas(ctx, tx, p, id);
        // The status guard repeats the table's pending/confirmed: a change made meanwhile wins.
        const { rows } = await tx.query<ReservationRow>(
          `UPDATE booking_reservations r SET during = tstzrange($2::timestamptz, $3::timestamptz, '[)'),
                    blocked = tstzrange($4::timestamptz, $5::timestamptz, '[)'), updated_at = now(), reminded_at = NULL
              WHERE r.id = $1 AND r.status IN ('pending', 'confirmed') RETURNING ${RESERVATION_COLUMNS}`,
          [id, iso(p.start), iso(p.end), iso(p.blockedStart), iso(p.blockedEnd)],
        );
        if (!rows[0]) {
          throw cityError('changed_meanwhile');
        }
        const r = reservationFromRow(rows[0], ctx.tz);
        await tx.query(
          `INSERT INTO booking_audit (reservation_id, resource_id, actor, action, from_status, to_status, details)
             VALUES ($1, $2, $3, 'rescheduled', $4, $4, $5::jsonb)`,
          [
            id,
            r.resourceId,
            change.actor,
            r.status,
            JSON.stringify({
              from: { start: current.start, end: current.end },
              to: { start: r.start, end: r.end },
            }),
          ],
        );
        await hook?.run(tx, r);
        return r;
      }),
    );
  } catch (error) {
    if (error instanceof CityAppError || hook?.failed) throw error;
    throw await refusal(ctx, error, p, id);
  }
  await ctx.emit([
    {
      type: 'rescheduled',
      reservation: moved,
      previous: { start: current.start, end: current.end },
      actor: change.actor,
    },
  ]);
  // The old range is free now.
  await processWaitlist(ctx, moved.resourceId);
  return moved;
}

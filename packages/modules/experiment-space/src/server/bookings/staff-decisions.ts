import { cityError } from '@city-app/core';
import type { Queryable } from '@city-app/server';
import type { StaffBooking } from '../../api.js';
import type { MailKind } from '../mail/texts.js';
import type { BookingsCore } from './core.js';

/** Writes the booker's message in the transaction of the booking core's change. */
type Within = (tx: Queryable) => Promise<void>;

/**
 * Staff decide on a pending booking: the booking core makes the change (`decision`), and the
 * booker is told (`kind`) in the same transaction. A place on the waitlist is refused.
 */
async function decide(
  core: BookingsCore,
  id: string,
  onWaitlistPlace: 'space_approve_waitlist_place' | 'space_decline_waitlist_place',
  decision: (reservationId: string, within: Within) => Promise<unknown>,
  kind: MailKind,
  extra: { reason?: string } = {},
): Promise<StaffBooking> {
  const { state, tell, staffView } = core;
  const before = await core.loadByIdForStaff(id);
  if (!before.reservation) throw cityError(onWaitlistPlace);
  await decision(before.reservation.id, async (tx) =>
    tell(tx, await state(before.row, tx), kind, extra),
  );
  return staffView(await state(before.row));
}

/** Staff approve a pending booking; the booker is told in the same transaction. */
export function approve(core: BookingsCore, id: string, actor: string): Promise<StaffBooking> {
  return decide(
    core,
    id,
    'space_approve_waitlist_place',
    (reservationId, within) => core.ctx.booking.approve(reservationId, { actor, within }),
    'approved',
  );
}

/** Staff decline a pending booking; the booker is told, with the reason. */
export function decline(
  core: BookingsCore,
  id: string,
  actor: string,
  reason?: string,
): Promise<StaffBooking> {
  const why = reason ? { reason } : {};
  return decide(
    core,
    id,
    'space_decline_waitlist_place',
    (reservationId, within) => core.ctx.booking.decline(reservationId, { actor, ...why, within }),
    'declined',
    why,
  );
}

/** Staff cancel (always allowed); the booker is told, with the reason. */
export async function cancelByStaff(
  core: BookingsCore,
  id: string,
  actor: string,
  reason?: string,
): Promise<StaffBooking> {
  const { ctx, state, tell, staffView } = core;
  const before = await core.loadByIdForStaff(id);
  if (before.reservation) {
    await ctx.booking.cancel(before.reservation?.id as string, {
      actor,
      asStaff: true,
      ...(reason ? { reason } : {}),
      within: async (tx) =>
        tell(tx, await state(before.row, tx), 'cancelled_by_staff', reason ? { reason } : {}),
    });
    return staffView(await state(before.row));
  }
  if (before.entry && ['waiting', 'offered'].includes(before.entry.status)) {
    await ctx.booking.withdrawFromWaitlist(before.row.waitlist_id as string, {
      personId: before.entry?.personId as string,
    });
  }
  return staffView(await state(before.row));
}

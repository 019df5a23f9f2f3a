import type { StaffBooking } from '../../api.js';
import { refused } from '../errors.js';
import type { BookingsCore } from './core.js';

/** Staff approve a pending booking; the booker is told in the same transaction. */
export async function approve(
  core: BookingsCore,
  id: string,
  actor: string,
): Promise<StaffBooking> {
  const { ctx, state, tell, staffView } = core;
  const before = await core.loadByIdForStaff(id);
  if (!before.reservation)
    throw refused('invalid_transition', 'Only a booking can be approved.', { status: 409 });
  await ctx.booking.approve(before.reservation?.id as string, {
    actor,
    within: async (tx) => tell(tx, await state(before.row, tx), 'approved'),
  });
  return staffView(await state(before.row));
}

/** Staff decline a pending booking; the booker is told, with the reason. */
export async function decline(
  core: BookingsCore,
  id: string,
  actor: string,
  reason?: string,
): Promise<StaffBooking> {
  const { ctx, state, tell, staffView } = core;
  const before = await core.loadByIdForStaff(id);
  if (!before.reservation)
    throw refused('invalid_transition', 'Only a booking can be declined.', { status: 409 });
  await ctx.booking.decline(before.reservation?.id as string, {
    actor,
    ...(reason ? { reason } : {}),
    within: async (tx) =>
      tell(tx, await state(before.row, tx), 'declined', reason ? { reason } : {}),
  });
  return staffView(await state(before.row));
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

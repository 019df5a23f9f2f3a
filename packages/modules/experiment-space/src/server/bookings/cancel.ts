import type { PrivateBooking } from '../../api.js';
import type { BookingsCore } from './core.js';

/** The booker cancels a booking, or leaves the waitlist. */
export async function cancel(core: BookingsCore, token: string): Promise<PrivateBooking> {
  const { ctx, state, tell, privateView } = core;
  const row = await core.byToken(token);
  const before = await state(row);
  if (before.reservation) {
    await ctx.booking.cancel(row.reservation_id as string, {
      actor: row.email,
      within: async (tx) => tell(tx, await state(row, tx), 'cancelled'),
    });
    return privateView(await state(row));
  }
  if (before.entry && ['waiting', 'offered'].includes(before.entry.status)) {
    await ctx.booking.withdrawFromWaitlist(row.waitlist_id as string, { personId: row.email });
  }
  return privateView(await state(row));
}

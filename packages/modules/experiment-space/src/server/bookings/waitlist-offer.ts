import { cityError } from '@city-app/core';
import type { PrivateBooking } from '../../api.js';
import type { BookingsCore } from './core.js';

/** The booker accepts a waitlist offer: the held place becomes a registration. */
export async function acceptOffer(core: BookingsCore, token: string): Promise<PrivateBooking> {
  const { ctx, state, tell, privateView } = core;
  const row = await core.byToken(token);
  if (!row.waitlist_id) {
    throw cityError('space_no_offer');
  }
  if (row.reservation_id) return privateView(await state(row));
  const reservation = await ctx.booking.acceptOffer(row.waitlist_id as string, {
    personId: row.email,
    within: async (tx, reservation) => {
      await tx.query(
        'UPDATE experiment_space_bookings SET reservation_id = $2, ends_at = $3::timestamptz WHERE id = $1',
        [row.id, reservation.id, reservation.end],
      );
      await tell(tx, await state({ ...row, reservation_id: reservation.id }, tx), 'confirmed');
    },
  });
  return privateView(await state({ ...row, reservation_id: reservation.id }));
}

import { cityError } from '@city-app/core';
import type { PrivateBooking, RescheduleRequest } from '../../api.js';
import { checkProviderQuota } from '../provider-quotas.js';
import type { BookingsCore } from './core.js';

/**
 * The booker moves a booking of a resource. The new time, the row's end, the provider's
 * quota and the e-mail about it are one transaction.
 */
export async function reschedule(
  core: BookingsCore,
  token: string,
  change: RescheduleRequest,
): Promise<PrivateBooking> {
  const { ctx, state, tell, privateView } = core;
  const row = await core.byToken(token);
  if (row.kind !== 'resource' || !row.reservation_id) {
    throw cityError('space_not_movable', {}, { field: 'start' });
  }
  await ctx.booking.reschedule(row.reservation_id as string, {
    start: change.start,
    ...(change.durationMinutes ? { durationMinutes: change.durationMinutes } : {}),
    actor: row.email,
    within: async (tx, moved) => {
      await tx.query(
        'UPDATE experiment_space_bookings SET ends_at = $2::timestamptz WHERE id = $1',
        [row.id, moved.end],
      );
      if (row.person_group === 'education_provider' && row.organisation) {
        await checkProviderQuota(ctx, tx, {
          organisation: row.organisation,
          reservation: moved,
        });
      }
      await tell(tx, await state(row, tx), 'rescheduled');
    },
  });
  return privateView(await state(row));
}

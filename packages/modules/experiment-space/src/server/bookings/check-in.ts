import { cityError } from '@city-app/core';
import type { StaffBooking } from '../../api.js';
import type { BookingsCore } from './core.js';

/** Staff check a booker in at the desk (the booking core says from when). */
export async function checkIn(
  core: BookingsCore,
  id: string,
  actor: string,
): Promise<StaffBooking> {
  const before = await core.loadByIdForStaff(id);
  if (!before.reservation) throw cityError('space_check_in_waitlist_place');
  await core.ctx.booking.checkIn(before.reservation?.id as string, { actor });
  return core.staffView(await core.state(before.row));
}

/** Staff mark a booker who did not come. */
export async function noShow(core: BookingsCore, id: string, actor: string): Promise<StaffBooking> {
  const before = await core.loadByIdForStaff(id);
  if (!before.reservation) throw cityError('space_no_show_waitlist_place');
  await core.ctx.booking.markNoShow(before.reservation?.id as string, { actor });
  return core.staffView(await core.state(before.row));
}

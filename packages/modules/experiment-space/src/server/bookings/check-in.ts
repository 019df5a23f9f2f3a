import type { StaffBooking } from '../../api.js';
import { refused } from '../errors.js';
import type { BookingsCore } from './core.js';

/** Staff check a booker in at the desk (the booking core says from when). */
export async function checkIn(
  core: BookingsCore,
  id: string,
  actor: string,
): Promise<StaffBooking> {
  const before = await core.loadByIdForStaff(id);
  if (!before.reservation)
    throw refused('invalid_transition', 'A waitlist place cannot check in.', { status: 409 });
  await core.ctx.booking.checkIn(before.reservation?.id as string, { actor });
  return core.staffView(await core.state(before.row));
}

/** Staff mark a booker who did not come. */
export async function noShow(core: BookingsCore, id: string, actor: string): Promise<StaffBooking> {
  const before = await core.loadByIdForStaff(id);
  if (!before.reservation)
    throw refused('invalid_transition', 'A waitlist place cannot be a no-show.', {
      status: 409,
    });
  await core.ctx.booking.markNoShow(before.reservation?.id as string, { actor });
  return core.staffView(await core.state(before.row));
}

import { isCityAppError } from '@city-app/core';
import type {
  BookingCreated,
  BookingRequest,
  PrivateBooking,
  RescheduleRequest,
  StaffBooking,
} from '../../api.js';
import type { Catalogue } from '../catalogue.js';
import type { SpaceContext } from '../context.js';
import { checkBooker } from './booker.js';
import { getByLink, icsByLink } from './by-link.js';
import { cancel } from './cancel.js';
import { checkIn, noShow } from './check-in.js';
import { bookingsCore } from './core.js';
import { book } from './create.js';
import { reschedule } from './reschedule.js';
import { approve, cancelByStaff, decline } from './staff-decisions.js';
import { isActive, listForStaff, type StaffBookingFilter } from './staff-list.js';
import { acceptOffer } from './waitlist-offer.js';

export type { BookingRow } from './rows.js';
export { newToken } from './rows.js';
export type { State } from './state.js';

/**
 * Resident bookings and course registrations, and what staff do with them: one file per
 * concern over a shared core (rows, where they stand, views, telling the booker).
 */
export function bookings(ctx: SpaceContext, resources: Catalogue) {
  const core = bookingsCore(ctx);
  return {
    rowBy: core.rowBy,
    byToken: core.byToken,
    state: core.state,
    tell: core.tell,
    insertRow: core.insertRow,
    checkBooker,
    privateView: core.privateView,
    staffView: core.staffView,
    ics: core.ics,
    statesOf: core.statesOf,

    // residents, through the private link
    book: (
      input: BookingRequest,
      opts: { idempotencyKey?: string; origin?: string },
    ): Promise<{ created: BookingCreated; replayed: boolean }> =>
      book(core, resources, input, opts),
    get: (token: string): Promise<PrivateBooking> => getByLink(core, token),
    icsOf: (token: string): Promise<string> => icsByLink(core, token),
    reschedule: (token: string, change: RescheduleRequest): Promise<PrivateBooking> =>
      reschedule(core, token, change),
    cancel: (token: string): Promise<PrivateBooking> => cancel(core, token),
    accept: (token: string): Promise<PrivateBooking> => acceptOffer(core, token),

    // staff
    approve: (id: string, actor: string): Promise<StaffBooking> => approve(core, id, actor),
    decline: (id: string, actor: string, reason?: string): Promise<StaffBooking> =>
      decline(core, id, actor, reason),
    checkIn: (id: string, actor: string): Promise<StaffBooking> => checkIn(core, id, actor),
    noShow: (id: string, actor: string): Promise<StaffBooking> => noShow(core, id, actor),
    cancelByStaff: (id: string, actor: string, reason?: string): Promise<StaffBooking> =>
      cancelByStaff(core, id, actor, reason),
    listForStaff: (filter: StaffBookingFilter): Promise<StaffBooking[]> =>
      listForStaff(core, filter),
    isActive,
  };
}

export type Bookings = ReturnType<typeof bookings>;

/** Whether a refusal means "this time is taken" (then a course registration joins the waitlist). */
export const isSlotTaken = (error: unknown) =>
  isCityAppError(error, 'slot_taken') ||
  (error instanceof Error && (error as { code?: string }).code === 'slot_taken');

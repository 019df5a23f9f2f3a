import { auditLog } from './audit/log.js';
import { findResourceSlots, findSlots, nextFreeSlot, searchSlots } from './availability/search.js';
import { type BookingContext, type BookingServiceOptions, createContext } from './context.js';
import type { BookingDatabase } from './db.js';
import { anonymise } from './privacy/anonymise.js';
import { sendDueReminders } from './reminders/due.js';
import { createReservation } from './reservations/create.js';
import { occupancy } from './reservations/occupancy.js';
import { getReservation, listReservations } from './reservations/queries.js';
import { reschedule } from './reservations/reschedule.js';
import { approve, cancel, checkIn, decline, markNoShow } from './reservations/transitions.js';
import {
  addBlackout,
  getOpeningHours,
  listExceptions,
  removeBlackout,
  removeException,
  setException,
  setOpeningHours,
} from './resources/calendar.js';
import { createResource, getResource, listResources, updateResource } from './resources/manage.js';
import {
  grantQualification,
  listQualifications,
  revokeQualification,
} from './resources/qualifications.js';
import { createSeries } from './series/create.js';
import {
  acceptOffer,
  getWaitlistEntry,
  joinWaitlist,
  listWaitlist,
  withdrawFromWaitlist,
} from './waitlist/entries.js';
import { processWaitlist } from './waitlist/offers.js';

export type { BookingServiceOptions } from './context.js';

/**
 * The booking core over a database handle: resources, availability, reservations, series,
 * waitlist, reminders, privacy, audit. Every refusal is a catalogue `CityAppError`; the database is the
 * last word on conflicts (its exclusion constraint and capacity trigger), the checks exist to
 * give good messages. Each concept lives in its folder as functions of one shared context;
 * this only binds them to it.
 */
export function createBookingService(db: BookingDatabase, options: BookingServiceOptions) {
  const ctx = createContext(db, options);
  return {
    timezone: ctx.tz,
    state: ctx.state,
    ...bound(ctx, {
      // Resources and qualifications
      createResource,
      updateResource,
      getResource,
      listResources,
      getOpeningHours,
      setOpeningHours,
      setException,
      removeException,
      listExceptions,
      addBlackout,
      removeBlackout,
      grantQualification,
      revokeQualification,
      listQualifications,
      // Availability
      findSlots,
      findResourceSlots,
      searchSlots,
      nextFreeSlot,
      // Reservations
      createReservation,
      getReservation,
      listReservations,
      occupancy,
      approve,
      decline,
      cancel,
      checkIn,
      markNoShow,
      reschedule,
      createSeries,
      // Waitlist
      joinWaitlist,
      getWaitlistEntry,
      listWaitlist,
      acceptOffer,
      withdrawFromWaitlist,
      processWaitlist,
      // Reminders, privacy, audit
      sendDueReminders,
      anonymise,
      auditLog,
    }),
  };
}

export type BookingService = ReturnType<typeof createBookingService>;

/** A function of the context, as a method without it. */
type Bound<F> = F extends (ctx: BookingContext, ...args: infer A) => infer R
  ? (...args: A) => R
  : never;

function bound<T extends Record<string, (ctx: BookingContext, ...args: never[]) => unknown>>(
  ctx: BookingContext,
  functions: T,
): { [K in keyof T]: Bound<T[K]> } {
  const methods: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(functions)) {
    methods[name] = (...args: never[]) => fn(ctx, ...args);
  }
  return methods as { [K in keyof T]: Bound<T[K]> };
}

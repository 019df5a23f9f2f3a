export type { AuditEntry } from './audit/log.js';
export { publicHoliday, publicHolidays } from './availability/holidays.js';
export {
  type DateException,
  type Interval,
  mergeIntervals,
  openIntervals,
  type ResourceCalendar,
  subtractIntervals,
  type WeeklyHours,
} from './availability/opening.js';
export type { SlotSearch } from './availability/search.js';
export { type Busy, type FreeSlot, findFreeSlots, type SlotQuery } from './availability/slots.js';
export type { Slot } from './availability/window.js';
export type { TimeInput } from './context.js';
export type { BookingDatabase, Queryable } from './db.js';
export type { Alternative, BookingErrorDetails } from './errors.js';
export {
  type BookingEvent,
  type BookingEvents,
  WAITLIST_STATUSES,
  type WaitlistEntry,
} from './events.js';
export { type IcsOptions, reservationIcs, resourceFeedIcs } from './ical/ics.js';
export { ACTIVE_STATUSES, type BookingMigration, bookingMigrations } from './migrations.js';
export {
  RESERVATION_STATUSES,
  type Reservation,
  type ReservationStatus,
} from './reservations/model.js';
export {
  type Occupancy,
  type OccupancyWindow,
  occupancySql,
} from './reservations/occupancy.js';
export type { ReservationRequest } from './reservations/request.js';
export {
  type LoadedResource,
  type Localized,
  RESOURCES_JSON_SQL,
  type Resource,
  type ResourceInput,
  resourceFromJson,
  resourceInputSchema,
  resourceJsonSql,
  resourcesFromJson,
} from './resources/model.js';
export {
  type BookingRules,
  type BookingRulesInput,
  bookingRulesSchema,
  DEFAULT_RULES,
  type PartialRules,
  PERSON_GROUPS,
  type PersonGroup,
  partialRulesSchema,
  type Quota,
  quotaSchema,
} from './rules.js';
export type { Recurrence, SeriesConflict, SeriesRequest, SeriesResult } from './series/create.js';
export {
  type BookingService,
  type BookingServiceOptions,
  createBookingService,
} from './service.js';
export {
  addDays,
  formatLocal,
  isoWeekday,
  type LocalDate,
  type LocalTime,
  localParts,
  offsetAt,
  toInstant,
  zonedInstant,
} from './time/zone.js';
export type { Within, WithinOption } from './within.js';

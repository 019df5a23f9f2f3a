/**
 * The JSON the experiment space's API speaks, as plain types (no runtime code), so the web
 * screens can import them without zod. Every route is mounted under `/api/experiment-space`.
 *
 * Times: `start`/`end` are UTC instants (ISO); `startLocal`/`endLocal` are the town's wall
 * time `YYYY-MM-DDTHH:MM`. Requests take a local wall time (`2026-12-01T10:00`).
 * Errors: `ApiError` with a stable `code`, a `message`, the offending `field`, a `hint`.
 *
 * Residents (no account; the private `token` from a booking is the key):
 *   GET    /                                   catalogue: library, resources, courses, groups (`Catalogue`)
 *   GET    /resources                          resources (`ResourceSummary[]`)
 *   GET    /resources/:id                      one resource (`ResourceDetail`)
 *   GET    /resources/:id/slots?date&duration&group   free times of one day (`DaySlots`)
 *   POST   /bookings                           book a resource (`BookingRequest` → 201 `BookingCreated`);
 *                                              optional header Idempotency-Key
 *   GET    /bookings/:token                    my booking or course registration (`PrivateBooking`)
 *   PATCH  /bookings/:token                    move it (`RescheduleRequest` → `PrivateBooking`)
 *   DELETE /bookings/:token                    cancel it / leave the waitlist (→ `PrivateBooking`)
 *   GET    /bookings/:token/booking.ics        iCalendar file of it (text/calendar)
 *   POST   /bookings/:token/accept             accept a waitlist offer (→ `PrivateBooking`)
 *   GET    /bookings/:token/my-data            the data of this one booking (`BookingDataExport`, JSON download)
 *   POST   /my-data/requests                   e-mail a single-use link to the data of an address
 *                                              (`DataAccessRequest` → 202, the same whether or not it booked)
 *   POST   /my-data/access                     spend the link's proof (`{ proof }` → `DataAccess`)
 *   GET    /my-data                            every booking of that address (`MyDataExport`; header
 *                                              `Authorization: Bearer <access>`)
 *   DELETE /my-data                            cancel the future ones, erase name and e-mail of all (`MyDataDeleted`)
 *   GET    /courses                            courses with their sessions (`CourseSummary[]`)
 *   GET    /courses/:id                        one course (`CourseSummary`)
 *   POST   /courses/:id/registrations          register for a session (`RegistrationRequest` → 201 `BookingCreated`;
 *                                              status `confirmed`, or `waiting` on the waitlist)
 *
 * Library staff (role `library`; `admin` implies it), under /staff:
 *   GET    /staff/resources                    all resources incl. inactive (`StaffResource[]`)
 *   POST   /staff/resources                    create (`ResourceInput` → 201 `StaffResource`)
 *   PUT    /staff/resources/:id                change (`ResourceInput` without id/kind → `StaffResource`)
 *   DELETE /staff/resources/:id                deactivate (no new bookings; existing stay) (→ `StaffResource`)
 *   PUT    /staff/resources/:id/opening-hours  replace weekly hours (`WeeklyHours[]` → `StaffResource`)
 *   PUT    /staff/resources/:id/exceptions/:date   closed or special hours that day (`DateExceptionInput` → `StaffResource`)
 *   DELETE /staff/resources/:id/exceptions/:date   remove that exception (→ `StaffResource`)
 *   PUT    /staff/resources/:id/rules          rules and group overrides (`RulesInput` → `StaffResource`)
 *   GET    /staff/courses                      courses incl. participants' counts (`CourseSummary[]`)
 *   POST   /staff/courses                      create (`CourseInput` → 201 `CourseSummary`)
 *   PUT    /staff/courses/:id                  change title, description, seats, location (`CourseInput` without id/sessions)
 *   POST   /staff/courses/:id/sessions         add a session (`SessionInput` → 201 `CourseSummary`)
 *   DELETE /staff/courses/:id/sessions/:sessionId   cancel a session; registrations are cancelled and told (→ `CourseSummary`)
 *   GET    /staff/courses/:id/sessions/:sessionId/participants   (`StaffBooking[]`)
 *   GET    /staff/briefings?email              recorded briefings (`Briefing[]`)
 *   POST   /staff/briefings                    record one (`BriefingInput` → 201 `Briefing`)
 *   DELETE /staff/briefings?email&prerequisite  revoke one (204)
 *   GET    /staff/bookings?status&resourceId&from&to   bookings (`StaffBooking[]`); from/to are local dates
 *   GET    /staff/bookings.csv?from&to         the same as CSV (UTF-8 with BOM, `;`-separated for German Excel)
 *   GET    /staff/schedule?date                one day's schedule, default today (`Schedule`)
 *   POST   /staff/bookings/:id/approve         approve a pending booking (→ `StaffBooking`)
 *   POST   /staff/bookings/:id/decline         decline it (`{ reason? }` → `StaffBooking`)
 *   POST   /staff/bookings/:id/check-in        check in (→ `StaffBooking`)
 *   POST   /staff/bookings/:id/no-show         mark as no-show (→ `StaffBooking`)
 *   POST   /staff/bookings/:id/cancel          cancel; the booker is told (`{ reason? }` → `StaffBooking`)
 *   GET    /staff/provider-quotas              education providers' quotas with use (`ProviderQuota[]`)
 *   POST   /staff/provider-quotas              create or replace one (`ProviderQuotaInput` → 201 `ProviderQuota`)
 *   DELETE /staff/provider-quotas/:id          remove one (204)
 *   GET    /staff/mail                         the e-mail queue's state (`MailQueueState`)
 */

import type { Locale, Localized } from '@city-app/core';

export type { Locale, Localized };

export interface OptionalLocalized {
  de?: string;
  en?: string;
}

export interface ApiError {
  code: string;
  message: string;
  field?: string;
  hint?: string;
  /** For booking refusals: `alternatives` (free times), `prerequisite`, `quota`, `seatsLeft`, `deadline`. */
  details?: {
    alternatives?: FreeTime[];
    prerequisite?: string;
    expiredAt?: string;
    deadline?: string;
    seatsLeft?: number;
    quota?: { period: 'day' | 'week' | 'month'; maxCount?: number; maxHours?: number };
    [key: string]: unknown;
  };
}

/** Groups that book: a private person (`resident`) or an organisation. */
export type BookerGroup = 'resident' | 'school' | 'association' | 'business' | 'education_provider';

export interface WeeklyHours {
  /** ISO weekday: 1 Monday … 7 Sunday. */
  weekday: number;
  opens: string;
  closes: string;
}

export interface DateExceptionInput {
  closed: boolean;
  intervals?: { opens: string; closes: string }[];
  note?: string;
}

export interface DateException extends DateExceptionInput {
  date: string;
}

export interface Photo {
  /** A file of the app, or an image staff uploaded (`/images/<id>-<width>.webp`). */
  src: string;
  alt: Localized;
}

export interface Quota {
  period: 'day' | 'week' | 'month';
  maxCount?: number;
  maxHours?: number;
}

export interface Rules {
  granularityMinutes: number;
  minDurationMinutes: number;
  maxDurationMinutes: number;
  bufferAfterMinutes: number;
  minNoticeMinutes: number;
  maxHorizonDays: number;
  cancellationDeadlineMinutes: number;
  waitlistOfferMinutes: number;
  quotas: Quota[];
}

export interface ResourceSummary {
  id: string;
  kind: 'equipment' | 'room';
  category: string;
  name: Localized;
  description: OptionalLocalized;
  photo: Photo | null;
  /** Briefings one must have, e.g. `3d-printer-briefing`. */
  prerequisites: string[];
  approvalRequired: boolean;
  bookableBy: BookerGroup[];
}

export interface ResourceDetail extends ResourceSummary {
  uses: Localized[];
  accessibility: { stepFree?: boolean; notes: OptionalLocalized };
  location: string | null;
  openingHours: WeeklyHours[];
  /** The rules for residents (groups may differ: see `groupRules`). */
  rules: Rules;
  /** Per group: horizon, duration and quotas that differ from `rules`. */
  groupRules: Partial<Record<BookerGroup, Partial<Rules>>>;
}

export interface StaffResource extends ResourceDetail {
  active: boolean;
  exceptions: DateException[];
}

export interface FreeTime {
  start: string;
  end: string;
  startLocal: string;
  endLocal: string;
}

export interface DaySlots {
  resourceId: string;
  date: string;
  durationMinutes: number;
  /** Empty when the resource is closed or fully booked that day. */
  slots: FreeTime[];
  /** Why there are no slots, when there are none: closed, fully booked or not bookable yet/anymore. */
  reason?: 'closed' | 'fully_booked' | 'beyond_horizon' | 'past';
}

export interface BookingRequest {
  resourceId: string;
  /** Local wall time `YYYY-MM-DDTHH:MM` (or an instant with offset). */
  start: string;
  durationMinutes: number;
  name: string;
  email: string;
  /** Needed for every group except `resident`. */
  organisation?: string;
  group?: BookerGroup;
  locale?: Locale;
  note?: string;
  /**
   * This device's anonymous notification installation (`@city-app/notify`), when the booker
   * chose push: the booking's messages go there too, besides the e-mail.
   */
  installationId?: string;
}

export interface RegistrationRequest {
  sessionId: string;
  name: string;
  email: string;
  organisation?: string;
  group?: BookerGroup;
  locale?: Locale;
  /** Seats for a group (a school class); default 1. */
  seats?: number;
  /** As in `BookingRequest`: push to this device too. */
  installationId?: string;
}

export interface RescheduleRequest {
  start: string;
  durationMinutes?: number;
}

/**
 * Residents see: `pending` (awaiting approval), `confirmed`, `checked_in`, `no_show`,
 * `cancelled`, `declined`; for course registrations also `waiting` (on the waitlist),
 * `offered` (a place is held until `offerExpiresAt`), `expired`, `withdrawn`.
 */
export type BookingStatus =
  | 'pending'
  | 'confirmed'
  | 'checked_in'
  | 'no_show'
  | 'cancelled'
  | 'declined'
  | 'waiting'
  | 'offered'
  | 'expired'
  | 'withdrawn';

/** A booking as its booker sees it through the private link. */
export interface PrivateBooking {
  kind: 'resource' | 'course';
  status: BookingStatus;
  resourceId: string;
  resourceName: Localized;
  /** For course registrations. */
  course: { id: string; title: Localized; sessionId: string } | null;
  start: string;
  end: string;
  startLocal: string;
  endLocal: string;
  seats: number;
  name: string;
  email: string;
  organisation: string | null;
  group: BookerGroup;
  locale: Locale;
  /** Whether this booking's messages also reach, as push, the device it was made on. */
  push: boolean;
  /** When a waitlist offer runs out. */
  offerExpiresAt: string | null;
  /** Until when the booker may move or cancel. */
  changeableUntil: string | null;
  /** Relative links: the `.ics` and the private page. */
  icsUrl: string;
  manageUrl: string;
  createdAt: string;
}

export interface BookingCreated {
  /** The private key of this booking: keep it; it is shown once more only in the e-mail. */
  token: string;
  booking: PrivateBooking;
}

/** What one private link opens: that booking's data, nothing of any other booking. */
export interface BookingDataExport {
  exportedAt: string;
  booking: PrivateBooking;
}

export interface DataAccessRequest {
  email: string;
  /** The language of the e-mail (default German). */
  locale?: Locale;
}

/** An open access to the data of one address, for 30 minutes. */
export interface DataAccess {
  /** Send as `Authorization: Bearer <access>`. */
  access: string;
  email: string;
  expiresAt: string;
}

export interface MyDataExport {
  email: string;
  exportedAt: string;
  /** Every booking of the address, without their private links. */
  bookings: Omit<PrivateBooking, 'icsUrl' | 'manageUrl'>[];
  /** Recorded by the library staff; kept on deletion (see `MyDataDeleted.briefingsKept`). */
  briefings: { prerequisite: string; validUntil: string | null }[];
}

export interface MyDataDeleted {
  /** Bookings cancelled because they were still ahead. */
  cancelled: number;
  /** Bookings whose name and e-mail were erased. */
  erased: number;
  /**
   * Briefings kept: they are the library's record of a safety instruction, not the booker's
   * to erase; they end with their validity or when the library revokes them.
   */
  briefingsKept: number;
}

export interface CourseSession {
  id: string;
  start: string;
  end: string;
  startLocal: string;
  endLocal: string;
  seats: number;
  seatsLeft: number;
  /** People on the waitlist (waiting or holding an offer). */
  waiting: number;
  cancelled: boolean;
}

export interface CourseSummary {
  id: string;
  title: Localized;
  description: OptionalLocalized;
  seats: number;
  location: { id: string; name: Localized } | null;
  remote: boolean;
  provider: string | null;
  photo: Photo | null;
  sessions: CourseSession[];
}

export interface ResourceInput {
  id: string;
  kind: 'equipment' | 'room';
  category?: string;
  name: Localized;
  description?: OptionalLocalized;
  uses?: Localized[];
  accessibility?: { stepFree?: boolean; notes?: OptionalLocalized };
  location?: string;
  photo?: Photo | null;
  prerequisites?: string[];
  approvalRequired?: boolean;
  bookableBy?: BookerGroup[];
  openingHours?: WeeklyHours[];
  rules?: Partial<Rules>;
}

export interface RulesInput {
  rules: Partial<Rules>;
  groupRules?: Partial<Record<BookerGroup, Partial<Rules>>>;
}

export interface SessionInput {
  id: string;
  start: string;
  end: string;
}

export interface CourseInput {
  id: string;
  title: Localized;
  description?: OptionalLocalized;
  seats: number;
  location?: string;
  remote?: boolean;
  provider?: string;
  photo?: Photo | null;
  sessions?: SessionInput[];
}

export interface BriefingInput {
  email: string;
  prerequisite: string;
  /** Local date `YYYY-MM-DD` (valid through that day); none: without end. */
  validUntil?: string;
}

export interface Briefing {
  email: string;
  prerequisite: string;
  validUntil: string | null;
}

/** A booking as staff see it: with the booker's contact (until anonymised). */
export interface StaffBooking {
  id: string;
  kind: 'resource' | 'course';
  status: BookingStatus;
  resourceId: string;
  resourceName: Localized;
  course: { id: string; title: Localized; sessionId: string } | null;
  start: string;
  end: string;
  startLocal: string;
  endLocal: string;
  seats: number;
  /** Empty after anonymisation. */
  name: string;
  email: string;
  organisation: string | null;
  group: BookerGroup;
  locale: Locale;
  note: string | null;
  anonymised: boolean;
  createdAt: string;
}

export interface Schedule {
  date: string;
  /** Active bookings of that day, by start. */
  bookings: StaffBooking[];
  /** Waiting for approval, any day. */
  pending: number;
}

export interface ProviderQuotaInput {
  organisation: string;
  resourceIds: string[];
  period: 'week' | 'month';
  maxHours: number;
}

export interface ProviderQuota extends ProviderQuotaInput {
  id: string;
  /** Hours booked in the current period. */
  usedHours: number;
}

export interface MailQueueState {
  /** `smtp` when CITY_APP_SMTP_URL is set, else `folder` (files in the outbox folder). */
  transport: 'smtp' | 'folder';
  queued: number;
  failed: number;
  sent: number;
}

export interface Catalogue {
  library: {
    name: string;
    address: string;
    email: string | null;
    phone: string | null;
    openingHours: WeeklyHours[];
  };
  resources: ResourceSummary[];
  courses: CourseSummary[];
  groups: { id: Exclude<BookerGroup, 'resident'>; label: Localized }[];
  anonymiseAfterDays: number;
}

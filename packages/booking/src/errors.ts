import type { Bilingual } from '@city-app/core';
import type { ReservationStatus } from './reservations/model.js';
import type { StatusChange } from './reservations/status-changes.js';

/**
 * Refusals of the booking core are entries of the error catalogue of `@city-app/core`
 * (`cityError('slot_taken', …)`); their `details` carry what a person needs to fix them. This
 * file holds the shape of those details and the words the refusals fill in.
 */

/** A free slot offered instead of the one asked for. */
export interface Alternative {
  resourceId: string;
  start: string;
  end: string;
  startLocal: string;
  endLocal: string;
}

export interface BookingErrorDetails {
  alternatives?: Alternative[];
  quota?: {
    period: 'day' | 'week' | 'month';
    maxCount?: number;
    maxHours?: number;
    usedCount: number;
    usedHours: number;
    countLeft?: number;
    hoursLeft?: number;
    periodStart: string;
  };
  prerequisite?: string;
  expiredAt?: string;
  minMinutes?: number;
  maxMinutes?: number;
  granularityMinutes?: number;
  earliestStart?: string;
  latestStart?: string;
  deadline?: string;
  status?: string;
  seatsLeft?: number;
  conflicts?: unknown[];
}

/** A reservation's status as a refusal names it. */
export const STATUS_WORDS: Record<ReservationStatus, Bilingual> = {
  pending: { de: 'angefragt', en: 'pending' },
  confirmed: { de: 'bestätigt', en: 'confirmed' },
  checked_in: { de: 'eingecheckt', en: 'checked in' },
  no_show: { de: 'nicht erschienen', en: 'no show' },
  cancelled: { de: 'storniert', en: 'cancelled' },
  declined: { de: 'abgelehnt', en: 'declined' },
};

/** What a status change does, as in "cannot be …". */
export const ACTION_WORDS: Record<StatusChange['action'], Bilingual> = {
  approved: { de: 'bestätigt', en: 'approved' },
  declined: { de: 'abgelehnt', en: 'declined' },
  cancelled: { de: 'storniert', en: 'cancelled' },
  checked_in: { de: 'eingecheckt', en: 'checked in' },
  no_show: { de: 'als nicht erschienen markiert', en: 'no show' },
  rescheduled: { de: 'verschoben', en: 'rescheduled' },
};

/** A quota's period, as in "per …". */
export const PERIOD_WORDS: Record<'day' | 'week' | 'month', Bilingual> = {
  day: { de: 'Tag', en: 'day' },
  week: { de: 'Woche', en: 'week' },
  month: { de: 'Monat', en: 'month' },
};

/** The things the core looks up by id, as "… was not found" names them. */
export const THING_WORDS = {
  resource: { de: 'Ressource', en: 'Resource' },
  reservation: { de: 'Reservierung', en: 'Reservation' },
  blackout: { de: 'Sperrzeit', en: 'Blackout' },
  waitlistEntry: { de: 'Wartelisteneintrag', en: 'Waitlist entry' },
} as const satisfies Record<string, Bilingual>;

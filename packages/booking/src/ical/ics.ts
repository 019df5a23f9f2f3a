/**
 * iCalendar (RFC 5545): one `.ics` per reservation and a feed per resource, written by core's
 * iCalendar writer (ical.js, with a VTIMEZONE from the zone database), so calendar apps show
 * the right wall-clock time on both sides of a daylight-saving change.
 */
import { type CalendarEvent, type EventStatus, writeCalendar } from '@city-app/core/icalendar';
import type { Reservation } from '../reservations/model.js';
import type { Resource } from '../resources/model.js';

const STATUS: Record<Reservation['status'], EventStatus> = {
  pending: 'TENTATIVE',
  confirmed: 'CONFIRMED',
  checked_in: 'CONFIRMED',
  no_show: 'CONFIRMED',
  cancelled: 'CANCELLED',
  declined: 'CANCELLED',
};

export interface IcsOptions {
  timezone: string;
  /** Host part of the UIDs, e.g. the town's domain. */
  uidDomain?: string;
  /** DTSTAMP; defaults to now. */
  now?: Date;
  /** Calendar name of a feed. */
  name?: string;
  /** Feeds leave out who booked unless this is set (e.g. for staff). */
  includePersons?: boolean;
  /** The language of the texts: the booker's, German unless said. */
  language?: 'de' | 'en';
}

/** The few words an event carries besides the resource's name. */
const WORDS = {
  de: { seats: 'Plätze', bookedBy: 'Gebucht von' },
  en: { seats: 'Seats', bookedBy: 'Booked by' },
} as const;

const PRODUCT_ID = '-//city-app//booking//DE';

function event(
  r: Reservation,
  resource: Resource,
  o: IcsOptions,
  withPerson: boolean,
): CalendarEvent {
  const language = o.language ?? 'de';
  const words = WORDS[language];
  const description = [
    r.seats > 1 ? `${words.seats}: ${r.seats}` : '',
    withPerson ? `${words.bookedBy}: ${r.personId}` : '',
    withPerson && r.note ? r.note : '',
  ].filter(Boolean);
  return {
    uid: `${r.id}@${o.uidDomain ?? 'city-app'}`,
    start: r.start,
    end: r.end,
    summary: resource.name[language] ?? resource.name.de,
    status: STATUS[r.status],
    ...(resource.location ? { location: resource.location } : {}),
    ...(description.length ? { description: description.join('\n') } : {}),
  };
}

/** The `.ics` of one reservation, for the person who booked it. */
export function reservationIcs(
  reservation: Reservation,
  resource: Resource,
  options: IcsOptions,
): string {
  return writeCalendar([event(reservation, resource, options, true)], {
    productId: PRODUCT_ID,
    timezone: options.timezone,
    now: options.now ?? new Date(),
    method: 'PUBLISH',
  });
}

/** A subscribable feed of a resource's active reservations. */
export function resourceFeedIcs(
  resource: Resource,
  reservations: Reservation[],
  options: IcsOptions,
): string {
  const withPersons = options.includePersons ?? false;
  return writeCalendar(
    reservations.map((r) => event(r, resource, options, withPersons)),
    {
      productId: PRODUCT_ID,
      timezone: options.timezone,
      now: options.now ?? new Date(),
      name: options.name ?? resource.name[options.language ?? 'de'] ?? resource.name.de,
    },
  );
}

import { cityError } from '@city-app/core';
import { isKnownState } from './availability/holidays.js';
import type { BookingDatabase, Queryable } from './db.js';
import type { BookingEvent, BookingEvents } from './events.js';
import { assertTimeZone, toInstant } from './time/zone.js';

export const MINUTE = 60_000;
export const DAY = 86_400_000;

export interface BookingServiceOptions {
  /** IANA zone of the town, e.g. `Europe/Berlin`. All wall-clock times are read in it. */
  timezone: string;
  /** ISO 3166-2 code of the town's state, e.g. `DE-MV`: its public holidays close resources. */
  state: string;
  /** The clock; tests pass a fixed one. */
  now?: () => Date;
  events?: BookingEvents;
  /** Called when the event sink throws; the booking itself stays committed. */
  onEventError?: (error: unknown, event: BookingEvent) => void;
  /**
   * Runs inside the transaction of what the core does on its own — a waitlist offer
   * (`processWaitlist`), a due reminder (`sendDueReminders`) — after its writes and before
   * commit: write the message for it here and it exists exactly when the change does. Throwing
   * rolls the change back. Query only on `tx`.
   */
  beforeCommit?: (tx: Queryable, event: BookingEvent) => Promise<void>;
  /**
   * How the caller's API names the person and the idempotency key, so that a refusal names
   * the field the person sent (`{ person: 'email', idempotencyKey: 'Idempotency-Key' }`).
   * Without it, the core's own names (`personId`, `idempotencyKey`).
   */
  requestFields?: { person?: string; idempotencyKey?: string };
}

/** A moment given as ISO instant with offset, `Date`, or local wall time `YYYY-MM-DDTHH:MM`. */
export type TimeInput = string | Date;

/**
 * What every part of the booking core shares: the database, the town's zone and state, the
 * clock and where events go. Each concept is a set of functions taking this first, so the
 * service only has to compose them.
 */
export interface BookingContext {
  db: BookingDatabase;
  /** IANA zone of the town. */
  tz: string;
  state: string;
  options: BookingServiceOptions;
  /** Now, in ms since the epoch. */
  clock(): number;
  /** Hands committed changes to the event sink; a failing sink never undoes them. */
  emit(events: BookingEvent[]): Promise<void>;
  /** A time input as ms since the epoch; a refusal naming `field` when it is none. */
  instant(value: TimeInput, field: string): number;
  /** The request fields a refusal names, as the caller's API calls them. */
  fields: { person: string; idempotencyKey: string };
}

export function createContext(db: BookingDatabase, options: BookingServiceOptions): BookingContext {
  assertTimeZone(options.timezone);
  if (!isKnownState(options.state)) {
    throw cityError('booking_unknown_state', { state: options.state }, { field: 'state' });
  }
  const tz = options.timezone;
  return {
    db,
    tz,
    state: options.state,
    options,
    fields: {
      person: options.requestFields?.person ?? 'personId',
      idempotencyKey: options.requestFields?.idempotencyKey ?? 'idempotencyKey',
    },
    clock: () => (options.now ? options.now() : new Date()).getTime(),
    async emit(events) {
      if (!options.events) return;
      for (const event of events) {
        try {
          await options.events.emit(event);
        } catch (error) {
          options.onEventError?.(error, event);
        }
      }
    },
    instant(value, field) {
      const ms = toInstant(value, tz);
      if (Number.isNaN(ms)) {
        throw cityError('booking_not_a_time', { field, value: String(value) }, { field });
      }
      return ms;
    },
  };
}

import type { Reservation } from './reservations/model.js';

/** Every status of a waitlist place (the table's CHECK lists the same). */
export const WAITLIST_STATUSES = [
  'waiting',
  'offered',
  'accepted',
  'expired',
  'withdrawn',
] as const;

/** A waitlist entry: a person waiting for a range on a resource. */
export interface WaitlistEntry {
  id: string;
  resourceId: string;
  personId: string;
  group: string;
  seats: number;
  start: string;
  end: string;
  startLocal: string;
  endLocal: string;
  status: (typeof WAITLIST_STATUSES)[number];
  offerExpiresAt: string | null;
  reservationId: string | null;
}

/** What happened, for notifications. Emitted after the change is committed. */
export type BookingEvent =
  | { type: 'created'; reservation: Reservation }
  | { type: 'approved'; reservation: Reservation; actor: string }
  | { type: 'declined'; reservation: Reservation; actor: string; reason?: string }
  | { type: 'cancelled'; reservation: Reservation; actor: string; reason?: string }
  | {
      type: 'rescheduled';
      reservation: Reservation;
      previous: { start: string; end: string };
      actor: string;
    }
  | { type: 'reminder_due'; reservation: Reservation }
  | { type: 'waitlist_offer'; entry: WaitlistEntry };

/**
 * Where events go: attach notify (or anything else) without a hard dependency. A failing sink
 * never undoes a committed booking; its error goes to `onEventError`.
 */
export interface BookingEvents {
  emit(event: BookingEvent): void | Promise<void>;
}

import type { BookingRules } from '../rules.js';
import type { ReservationStatus } from './model.js';

/**
 * One change a reservation can go through. The core checks the status and the timing; who
 * counts as staff is the calling module's to decide (it holds the roles), the core only lets
 * `asStaff` pass the cancellation deadline.
 */
export interface StatusChange {
  /** Written to the audit log, and the word a refusal uses. */
  action: 'approved' | 'declined' | 'cancelled' | 'checked_in' | 'no_show' | 'rescheduled';
  /** The status afterwards; a move keeps the status it had. */
  to: ReservationStatus | 'unchanged';
  by: 'staff' | 'person or staff';
  /** What else must hold at the moment of the change. */
  when?: 'before the cancellation deadline' | 'during check-in' | 'after the start';
  /** The event sent after commit; check-in and no-show concern nobody else. */
  emits: boolean;
  /** The change frees the reservation's range (or its old range): the waitlist gets a turn. */
  freesRange: boolean;
}

export const APPROVE = {
  action: 'approved',
  to: 'confirmed',
  by: 'staff',
  emits: true,
  freesRange: false,
} as const satisfies StatusChange;
export const DECLINE = {
  action: 'declined',
  to: 'declined',
  by: 'staff',
  emits: true,
  freesRange: true,
} as const satisfies StatusChange;
export const CANCEL = {
  action: 'cancelled',
  to: 'cancelled',
  by: 'person or staff',
  when: 'before the cancellation deadline',
  emits: true,
  freesRange: true,
} as const satisfies StatusChange;
export const RESCHEDULE = {
  action: 'rescheduled',
  to: 'unchanged',
  by: 'person or staff',
  when: 'before the cancellation deadline',
  emits: true,
  freesRange: true,
} as const satisfies StatusChange;
/** From 30 minutes before the start until the end. */
export const CHECK_IN = {
  action: 'checked_in',
  to: 'checked_in',
  by: 'staff',
  when: 'during check-in',
  emits: false,
  freesRange: false,
} as const satisfies StatusChange;
export const NO_SHOW = {
  action: 'no_show',
  to: 'no_show',
  by: 'staff',
  when: 'after the start',
  emits: false,
  freesRange: false,
} as const satisfies StatusChange;

/**
 * The changes allowed from each status; everything else is refused with `invalid_transition`.
 * Checked-in, no-show, cancelled and declined reservations are history and stay as they are.
 * (The reschedule statement repeats `pending`/`confirmed` in its SQL guard against a change
 * made meanwhile.)
 */
export const STATUS_CHANGES: Readonly<Record<ReservationStatus, readonly StatusChange[]>> = {
  pending: [APPROVE, DECLINE, CANCEL, RESCHEDULE],
  confirmed: [CANCEL, RESCHEDULE, CHECK_IN, NO_SHOW],
  checked_in: [],
  no_show: [],
  cancelled: [],
  declined: [],
};

export function allows(from: ReservationStatus, change: StatusChange): boolean {
  return STATUS_CHANGES[from].includes(change);
}

/** A new reservation waits for staff when its rules require approval, unless staff book it. */
export function initialStatus(rules: BookingRules, group: string): ReservationStatus {
  return rules.approvalRequired && group !== 'staff' ? 'pending' : 'confirmed';
}

import { type BookingContext, MINUTE } from '../context.js';
import { BookingError } from '../errors.js';
import type { BookingRules } from '../rules.js';
import { readable } from '../time/readable.js';
import { isoInstant as iso } from '../time/zone.js';
import type { Reservation } from './model.js';
import type { StatusChange } from './status-changes.js';

/** The moment of a change, against the `when` of its entry in the status table. */
export interface Moment {
  reservation: Reservation;
  /** The reservation's rules; needed only before the cancellation deadline. */
  rules?: BookingRules;
  asStaff?: boolean;
}

/** Refuses a change whose time has not come or is over. */
export function checkTiming(ctx: BookingContext, change: StatusChange, moment: Moment): void {
  const r = moment.reservation;
  const now = ctx.clock();
  if (change.when === 'before the cancellation deadline') {
    cancellationCheck(ctx, moment.rules as BookingRules, Date.parse(r.start), moment.asStaff);
  } else if (change.when === 'during check-in') {
    if (now < Date.parse(r.start) - 30 * MINUTE || now >= Date.parse(r.end)) {
      throw new BookingError({
        code: 'invalid_transition',
        title: 'Not the time to check in',
        message: `Check-in is possible from 30 minutes before ${r.startLocal.replace('T', ' ')} until the end.`,
        details: { status: r.status },
      });
    }
  } else if (change.when === 'after the start') {
    if (now < Date.parse(r.start)) {
      throw new BookingError({
        code: 'invalid_transition',
        title: 'Not yet begun',
        message: 'A reservation can be marked as no-show only after it has begun.',
        details: { status: r.status },
      });
    }
  }
}

/** Persons may cancel or move until the resource's deadline; staff always may. */
export function cancellationCheck(
  ctx: BookingContext,
  rules: BookingRules,
  start: number,
  asStaff: boolean | undefined,
): void {
  const deadline = start - rules.cancellationDeadlineMinutes * MINUTE;
  if (!asStaff && ctx.clock() > deadline) {
    throw new BookingError({
      code: 'too_late_to_cancel',
      title: 'Too late to change',
      message: `This reservation can be cancelled or moved only until ${readable(deadline, ctx.tz)}.`,
      hint: 'Please contact the staff.',
      details: { deadline: iso(deadline) },
    });
  }
}

import { cityError } from '@city-app/core';
import { type BookingContext, MINUTE } from '../context.js';
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
      throw cityError(
        'not_check_in_time',
        { start: r.startLocal.replace('T', ' ') },
        { details: { status: r.status } },
      );
    }
  } else if (change.when === 'after the start') {
    if (now < Date.parse(r.start)) {
      throw cityError('not_yet_begun', {}, { details: { status: r.status } });
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
    throw cityError(
      'too_late_to_cancel',
      { deadline: readable(deadline, ctx.tz) },
      { details: { deadline: iso(deadline) } },
    );
  }
}

import { z } from 'zod';
import { alternatives } from '../availability/alternatives.js';
import { insideOpenHours } from '../availability/slots.js';
import { loadOne, openOf } from '../availability/window.js';
import { type BookingContext, DAY, MINUTE, type TimeInput } from '../context.js';
import type { Queryable } from '../db.js';
import { BookingError, invalidInput, notFound } from '../errors.js';
import type { LoadedResource } from '../resources/model.js';
import { checkPrerequisites } from '../resources/qualifications.js';
import { type BookingRules, effectiveRules } from '../rules.js';
import { readable } from '../time/readable.js';
import { formatLocal, isoInstant as iso } from '../time/zone.js';

export interface ReservationRequest {
  resourceId: string;
  personId: string;
  /** Person group whose rules apply: resident, school, association, business, education_provider, staff. */
  group: string;
  start: TimeInput;
  /** Either `end` or `durationMinutes`. */
  end?: TimeInput;
  durationMinutes?: number;
  seats?: number;
  /** A retried request with the same key returns the first reservation instead of a second one. */
  idempotencyKey?: string;
  note?: string;
  /** Who acts (defaults to the person). */
  actor?: string;
}

export const requestSchema = z.object({
  resourceId: z.string().min(1),
  personId: z.string().min(1).max(200),
  group: z.string().min(1).max(50),
  start: z.union([z.string(), z.date()]),
  end: z.union([z.string(), z.date()]).optional(),
  durationMinutes: z.number().int().positive().optional(),
  seats: z.number().int().min(1).default(1),
  idempotencyKey: z.string().min(1).max(200).optional(),
  note: z.string().max(2000).optional(),
  actor: z.string().min(1).optional(),
});
export type ParsedRequest = z.output<typeof requestSchema>;

/** A request that passed every check needing no lock: what the insert needs. */
export interface Prepared {
  resource: LoadedResource;
  rules: BookingRules;
  start: number;
  end: number;
  blockedStart: number;
  blockedEnd: number;
  seats: number;
  personId: string;
  group: string;
}

/**
 * Checks every rule that does not need a lock, in the order a person fixes them: the time,
 * the resource and its seats, length, notice, horizon, opening hours, grid, prerequisites.
 * The quotas and the overlap come later, under a lock and in the database.
 */
export async function prepare(
  ctx: BookingContext,
  q: Queryable,
  req: ParsedRequest,
  opts: { excludeId?: string; skipNotice?: boolean; noAlternatives?: boolean } = {},
): Promise<Prepared> {
  const start = ctx.instant(req.start, 'start');
  let end: number;
  if (req.end !== undefined) end = ctx.instant(req.end, 'end');
  else if (req.durationMinutes !== undefined) end = start + req.durationMinutes * MINUTE;
  else
    throw invalidInput(
      'end',
      'Give the end or the duration of the reservation.',
      'Add end or durationMinutes.',
    );
  if (end <= start) throw invalidInput('end', 'The end must be after the start.');

  const resource = await loadOne(ctx, q, req.resourceId, start, end);
  if (!resource.active) throw notFound('Resource', req.resourceId);
  const rules = effectiveRules(resource.rules, resource.groupRules, req.group);
  const duration = end - start;
  const seats = req.seats;
  if (resource.kind === 'exclusive' && seats !== 1) {
    throw invalidInput('seats', `"${resource.name.de}" is booked as a whole; seats must be 1.`);
  }
  if (seats > resource.capacity) {
    throw invalidInput('seats', `"${resource.name.de}" has only ${resource.capacity} seats.`);
  }
  // Inside a series' transaction the alternatives are looked up afterwards (PGlite has one connection).
  const alts = async () =>
    opts.noAlternatives
      ? []
      : alternatives(ctx, resource.id, req.group, start, duration, seats, opts.excludeId);

  if (duration < rules.minDurationMinutes * MINUTE) {
    throw new BookingError({
      code: 'too_short',
      title: 'Reservation too short',
      message: `A reservation of "${resource.name.de}" lasts at least ${rules.minDurationMinutes} minutes.`,
      hint: 'Choose a longer time.',
      field: 'end',
      details: { minMinutes: rules.minDurationMinutes, maxMinutes: rules.maxDurationMinutes },
    });
  }
  if (duration > rules.maxDurationMinutes * MINUTE) {
    throw new BookingError({
      code: 'too_long',
      title: 'Reservation too long',
      message: `A reservation of "${resource.name.de}" lasts at most ${rules.maxDurationMinutes} minutes.`,
      hint: 'Choose a shorter time or book several reservations.',
      field: 'end',
      details: { minMinutes: rules.minDurationMinutes, maxMinutes: rules.maxDurationMinutes },
    });
  }
  const now = ctx.clock();
  const earliest = now + rules.minNoticeMinutes * MINUTE;
  if (!opts.skipNotice && start < earliest) {
    throw new BookingError({
      code: 'notice_too_short',
      title: 'Too short notice',
      message:
        start < now
          ? 'This time has already begun.'
          : `"${resource.name.de}" must be booked at least ${rules.minNoticeMinutes} minutes ahead.`,
      hint: 'Choose a later time.',
      field: 'start',
      details: { earliestStart: iso(earliest), alternatives: await alts() },
    });
  }
  const latest = now + rules.maxHorizonDays * DAY;
  if (start > latest) {
    throw new BookingError({
      code: 'beyond_horizon',
      title: 'Too far ahead',
      message: `"${resource.name.de}" can be booked at most ${rules.maxHorizonDays} days ahead.`,
      hint: `Book from ${readable(start - rules.maxHorizonDays * DAY, ctx.tz)} on.`,
      field: 'start',
      details: { latestStart: iso(latest) },
    });
  }
  const open = openOf(ctx, resource, start - DAY, end);
  const interval = insideOpenHours(open, start, end);
  if (!interval) {
    throw new BookingError({
      code: 'outside_opening_hours',
      title: 'Outside opening hours',
      message: `"${resource.name.de}" is not open for the whole time from ${readable(start, ctx.tz)} to ${readable(end, ctx.tz)}.`,
      hint: 'Choose one of the free times offered, or another day.',
      field: 'start',
      details: { alternatives: await alts() },
    });
  }
  const grid = rules.granularityMinutes * MINUTE;
  if ((start - interval.start) % grid !== 0 || duration % grid !== 0) {
    throw new BookingError({
      code: 'not_on_grid',
      title: 'Not a bookable start or length',
      message: `"${resource.name.de}" is booked in steps of ${rules.granularityMinutes} minutes from ${formatLocal(interval.start, ctx.tz).slice(11)}.`,
      hint: 'Choose one of the free times offered.',
      field: 'start',
      details: { granularityMinutes: rules.granularityMinutes, alternatives: await alts() },
    });
  }
  await checkPrerequisites(ctx, q, { personId: req.personId, resource, rules, end });
  return {
    resource,
    rules,
    start,
    end,
    blockedStart: start - rules.bufferBeforeMinutes * MINUTE,
    blockedEnd: end + rules.bufferAfterMinutes * MINUTE,
    seats,
    personId: req.personId,
    group: req.group,
  };
}

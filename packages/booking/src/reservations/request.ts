import { cityError } from '@city-app/core';
import { z } from 'zod';
import { alternatives } from '../availability/alternatives.js';
import { insideOpenHours } from '../availability/slots.js';
import { loadOne, openOf } from '../availability/window.js';
import { type BookingContext, DAY, MINUTE, type TimeInput } from '../context.js';
import type { Queryable } from '../db.js';
import { THING_WORDS } from '../errors.js';
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
  else throw cityError('booking_end_missing', {}, { field: 'end' });
  // The length is refused under the name the request gave it.
  const lengthField = req.end !== undefined ? 'end' : 'durationMinutes';
  if (end <= start) throw cityError('booking_end_before_start', {}, { field: lengthField });

  const resource = await loadOne(ctx, q, req.resourceId, start, end);
  if (!resource.active) {
    throw cityError('booking_not_found', { what: THING_WORDS.resource, id: req.resourceId });
  }
  const name = resource.name;
  const rules = effectiveRules(resource.rules, resource.groupRules, req.group);
  const duration = end - start;
  const seats = req.seats;
  if (resource.kind === 'exclusive' && seats !== 1) {
    throw cityError('booking_whole_resource', { resource: name }, { field: 'seats' });
  }
  if (seats > resource.capacity) {
    throw cityError(
      'booking_too_many_seats',
      { resource: name, capacity: resource.capacity },
      { field: 'seats' },
    );
  }
  // Inside a series' transaction the alternatives are looked up afterwards (PGlite has one connection).
  const alts = async () =>
    opts.noAlternatives
      ? []
      : alternatives(ctx, resource.id, req.group, start, duration, seats, opts.excludeId);

  const lengthDetails = {
    minMinutes: rules.minDurationMinutes,
    maxMinutes: rules.maxDurationMinutes,
  };
  if (duration < rules.minDurationMinutes * MINUTE) {
    throw cityError(
      'too_short',
      { resource: name, minutes: rules.minDurationMinutes },
      { field: lengthField, details: lengthDetails },
    );
  }
  if (duration > rules.maxDurationMinutes * MINUTE) {
    throw cityError(
      'too_long',
      { resource: name, minutes: rules.maxDurationMinutes },
      { field: lengthField, details: lengthDetails },
    );
  }
  const now = ctx.clock();
  const earliest = now + rules.minNoticeMinutes * MINUTE;
  if (!opts.skipNotice && start < earliest) {
    const extra = {
      field: 'start',
      details: { earliestStart: iso(earliest), alternatives: await alts() },
    };
    throw start < now
      ? cityError('notice_already_begun', {}, extra)
      : cityError('notice_too_short', { resource: name, minutes: rules.minNoticeMinutes }, extra);
  }
  const latest = now + rules.maxHorizonDays * DAY;
  if (start > latest) {
    throw cityError(
      'beyond_horizon',
      {
        resource: name,
        days: rules.maxHorizonDays,
        from: readable(start - rules.maxHorizonDays * DAY, ctx.tz),
      },
      { field: 'start', details: { latestStart: iso(latest) } },
    );
  }
  const open = openOf(ctx, resource, start - DAY, end);
  const interval = insideOpenHours(open, start, end);
  if (!interval) {
    throw cityError(
      'outside_opening_hours',
      { resource: name, from: readable(start, ctx.tz), to: readable(end, ctx.tz) },
      { field: 'start', details: { alternatives: await alts() } },
    );
  }
  const grid = rules.granularityMinutes * MINUTE;
  if ((start - interval.start) % grid !== 0 || duration % grid !== 0) {
    throw cityError(
      'not_on_grid',
      {
        resource: name,
        minutes: rules.granularityMinutes,
        from: formatLocal(interval.start, ctx.tz).slice(11),
      },
      {
        field: 'start',
        details: { granularityMinutes: rules.granularityMinutes, alternatives: await alts() },
      },
    );
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

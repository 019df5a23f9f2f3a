import { type Bilingual, CityAppError, cityError } from '@city-app/core';
import { z } from 'zod';
import { alternatives } from '../availability/alternatives.js';
import { type BookingContext, MINUTE } from '../context.js';
import { retryingDeadlocks } from '../deadlocks.js';
import type { Alternative, BookingErrorDetails } from '../errors.js';
import { insert, isOverlap } from '../reservations/insert.js';
import type { Reservation } from '../reservations/model.js';
import { checkQuotas } from '../reservations/quotas.js';
import {
  type Prepared,
  prepare,
  type ReservationRequest,
  requestSchema,
} from '../reservations/request.js';
import { parseInput } from '../resources/model.js';
import {
  addDays,
  formatLocal,
  isLocalDate,
  isoInstant as iso,
  localParts,
  zonedInstant,
} from '../time/zone.js';

/** Thrown inside the transaction to roll it back; the conflicts are reported after it. */
const ROLLBACK = Symbol('roll the series back');

const offered = (error: CityAppError) => (error.details as BookingErrorDetails).alternatives;

/** A series has at most this many dates. */
const MAX_OCCURRENCES = 200;

export interface Recurrence {
  frequency: 'daily' | 'weekly';
  /** Every n days or weeks (default 1). */
  interval?: number;
  /** Number of occurrences, or … */
  count?: number;
  /** … the last local date an occurrence may fall on. */
  until?: string;
}

export interface SeriesRequest extends Omit<ReservationRequest, 'idempotencyKey'> {
  recurrence: Recurrence;
  /** Book the free occurrences and report the others, instead of booking nothing. */
  skipConflicts?: boolean;
}

export interface SeriesConflict {
  occurrence: number;
  start: string;
  startLocal: string;
  code: string;
  /** Why this occurrence was refused, in both languages, from its entry of the error catalogue. */
  message: Bilingual;
  alternatives: Alternative[];
}

export interface SeriesResult {
  seriesId: string | null;
  reservations: Reservation[];
  conflicts: SeriesConflict[];
}

const recurrenceSchema = z
  .object({
    frequency: z.enum(['daily', 'weekly']),
    interval: z.number().int().min(1).max(52).default(1),
    count: z.number().int().min(1).max(MAX_OCCURRENCES).optional(),
    until: z.string().refine(isLocalDate, { message: 'Write the date as YYYY-MM-DD.' }).optional(),
  })
  .refine((r) => (r.count === undefined) !== (r.until === undefined), {
    message: 'Give either count or until.',
  });

/** The starts of a series: the same local wall time on each date, across DST changes. */
function occurrencesOf(
  first: number,
  recurrence: z.output<typeof recurrenceSchema>,
  tz: string,
): number[] {
  const { date, minutes } = localParts(first, tz);
  const step = (recurrence.frequency === 'daily' ? 1 : 7) * recurrence.interval;
  const occurrences: number[] = [];
  for (let k = 0; k < MAX_OCCURRENCES; k++) {
    const day = addDays(date, k * step);
    if (recurrence.count !== undefined && k >= recurrence.count) break;
    if (recurrence.until !== undefined && day > recurrence.until) break;
    occurrences.push(zonedInstant(day, minutes, tz));
  }
  return occurrences;
}

/**
 * A recurring series (daily or weekly, at the same local wall time). Every occurrence is
 * checked; conflicts are reported per occurrence with the nearest alternatives. Without
 * `skipConflicts` nothing is booked when any occurrence conflicts (`series_conflicts`).
 */
export async function createSeries(
  ctx: BookingContext,
  input: SeriesRequest,
): Promise<SeriesResult> {
  const { recurrence: rawRecurrence, skipConflicts, ...rest } = input;
  const req = parseInput(requestSchema, rest);
  const recurrence = parseInput(recurrenceSchema, rawRecurrence, 'recurrence');
  const first = ctx.instant(req.start, 'start');
  const durationMs =
    req.end !== undefined
      ? ctx.instant(req.end, 'end') - first
      : (req.durationMinutes ?? 0) * MINUTE;
  if (durationMs <= 0)
    throw cityError(
      'booking_end_before_start',
      {},
      { field: req.end !== undefined ? 'end' : 'durationMinutes' },
    );
  const occurrences = occurrencesOf(first, recurrence, ctx.tz);
  const actor = req.actor ?? req.personId;
  const failures: { occurrence: number; start: number; error: CityAppError }[] = [];
  const result = await retryingDeadlocks(() =>
    ctx.db.transaction(async (tx) => {
      failures.length = 0; // a deadlock victim's attempt starts over
      const { rows } = await tx.query<{ id: string }>(
        'INSERT INTO booking_series (resource_id, person_id, recurrence) VALUES ($1, $2, $3::jsonb) RETURNING id',
        [req.resourceId, req.personId, JSON.stringify(recurrence)],
      );
      const seriesId = (rows[0] as { id: string }).id;
      const created: Reservation[] = [];
      for (const [index, start] of occurrences.entries()) {
        const occurrence = {
          ...req,
          start: new Date(start),
          end: new Date(start + durationMs),
          durationMinutes: undefined,
        };
        // Each date on its own savepoint: a refused date leaves the others standing.
        await tx.query('SAVEPOINT occurrence');
        let p: Prepared | undefined;
        try {
          p = await prepare(ctx, tx, occurrence, { noAlternatives: true });
          await checkQuotas(ctx, tx, p);
          created.push(await insert(ctx, tx, p, { seriesId, note: req.note, actor }));
          await tx.query('RELEASE SAVEPOINT occurrence');
        } catch (error) {
          await tx.query('ROLLBACK TO SAVEPOINT occurrence');
          if (error instanceof CityAppError) failures.push({ occurrence: index + 1, start, error });
          else if (isOverlap(error)) {
            failures.push({
              occurrence: index + 1,
              start,
              error: cityError('slot_taken', { resource: p?.resource.name ?? req.resourceId }),
            });
          } else throw error;
        }
      }
      if (failures.length > 0 && !skipConflicts) {
        throw ROLLBACK;
      }
      if (created.length === 0) throw ROLLBACK;
      return { seriesId, created };
    }),
  ).catch(async (error) => {
    // Rolled back on purpose: the conflicts are reported below, with alternatives.
    if (error !== ROLLBACK) throw error;
    return null;
  });
  // Alternatives are looked up after the transaction: PGlite has a single connection.
  const conflicts: SeriesConflict[] = [];
  for (const f of failures) {
    conflicts.push({
      occurrence: f.occurrence,
      start: iso(f.start),
      startLocal: formatLocal(f.start, ctx.tz),
      code: f.error.code,
      message: { de: f.error.render('de').message, en: f.error.render('en').message },
      alternatives:
        (offered(f.error)?.length ? offered(f.error) : undefined) ??
        (await alternatives(ctx, req.resourceId, req.group, f.start, durationMs, req.seats).catch(
          () => [],
        )),
    });
  }
  if (!result) {
    throw cityError(
      'series_conflicts',
      {
        count: conflicts.length,
        total: occurrences.length,
        dates: conflicts.map((c) => c.startLocal.replace('T', ' ')).join(', '),
      },
      { details: { conflicts } },
    );
  }
  await ctx.emit(result.created.map((reservation) => ({ type: 'created' as const, reservation })));
  return { seriesId: result.seriesId, reservations: result.created, conflicts };
}

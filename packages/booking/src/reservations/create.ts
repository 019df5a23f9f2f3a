import { CityAppError, cityError } from '@city-app/core';
import type { BookingContext } from '../context.js';
import { retryingDeadlocks } from '../deadlocks.js';
import { takeTurn } from '../locks.js';
import { parseInput } from '../resources/model.js';
import { guard, type WithinOption } from '../within.js';
import { insert, refusal } from './insert.js';
import type { Reservation } from './model.js';
import { byIdempotencyKey } from './queries.js';
import { checkQuotas } from './quotas.js';
import { type Prepared, prepare, type ReservationRequest, requestSchema } from './request.js';

/** The first reservation of an idempotency key, unless the key was used for another booking. */
function replay(
  ctx: BookingContext,
  existing: Reservation,
  req: { personId: string; resourceId: string },
): Reservation {
  if (existing.personId !== req.personId || existing.resourceId !== req.resourceId) {
    throw cityError('idempotency_conflict', {}, { field: ctx.fields.idempotencyKey });
  }
  return existing;
}

export async function createReservation(
  ctx: BookingContext,
  input: ReservationRequest,
  opts: WithinOption<Reservation> = {},
): Promise<Reservation> {
  const req = parseInput(requestSchema, input);
  // A retry of a request that succeeded gets what it made, whatever the rules say now: the
  // first request may have taken the last seat or used up a quota, or the notice has passed.
  // It is looked up when the request fails, not before: the key is unique, so a retry fails
  // (a rule, the overlap with its own reservation, the key) and a first request, nearly every
  // one, is spared the read.
  const replayed = async () => {
    const existing = req.idempotencyKey
      ? await byIdempotencyKey(ctx, req.idempotencyKey)
      : undefined;
    return existing && replay(ctx, existing, req);
  };
  let p: Prepared;
  try {
    p = await prepare(ctx, ctx.db, req);
  } catch (error) {
    // The first request may have committed meanwhile.
    const existing = await replayed();
    if (existing) return existing;
    throw error;
  }
  const extra = {
    idempotencyKey: req.idempotencyKey,
    note: req.note,
    actor: req.actor ?? req.personId,
  };
  let reservation: Reservation;
  const hook = guard(opts.within);
  try {
    // Requests for one resource take their turn (a lock held until commit): concurrent inserts
    // of overlapping ranges would otherwise wait for each other's uncommitted rows, and
    // PostgreSQL aborts such deadlocks only after a second. In turn, each sees the rows
    // committed before it and is refused at once.
    reservation = await retryingDeadlocks(() =>
      ctx.db.transaction(async (tx) => {
        await takeTurn(ctx, tx, `booking-resource:${p.resource.id}`);
        await checkQuotas(ctx, tx, p);
        const r = await insert(ctx, tx, p, extra);
        await hook?.run(tx, r);
        return r;
      }),
    );
  } catch (error) {
    if (hook?.failed) throw error;
    // A concurrent request with the same key got there first: its seat, its quota, its key.
    const existing = await replayed();
    if (existing) return existing;
    if (error instanceof CityAppError) throw error;
    throw await refusal(ctx, error, p);
  }
  await ctx.emit([{ type: 'created', reservation }]);
  return reservation;
}

import { cityError } from '@city-app/core';
import { type BookingContext, DAY, MINUTE } from '../context.js';
import type { Queryable } from '../db.js';
import { THING_WORDS } from '../errors.js';
import { ACTIVE } from '../reservations/model.js';
import { calendarOf, type LoadedResource, loadResources } from '../resources/model.js';
import type { BookingRules } from '../rules.js';
import { addDays, formatLocal, isoInstant as iso, localParts } from '../time/zone.js';
import { type Interval, openIntervals } from './opening.js';
import { type Busy, findFreeSlots } from './slots.js';

/** A free slot as the API returns it: UTC instants and the town's wall-clock time. */
export interface Slot {
  start: string;
  end: string;
  startLocal: string;
  endLocal: string;
  seatsLeft: number;
}

/**
 * The dates and instants to load a resource's calendar for, one day wider on each side: a
 * slot near midnight can belong to the neighbouring local date.
 */
export function windowOf(ctx: BookingContext, fromMs: number, toMs: number) {
  return {
    fromDate: addDays(localParts(fromMs, ctx.tz).date, -1),
    toDate: addDays(localParts(toMs, ctx.tz).date, 2),
    fromMs: fromMs - DAY,
    toMs: toMs + DAY,
  };
}

export async function loadOne(
  ctx: BookingContext,
  q: Queryable,
  resourceId: string,
  fromMs: number,
  toMs: number,
): Promise<LoadedResource> {
  const [resource] = await loadResources(q, { ids: [resourceId] }, windowOf(ctx, fromMs, toMs));
  if (!resource) {
    throw cityError('booking_not_found', { what: THING_WORDS.resource, id: resourceId });
  }
  return resource;
}

export function openOf(
  ctx: BookingContext,
  resource: LoadedResource,
  fromMs: number,
  toMs: number,
): Interval[] {
  return openIntervals(
    calendarOf(resource, ctx.tz, ctx.state),
    localParts(fromMs, ctx.tz).date,
    addDays(localParts(toMs, ctx.tz).date, 1),
  );
}

/** The blocked ranges of active reservations per resource, in one query. */
export async function busyOf(
  q: Queryable,
  resourceIds: string[],
  fromMs: number,
  toMs: number,
  excludeId?: string,
): Promise<Map<string, Busy[]>> {
  const { rows } = await q.query<{ resource_id: string; s: number; e: number; seats: number }>(
    `SELECT resource_id, (extract(epoch from lower(blocked)) * 1000)::float8 AS s,
              (extract(epoch from upper(blocked)) * 1000)::float8 AS e, seats
         FROM booking_reservations
        WHERE resource_id = ANY($1::text[]) AND status = ANY($2::text[])
          AND blocked && tstzrange($3::timestamptz, $4::timestamptz)
          AND ($5::uuid IS NULL OR id <> $5::uuid)`,
    [resourceIds, ACTIVE, iso(fromMs), iso(toMs), excludeId ?? null],
  );
  const out = new Map<string, Busy[]>();
  for (const r of rows) {
    const list = out.get(r.resource_id) ?? [];
    list.push({ start: Number(r.s), end: Number(r.e), seats: r.seats });
    out.set(r.resource_id, list);
  }
  return out;
}

/** Free slots of one loaded resource in `[fromMs, toMs)`, honouring notice and horizon. */
export function slotsOf(
  ctx: BookingContext,
  resource: LoadedResource,
  rules: BookingRules,
  busy: Busy[],
  fromMs: number,
  toMs: number,
  durationMs: number,
  seats: number,
  limit?: number,
) {
  const now = ctx.clock();
  const from = Math.max(fromMs, now + rules.minNoticeMinutes * MINUTE);
  const to = Math.min(toMs, now + rules.maxHorizonDays * DAY + 1);
  if (from >= to) return [];
  return findFreeSlots({
    open: openOf(ctx, resource, from, to),
    busy,
    kind: resource.kind,
    capacity: resource.kind === 'exclusive' ? 1 : resource.capacity,
    seats,
    durationMs,
    granularityMs: rules.granularityMinutes * MINUTE,
    bufferBeforeMs: rules.bufferBeforeMinutes * MINUTE,
    bufferAfterMs: rules.bufferAfterMinutes * MINUTE,
    from,
    to,
    ...(limit ? { limit } : {}),
  });
}

/** Formats free slots as the API returns them; one closure per search, as `map` calls it per slot. */
export function slotViewIn(timeZone: string) {
  return (s: { start: number; end: number; seatsLeft: number }): Slot => ({
    start: iso(s.start),
    end: iso(s.end),
    startLocal: formatLocal(s.start, timeZone),
    endLocal: formatLocal(s.end, timeZone),
    seatsLeft: s.seatsLeft,
  });
}

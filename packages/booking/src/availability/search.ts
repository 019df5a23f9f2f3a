import { cityError } from '@city-app/core';
import { type BookingContext, DAY, MINUTE, type TimeInput } from '../context.js';
import { ACTIVE } from '../reservations/model.js';
import { type LoadedResource, loadResources } from '../resources/model.js';
import { effectiveRules } from '../rules.js';
import { addDays, isLocalDate, localParts, zonedInstant } from '../time/zone.js';
import type { FreeSlot } from './slots.js';
import { type Slot, slotsOf, slotViewIn, windowOf } from './window.js';

export interface SlotSearch {
  resourceIds?: string[];
  category?: string;
  /** Local dates: slots starting on `from` up to the day before `to`. */
  from: string;
  to: string;
  durationMinutes?: number;
  seats?: number;
  group?: string;
  /** At most this many slots per resource. */
  limit?: number;
}

/** Free slots per resource between two local dates, formatted (UTC and local wall time). */
export async function findSlots(
  ctx: BookingContext,
  search: SlotSearch,
): Promise<{ resourceId: string; slots: Slot[] }[]> {
  return (await findResourceSlots(ctx, search)).map(({ resource, slots }) => ({
    resourceId: resource.id,
    slots,
  }));
}

/**
 * `findSlots` with each resource as loaded for the search (its rules, weekly hours and the
 * exceptions of the dates searched): what a caller needs to say why a day has no slot,
 * without reading the resource again.
 */
export async function findResourceSlots(
  ctx: BookingContext,
  search: SlotSearch,
): Promise<{ resource: LoadedResource; slots: Slot[] }[]> {
  const found = await searchResourceSlots(ctx, search);
  const view = slotViewIn(ctx.tz);
  return found.map((r) => ({ resource: r.resource, slots: r.slots.map(view) }));
}

/**
 * Free slots per resource as instants (ms since epoch): one statement for the resources and
 * their reservations, one sweep per resource. `findSlots` is this plus formatting; use this
 * one for bulk work.
 */
export async function searchSlots(
  ctx: BookingContext,
  search: SlotSearch,
): Promise<{ resourceId: string; slots: FreeSlot[] }[]> {
  return (await searchResourceSlots(ctx, search)).map(({ resource, slots }) => ({
    resourceId: resource.id,
    slots,
  }));
}

async function searchResourceSlots(
  ctx: BookingContext,
  search: SlotSearch,
): Promise<{ resource: LoadedResource; slots: FreeSlot[] }[]> {
  if (!isLocalDate(search.from)) throw cityError('booking_date_format', {}, { field: 'from' });
  if (!isLocalDate(search.to)) throw cityError('booking_date_format', {}, { field: 'to' });
  if (search.to <= search.from) throw cityError('booking_search_range', {}, { field: 'to' });
  if (!search.resourceIds && search.category === undefined) {
    throw cityError('booking_search_unscoped', {}, { field: 'resourceIds' });
  }
  const fromMs = zonedInstant(search.from, 0, ctx.tz);
  const toMs = zonedInstant(search.to, 0, ctx.tz);
  if (toMs - fromMs > 400 * DAY) throw cityError('booking_search_too_long', {}, { field: 'to' });
  const where = search.resourceIds
    ? { ids: search.resourceIds }
    : { category: search.category as string };
  const loaded = await loadResources(ctx.db, where, windowOf(ctx, fromMs, toMs), {
    fromMs: fromMs - DAY,
    toMs: toMs + 2 * DAY,
    statuses: ACTIVE,
  });
  const group = search.group ?? 'resident';
  return loaded.flatMap(({ busy, ...resource }) => {
    if (!resource.active) return [];
    const rules = effectiveRules(resource.rules, resource.groupRules, group);
    const duration =
      (search.durationMinutes ?? Math.max(rules.minDurationMinutes, rules.granularityMinutes)) *
      MINUTE;
    const slots = slotsOf(
      ctx,
      resource,
      rules,
      busy ?? [],
      fromMs,
      toMs,
      duration,
      search.seats ?? 1,
      search.limit,
    );
    return [{ resource, slots }];
  });
}

/** The next free slot of any resource of a category, searching up to `withinDays` ahead. */
export async function nextFreeSlot(
  ctx: BookingContext,
  query: {
    category: string;
    durationMinutes?: number;
    seats?: number;
    group?: string;
    after?: TimeInput;
    withinDays?: number;
  },
): Promise<(Slot & { resourceId: string }) | null> {
  const after = query.after === undefined ? ctx.clock() : ctx.instant(query.after, 'after');
  let from = localParts(after, ctx.tz).date;
  const last = addDays(from, query.withinDays ?? 90);
  while (from < last) {
    const to = [addDays(from, 7), last].sort()[0] as string; // ISO dates sort in time order
    const found = await findSlots(ctx, { ...query, from, to, limit: 50 });
    let best: (Slot & { resourceId: string }) | null = null;
    for (const r of found) {
      const slot = r.slots.find((s) => Date.parse(s.start) >= after);
      if (slot && (!best || slot.start < best.start)) best = { resourceId: r.resourceId, ...slot };
    }
    if (best) return best;
    from = to;
  }
  return null;
}

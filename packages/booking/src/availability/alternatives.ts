import { type BookingContext, DAY } from '../context.js';
import type { Alternative } from '../errors.js';
import { effectiveRules } from '../rules.js';
import { busyOf, loadOne, slotsOf, slotViewIn } from './window.js';

/**
 * Up to three free slots of the same length nearest to the one asked for, from three days
 * before to two weeks after it: what a refusal offers instead.
 */
export async function alternatives(
  ctx: BookingContext,
  resourceId: string,
  group: string,
  start: number,
  durationMs: number,
  seats: number,
  excludeId?: string,
): Promise<Alternative[]> {
  const from = start - 3 * DAY;
  const to = start + 14 * DAY;
  const resource = await loadOne(ctx, ctx.db, resourceId, from, to);
  const rules = effectiveRules(resource.rules, resource.groupRules, group);
  const busy =
    (await busyOf(ctx.db, [resourceId], from - DAY, to + DAY, excludeId)).get(resourceId) ?? [];
  const free = slotsOf(ctx, resource, rules, busy, from, to, durationMs, seats);
  return free
    .sort((a, b) => Math.abs(a.start - start) - Math.abs(b.start - start) || a.start - b.start)
    .slice(0, 3)
    .sort((a, b) => a.start - b.start)
    .map((s) => ({ resourceId, ...slotViewIn(ctx.tz)(s) }));
}

import { type BookingContext, DAY } from '../context.js';
import type { Alternative } from '../errors.js';
import { ACTIVE } from '../reservations/model.js';
import { loadResources } from '../resources/model.js';
import { effectiveRules } from '../rules.js';
import { slotsOf, slotViewIn, windowOf } from './window.js';

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
  // The calendar and the reservations in one statement: a refused request waits for this.
  const window = windowOf(ctx, from, to);
  const [loaded] = await loadResources(ctx.db, { ids: [resourceId] }, window, {
    fromMs: window.fromMs,
    toMs: window.toMs,
    statuses: ACTIVE,
    ...(excludeId ? { excludeId } : {}),
  });
  if (!loaded) return [];
  const { busy = [], ...resource } = loaded;
  const rules = effectiveRules(resource.rules, resource.groupRules, group);
  const free = slotsOf(ctx, resource, rules, busy, from, to, durationMs, seats);
  return free
    .sort((a, b) => Math.abs(a.start - start) - Math.abs(b.start - start) || a.start - b.start)
    .slice(0, 3)
    .sort((a, b) => a.start - b.start)
    .map((s) => ({ resourceId, ...slotViewIn(ctx.tz)(s) }));
}

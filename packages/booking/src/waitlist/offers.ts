import { findFreeSlots } from '../availability/slots.js';
import { busyOf, loadOne } from '../availability/window.js';
import { type BookingContext, DAY, MINUTE } from '../context.js';
import type { WaitlistEntry } from '../events.js';
import { effectiveRules } from '../rules.js';
import { isoInstant as iso } from '../time/zone.js';
import { WAITLIST_COLUMNS, type WaitlistRow, waitlistFromRow } from './model.js';

/**
 * Expires offers past their time and offers freed ranges to the first person waiting for
 * them. Call it after anything frees a slot (the service does) and periodically (offers
 * expire with time).
 */
export async function processWaitlist(
  ctx: BookingContext,
  resourceId?: string,
): Promise<{ offered: WaitlistEntry[]; expired: WaitlistEntry[] }> {
  const { options } = ctx;
  const now = ctx.clock();
  const fromRow = (w: WaitlistRow) => waitlistFromRow(w, ctx.tz);
  const result = await ctx.db.transaction(async (tx) => {
    const expired = await tx.query<WaitlistRow>(
      `UPDATE booking_waitlist w SET status = 'expired'
          WHERE ((w.status = 'offered' AND w.offer_expires_at <= $1::timestamptz)
                 OR (w.status = 'waiting' AND lower(w.during) <= $1::timestamptz))
            AND ($2::text IS NULL OR w.resource_id = $2)
          RETURNING ${WAITLIST_COLUMNS}`,
      [iso(now), resourceId ?? null],
    );
    for (const w of expired.rows) {
      await tx.query(
        `INSERT INTO booking_audit (waitlist_id, resource_id, actor, action, from_status, to_status)
           VALUES ($1, $2, 'system', 'waitlist_expired', $3, 'expired')`,
        [w.id, w.resource_id, w.offer_expires_at ? 'offered' : 'waiting'],
      );
    }
    const queue = await tx.query<WaitlistRow>(
      `SELECT ${WAITLIST_COLUMNS} FROM booking_waitlist w
          WHERE w.status IN ('waiting', 'offered') AND ($1::text IS NULL OR w.resource_id = $1)
          ORDER BY w.resource_id, w.seq FOR UPDATE`,
      [resourceId ?? null],
    );
    const offered: WaitlistEntry[] = [];
    const held: { resourceId: string; start: number; end: number }[] = [];
    for (const w of queue.rows) {
      const start = Number(w.start_ms);
      const end = Number(w.end_ms);
      const overlapsHeld = held.some(
        (h) => h.resourceId === w.resource_id && h.start < end && start < h.end,
      );
      if (w.status === 'offered') {
        held.push({ resourceId: w.resource_id, start, end });
        continue;
      }
      if (overlapsHeld) continue; // someone earlier in the queue has the offer
      const resource = await loadOne(ctx, tx, w.resource_id, start, end);
      const rules = effectiveRules(resource.rules, resource.groupRules, w.person_group);
      const busy =
        (await busyOf(tx, [w.resource_id], start - DAY, end + DAY)).get(w.resource_id) ?? [];
      // Free means: the whole range asked for, as one slot, with its buffers.
      const free = findFreeSlots({
        open: [{ start, end }],
        busy,
        kind: resource.kind,
        capacity: resource.capacity,
        seats: w.seats,
        durationMs: end - start,
        granularityMs: end - start,
        bufferBeforeMs: rules.bufferBeforeMinutes * MINUTE,
        bufferAfterMs: rules.bufferAfterMinutes * MINUTE,
        from: start,
        to: start + 1,
      });
      if (free.length === 0) continue;
      const expires = now + rules.waitlistOfferMinutes * MINUTE;
      // A failing hook undoes only this offer; the place stays with this person (nobody
      // behind jumps the queue) and the next run offers it again.
      if (options.beforeCommit) await tx.query('SAVEPOINT waitlist_offer');
      const updated = await tx.query<WaitlistRow>(
        `UPDATE booking_waitlist w SET status = 'offered', offer_expires_at = $2::timestamptz
            WHERE w.id = $1 RETURNING ${WAITLIST_COLUMNS}`,
        [w.id, iso(expires)],
      );
      await tx.query(
        `INSERT INTO booking_audit (waitlist_id, resource_id, actor, action, from_status, to_status, details)
           VALUES ($1, $2, 'system', 'waitlist_offer', 'waiting', 'offered', $3::jsonb)`,
        [w.id, w.resource_id, JSON.stringify({ offerExpiresAt: iso(expires) })],
      );
      const entry = fromRow(updated.rows[0] as WaitlistRow);
      held.push({ resourceId: w.resource_id, start, end });
      if (options.beforeCommit) {
        const event = { type: 'waitlist_offer' as const, entry };
        try {
          await options.beforeCommit(tx, event);
        } catch (error) {
          await tx.query('ROLLBACK TO SAVEPOINT waitlist_offer');
          options.onEventError?.(error, event);
          continue;
        }
        await tx.query('RELEASE SAVEPOINT waitlist_offer');
      }
      offered.push(entry);
    }
    return { offered, expired: expired.rows.map(fromRow) };
  });
  await ctx.emit(result.offered.map((entry) => ({ type: 'waitlist_offer' as const, entry })));
  return result;
}

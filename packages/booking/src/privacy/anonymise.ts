import { cityError } from '@city-app/core';
import type { BookingContext, TimeInput } from '../context.js';
import { isoInstant as iso } from '../time/zone.js';

/**
 * Replaces the person in reservations and waitlist entries (and in their audit entries)
 * with `anonymous:<id>` and drops their notes: either every record of one person
 * (`personId`), or every record that ended before `endedBefore`, optionally only on some
 * resources. Slots stay held; what happened stays countable. Returns the reservation ids.
 */
export async function anonymise(
  ctx: BookingContext,
  filter: { personId?: string; endedBefore?: TimeInput; resourceIds?: string[] },
): Promise<{ reservationIds: string[]; waitlistIds: string[] }> {
  if (filter.personId === undefined && filter.endedBefore === undefined) {
    throw cityError('booking_anonymise_all', {}, { field: 'endedBefore' });
  }
  const before =
    filter.endedBefore === undefined ? null : iso(ctx.instant(filter.endedBefore, 'endedBefore'));
  const params = [filter.personId ?? null, before, filter.resourceIds ?? null];
  const where = `person_id NOT LIKE 'anonymous:%' AND ($1::text IS NULL OR person_id = $1)
            AND ($2::timestamptz IS NULL OR upper(during) <= $2::timestamptz)
            AND ($3::text[] IS NULL OR resource_id = ANY($3::text[]))`;
  return ctx.db.transaction(async (tx) => {
    const reservations = await tx.query<{ id: string; old: string }>(
      `WITH target AS (SELECT id, person_id FROM booking_reservations WHERE ${where} FOR UPDATE)
           UPDATE booking_reservations r SET person_id = 'anonymous:' || r.id::text, note = NULL, updated_at = now()
             FROM target WHERE r.id = target.id RETURNING r.id, target.person_id AS old`,
      params,
    );
    const waitlist = await tx.query<{ id: string; old: string }>(
      `WITH target AS (SELECT id, person_id FROM booking_waitlist WHERE ${where} FOR UPDATE)
           UPDATE booking_waitlist w SET person_id = 'anonymous:' || w.id::text
             FROM target WHERE w.id = target.id RETURNING w.id, target.person_id AS old`,
      params,
    );
    // Only the person's own audit entries: what staff did stays attributed to staff.
    for (const r of reservations.rows) {
      await tx.query(
        `UPDATE booking_audit SET actor = 'anonymous:' || $1 WHERE reservation_id = $1::uuid AND actor = $2`,
        [r.id, r.old],
      );
    }
    for (const w of waitlist.rows) {
      await tx.query(
        `UPDATE booking_audit SET actor = 'anonymous:' || $1 WHERE waitlist_id = $1::uuid AND actor = $2`,
        [w.id, w.old],
      );
    }
    return {
      reservationIds: reservations.rows.map((r) => r.id),
      waitlistIds: waitlist.rows.map((w) => w.id),
    };
  });
}

import { cityError } from '@city-app/core';
import type { BookerGroup, BookingCreated, BookingRequest } from '../../api.js';
import type { Catalogue } from '../catalogue.js';
import { personOf } from '../context.js';
import { checkProviderQuota } from '../provider-quotas.js';
import { checkBooker } from './booker.js';
import type { BookingsCore } from './core.js';
import { reserved, type State } from './state.js';

/**
 * A resident books a resource; the reply carries the private link's token. The reservation,
 * the row of who booked, the education provider's quota check and the e-mail (and push) are
 * one transaction: all of them or none. A retry with the same Idempotency-Key replays the
 * first booking.
 */
export async function book(
  core: BookingsCore,
  resources: Catalogue,
  input: BookingRequest,
  opts: { idempotencyKey?: string; origin?: string },
): Promise<{ created: BookingCreated; replayed: boolean }> {
  const { ctx, insertRow, state, tell, privateView, rowBy } = core;
  const { resource, meta } = await resources.forBooking(input.resourceId);
  const group = checkBooker(input, meta.bookable_by as BookerGroup[]);
  const email = personOf(input.email);
  const key = opts.idempotencyKey ? `experiment-space:${opts.idempotencyKey}` : undefined;
  const organisation = input.organisation?.trim() || undefined;
  const made: { s?: State } = {};
  const reservation = await ctx.booking.createReservation(
    {
      resourceId: input.resourceId,
      personId: email,
      group,
      start: input.start,
      durationMinutes: input.durationMinutes,
      ...(input.note ? { note: input.note } : {}),
      ...(key ? { idempotencyKey: key } : {}),
    },
    {
      within: async (tx, reservation) => {
        const row = await insertRow(tx, {
          kind: 'resource',
          resourceId: input.resourceId,
          reservation,
          name: input.name.trim(),
          email,
          organisation,
          group,
          locale: input.locale ?? 'de',
          note: input.note,
          seats: 1,
          origin: opts.origin,
          installationId: input.installationId,
        });
        if (group === 'education_provider' && organisation) {
          await checkProviderQuota(ctx, tx, { organisation, reservation });
        }
        // PGlite runs one query at a time and this transaction holds it: what is known
        // already is not asked again.
        const s = reserved(row, resource, reservation);
        await tell(tx, s, s.status === 'pending' ? 'pending' : 'confirmed');
        made.s = s;
      },
    },
  );
  if (made.s) {
    return {
      created: { token: made.s.row.token, booking: privateView(made.s) },
      replayed: false,
    };
  }
  // A retried request: the same booking, the same link.
  const existing = await rowBy('reservation_id', reservation.id);
  if (!existing) {
    throw cityError('idempotency_conflict', {}, { field: 'Idempotency-Key' });
  }
  return {
    created: { token: existing.token, booking: privateView(await state(existing)) },
    replayed: true,
  };
}

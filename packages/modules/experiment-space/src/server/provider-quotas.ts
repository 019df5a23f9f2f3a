import { addDays, isoWeekday, localParts, type Reservation, zonedInstant } from '@city-app/booking';
import { cityError } from '@city-app/core';
import type { Queryable } from '@city-app/server';
import type { ProviderQuota, ProviderQuotaInput } from '../api.js';
import type { SpaceContext } from './context.js';

interface QuotaRow {
  id: string;
  organisation: string;
  resource_ids: string[];
  period: 'week' | 'month';
  max_hours: string | number;
}

/** A quota's period as a refusal names it, in both languages. */
const PERIOD_NAMES = {
  week: { de: 'Woche', en: 'week' },
  month: { de: 'Monat', en: 'month' },
} as const;

/** The local calendar week (from Monday) or month around an instant, as instants. */
function periodAround(ms: number, period: 'week' | 'month', tz: string) {
  const { date } = localParts(ms, tz);
  const first = period === 'week' ? addDays(date, 1 - isoWeekday(date)) : `${date.slice(0, 7)}-01`;
  let next: string;
  if (period === 'week') next = addDays(first, 7);
  else {
    const [y, m] = first.split('-').map(Number) as [number, number];
    next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  }
  return { start: zonedInstant(first, 0, tz), end: zonedInstant(next, 0, tz) };
}

/** Hours an organisation holds on some resources in a period (active bookings only), read on `q`. */
async function usedHours(
  ctx: SpaceContext,
  q: Queryable,
  organisation: string,
  resourceIds: string[],
  period: { start: number; end: number },
): Promise<number> {
  const { rows } = await q.query<{ reservation_id: string }>(
    `SELECT reservation_id FROM experiment_space_bookings
      WHERE lower(organisation) = lower($1) AND resource_id = ANY($2::text[]) AND reservation_id IS NOT NULL
        AND anonymised_at IS NULL`,
    [organisation.trim(), resourceIds],
  );
  if (rows.length === 0) return 0;
  const held = await ctx.booking.listReservations(
    { ids: rows.map((r) => r.reservation_id), active: true },
    { tx: q },
  );
  let hours = 0;
  for (const r of held) {
    const start = Date.parse(r.start);
    if (start < period.start || start >= period.end) continue;
    hours += (Date.parse(r.end) - start) / 3_600_000;
  }
  return hours;
}

/**
 * Refuses a booking that takes an education provider over its own quota for the room. Runs in
 * the booking's transaction after the reservation and its row are written, so the count
 * includes it; bookings of one provider are serialised by a transaction-scoped advisory lock,
 * and under READ COMMITTED the one that waited sees what the other committed. Two bookings at
 * the very same moment cannot both slip under the quota.
 */
export async function checkProviderQuota(
  ctx: SpaceContext,
  tx: Queryable,
  request: { organisation: string; reservation: Reservation },
): Promise<void> {
  const { reservation } = request;
  const { rows } = await tx.query<QuotaRow>(
    'SELECT * FROM experiment_space_provider_quotas WHERE lower(organisation) = lower($1) AND $2 = ANY(resource_ids)',
    [request.organisation.trim(), reservation.resourceId],
  );
  const quota = rows[0];
  if (!quota) return;
  await tx.query(
    "SELECT pg_advisory_xact_lock(hashtext('city-app.experiment-space.provider:' || lower($1)))",
    [quota.organisation],
  );
  const start = Date.parse(reservation.start);
  const period = periodAround(start, quota.period, ctx.timezone);
  const used = await usedHours(ctx, tx, quota.organisation, quota.resource_ids, period);
  const max = Number(quota.max_hours);
  if (used > max + 1e-9) {
    const own = (Date.parse(reservation.end) - start) / 3_600_000;
    const left = Math.max(0, max - (used - own));
    throw cityError(
      'space_provider_quota_exceeded',
      { organisation: quota.organisation, max, period: PERIOD_NAMES[quota.period], left },
      {
        field: 'organisation',
        details: { quota: { period: quota.period, maxHours: max, hoursLeft: left } },
      },
    );
  }
}

/** Education providers' quotas, as staff manage them. */
export function providerQuotas(ctx: SpaceContext) {
  async function view(row: QuotaRow): Promise<ProviderQuota> {
    const period = periodAround(ctx.now().getTime(), row.period, ctx.timezone);
    return {
      id: row.id,
      organisation: row.organisation,
      resourceIds: row.resource_ids,
      period: row.period,
      maxHours: Number(row.max_hours),
      usedHours: await usedHours(ctx, ctx.db, row.organisation, row.resource_ids, period),
    };
  }
  return {
    async list(): Promise<ProviderQuota[]> {
      const { rows } = await ctx.db.query<QuotaRow>(
        'SELECT * FROM experiment_space_provider_quotas ORDER BY lower(organisation)',
      );
      return Promise.all(rows.map(view));
    },
    /** Creates or replaces the quota of one organisation. */
    async set(
      input: ProviderQuotaInput,
      known: (id: string) => Promise<boolean>,
    ): Promise<ProviderQuota> {
      for (const [index, id] of input.resourceIds.entries()) {
        if (!(await known(id))) {
          throw cityError('space_unknown_resource', { id }, { field: `resourceIds.${index}` });
        }
      }
      const { rows } = await ctx.db.query<QuotaRow>(
        `INSERT INTO experiment_space_provider_quotas (organisation, resource_ids, period, max_hours)
         VALUES ($1, $2::text[], $3, $4)
         ON CONFLICT (lower(organisation)) DO UPDATE SET organisation = EXCLUDED.organisation,
           resource_ids = EXCLUDED.resource_ids, period = EXCLUDED.period, max_hours = EXCLUDED.max_hours
         RETURNING *`,
        [input.organisation.trim(), input.resourceIds, input.period, input.maxHours],
      );
      return view(rows[0] as QuotaRow);
    },
    async remove(id: string): Promise<boolean> {
      if (!/^[0-9a-f-]{36}$/i.test(id)) return false;
      const { rowCount } = await ctx.db.query(
        'DELETE FROM experiment_space_provider_quotas WHERE id = $1',
        [id],
      );
      return rowCount > 0;
    },
  };
}

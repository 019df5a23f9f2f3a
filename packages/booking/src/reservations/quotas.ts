import { cityError } from '@city-app/core';
import type { BookingContext } from '../context.js';
import type { Queryable } from '../db.js';
import { PERIOD_WORDS } from '../errors.js';
import { takeTurn } from '../locks.js';
import { isoInstant as iso, localPeriod } from '../time/zone.js';
import { ACTIVE } from './model.js';
import type { Prepared } from './request.js';

const HOUR = 3_600_000;

/**
 * Quotas per person, day, week or month, under a per-person lock so parallel requests of one
 * person cannot both slip under. Call it in the transaction that inserts the reservation.
 */
export async function checkQuotas(
  ctx: BookingContext,
  q: Queryable,
  p: Prepared,
  excludeId?: string,
): Promise<void> {
  if (p.rules.quotas.length === 0) return;
  await takeTurn(ctx, q, `city-app.booking.person:${p.personId}`);
  const periods = p.rules.quotas.map((quota) => ({
    quota,
    ...localPeriod(p.start, quota.period, ctx.tz),
  }));
  const from = Math.min(...periods.map((x) => x.start));
  const to = Math.max(...periods.map((x) => x.end));
  const { rows } = await q.query<{ s: number; e: number }>(
    `SELECT (extract(epoch from lower(during)) * 1000)::float8 AS s, (extract(epoch from upper(during)) * 1000)::float8 AS e
         FROM booking_reservations
        WHERE person_id = $1 AND resource_id = $2 AND status = ANY($3::text[])
          AND lower(during) >= $4::timestamptz AND lower(during) < $5::timestamptz
          AND ($6::uuid IS NULL OR id <> $6::uuid)`,
    [p.personId, p.resource.id, ACTIVE, iso(from), iso(to), excludeId ?? null],
  );
  for (const { quota, start, end, first } of periods) {
    const inPeriod = rows.filter((r) => Number(r.s) >= start && Number(r.s) < end);
    const usedCount = inPeriod.length;
    const usedHours = inPeriod.reduce((sum, r) => sum + (Number(r.e) - Number(r.s)), 0) / HOUR;
    const hours = (p.end - p.start) / HOUR;
    const countOver = quota.maxCount !== undefined && usedCount + 1 > quota.maxCount;
    const hoursOver = quota.maxHours !== undefined && usedHours + hours > quota.maxHours + 1e-9;
    if (countOver || hoursOver) {
      const period = PERIOD_WORDS[quota.period];
      const resource = p.resource.name;
      const extra = {
        field: 'start',
        details: {
          quota: {
            period: quota.period,
            ...(quota.maxCount !== undefined
              ? { maxCount: quota.maxCount, countLeft: Math.max(0, quota.maxCount - usedCount) }
              : {}),
            ...(quota.maxHours !== undefined
              ? { maxHours: quota.maxHours, hoursLeft: Math.max(0, quota.maxHours - usedHours) }
              : {}),
            usedCount,
            usedHours,
            periodStart: first,
          },
        },
      };
      throw countOver
        ? cityError('quota_count_exceeded', { resource, max: quota.maxCount ?? 0, period }, extra)
        : cityError(
            'quota_hours_exceeded',
            {
              resource,
              max: quota.maxHours ?? 0,
              period,
              left: Math.max(0, (quota.maxHours ?? 0) - usedHours),
            },
            extra,
          );
    }
  }
}

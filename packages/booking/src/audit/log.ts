import type { BookingContext } from '../context.js';
import { isUuid } from '../reservations/model.js';

export interface AuditEntry {
  id: number;
  reservationId: string | null;
  waitlistId: string | null;
  resourceId: string;
  actor: string;
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  details: Record<string, unknown>;
  at: string;
}

/** No reservation has this id: a malformed one finds nothing instead of failing the cast. */
const NO_RESERVATION = '00000000-0000-0000-0000-000000000000';

/** Every state change of a reservation: who, when, what. */
export async function auditLog(
  ctx: BookingContext,
  filter: { reservationId?: string; resourceId?: string },
): Promise<AuditEntry[]> {
  const { rows } = await ctx.db.query<{
    id: string | number;
    reservation_id: string | null;
    waitlist_id: string | null;
    resource_id: string;
    actor: string;
    action: string;
    from_status: string | null;
    to_status: string | null;
    details: Record<string, unknown>;
    at: Date | string;
  }>(
    `SELECT * FROM booking_audit WHERE ($1::uuid IS NULL OR reservation_id = $1::uuid) AND ($2::text IS NULL OR resource_id = $2)
          ORDER BY id LIMIT 10000`,
    [
      filter.reservationId && isUuid(filter.reservationId)
        ? filter.reservationId
        : filter.reservationId
          ? NO_RESERVATION
          : null,
      filter.resourceId ?? null,
    ],
  );
  return rows.map((r) => ({
    id: Number(r.id),
    reservationId: r.reservation_id,
    waitlistId: r.waitlist_id,
    resourceId: r.resource_id,
    actor: r.actor,
    action: r.action,
    fromStatus: r.from_status,
    toStatus: r.to_status,
    details: r.details,
    at: new Date(r.at).toISOString(),
  }));
}

import { type BookingContext, MINUTE } from '../context.js';
import {
  RESERVATION_COLUMNS,
  type Reservation,
  type ReservationRow,
  reservationFromRow,
} from '../reservations/model.js';
import type { Resource } from '../resources/model.js';
import { effectiveRules } from '../rules.js';
import { isoInstant as iso } from '../time/zone.js';

/**
 * Emits `reminder_due` once for each confirmed reservation whose reminder time has come. Each
 * reminder is claimed in its own transaction (with `beforeCommit`), so parallel runs on
 * several processes send it once and a failing one does not hold up the others.
 */
export async function sendDueReminders(ctx: BookingContext): Promise<Reservation[]> {
  const { options } = ctx;
  const now = ctx.clock();
  // Reminders are at most 7 days ahead (the rules' bound), so 8 days covers every one.
  const { rows } = await ctx.db.query<
    ReservationRow & { rules: Resource['rules']; group_rules: Resource['groupRules'] }
  >(
    `SELECT ${RESERVATION_COLUMNS}, res.rules, res.group_rules
           FROM booking_reservations r JOIN booking_resources res ON res.id = r.resource_id
          WHERE r.status = 'confirmed' AND r.reminded_at IS NULL
            AND lower(r.during) > $1::timestamptz AND lower(r.during) <= $1::timestamptz + interval '8 days'`,
    [iso(now)],
  );
  const due: Reservation[] = [];
  for (const row of rows) {
    const rules = effectiveRules(row.rules, row.group_rules, row.person_group);
    if (rules.reminderMinutes === 0 || Number(row.start_ms) - rules.reminderMinutes * MINUTE > now)
      continue;
    const reservation = reservationFromRow(row, ctx.tz);
    const event = { type: 'reminder_due' as const, reservation };
    try {
      const claimed = await ctx.db.transaction(async (tx) => {
        const { rowCount } = await tx.query(
          'UPDATE booking_reservations SET reminded_at = $2::timestamptz WHERE id = $1 AND reminded_at IS NULL',
          [row.id, iso(now)],
        );
        if (rowCount === 1) await options.beforeCommit?.(tx, event);
        return rowCount === 1;
      });
      if (claimed) due.push(reservation);
    } catch (error) {
      // Not claimed: the next run tries this reminder again; the others go out now.
      options.onEventError?.(error, event);
    }
  }
  await ctx.emit(due.map((reservation) => ({ type: 'reminder_due' as const, reservation })));
  return due;
}

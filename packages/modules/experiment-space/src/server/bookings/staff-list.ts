import { ACTIVE_STATUSES } from '@city-app/booking';
import type { BookingStatus, StaffBooking } from '../../api.js';
import type { BookingsCore } from './core.js';
import type { BookingRow } from './rows.js';

/** Statuses that hold their time (the booking core's): the booking takes place, or took it. */
const ACTIVE: readonly BookingStatus[] = ACTIVE_STATUSES;

export const isActive = (status: BookingStatus) => ACTIVE.includes(status);

export interface StaffBookingFilter {
  status?: BookingStatus;
  resourceId?: string;
  from?: string;
  to?: string;
}

/** Bookings for staff, by start; `from`/`to` are local dates. */
export async function listForStaff(
  core: BookingsCore,
  filter: StaffBookingFilter,
): Promise<StaffBooking[]> {
  const { rows } = await core.ctx.db.query<BookingRow>(
    `SELECT * FROM experiment_space_bookings
      WHERE ($1::text IS NULL OR resource_id = $1) ORDER BY ends_at, created_at LIMIT 5000`,
    [filter.resourceId ?? null],
  );
  // A day's slack on both sides: the rows know the UTC end, the filter speaks local dates.
  const fromMs = filter.from ? Date.parse(`${filter.from}T00:00:00Z`) - 86_400_000 : null;
  const toMs = filter.to ? Date.parse(`${filter.to}T00:00:00Z`) + 86_400_000 : null;
  const states = await core.statesOf(
    rows.filter((r) => {
      const end = new Date(r.ends_at).getTime();
      return (fromMs === null || end >= fromMs) && (toMs === null || end <= toMs + 86_400_000);
    }),
  );
  return states
    .filter(
      (s) =>
        (!filter.status || s.status === filter.status) &&
        (!filter.from || s.endLocal.slice(0, 10) >= filter.from) &&
        (!filter.to || s.startLocal.slice(0, 10) < filter.to),
    )
    .sort((a, b) => a.start.localeCompare(b.start))
    .map(core.staffView);
}

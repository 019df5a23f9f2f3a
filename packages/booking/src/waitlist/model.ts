import type { WaitlistEntry } from '../events.js';
import { formatLocal, isoInstant as iso } from '../time/zone.js';

export interface WaitlistRow {
  id: string;
  resource_id: string;
  person_id: string;
  person_group: string;
  seats: number;
  status: WaitlistEntry['status'];
  offer_expires_at: Date | string | null;
  reservation_id: string | null;
  start_ms: number | string;
  end_ms: number | string;
}

/** Columns selected for a waitlist entry; `w` is the table alias. */
export const WAITLIST_COLUMNS = `w.id, w.resource_id, w.person_id, w.person_group, w.seats, w.status,
  w.offer_expires_at, w.reservation_id,
  (extract(epoch from lower(w.during)) * 1000)::float8 AS start_ms,
  (extract(epoch from upper(w.during)) * 1000)::float8 AS end_ms`;

export function waitlistFromRow(w: WaitlistRow, timeZone: string): WaitlistEntry {
  return {
    id: w.id,
    resourceId: w.resource_id,
    personId: w.person_id,
    group: w.person_group,
    seats: w.seats,
    start: iso(Number(w.start_ms)),
    end: iso(Number(w.end_ms)),
    startLocal: formatLocal(Number(w.start_ms), timeZone),
    endLocal: formatLocal(Number(w.end_ms), timeZone),
    status: w.status,
    offerExpiresAt: w.offer_expires_at ? new Date(w.offer_expires_at).toISOString() : null,
    reservationId: w.reservation_id,
  };
}

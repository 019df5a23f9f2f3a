import { ACTIVE_STATUSES } from '../migrations.js';
import { formatLocal } from '../time/zone.js';

/** Every status a reservation can have (the table's CHECK lists the same). */
export const RESERVATION_STATUSES = [
  'pending',
  'confirmed',
  'checked_in',
  'no_show',
  'cancelled',
  'declined',
] as const;
export type ReservationStatus = (typeof RESERVATION_STATUSES)[number];

/** The statuses that hold a slot, as a query parameter (`status = ANY($n::text[])`). */
export const ACTIVE: string[] = [...ACTIVE_STATUSES];

/** A reservation as the API returns it. Instants in UTC ISO form, plus the town's wall-clock time. */
export interface Reservation {
  id: string;
  resourceId: string;
  personId: string;
  group: string;
  seats: number;
  /** Booked range `[start, end)`. */
  start: string;
  end: string;
  startLocal: string;
  endLocal: string;
  /** Range held on the resource, buffers included. */
  blockedStart: string;
  blockedEnd: string;
  status: ReservationStatus;
  seriesId: string | null;
  note: string | null;
  idempotencyKey: string | null;
  createdAt: string;
}

/** Columns selected for a reservation; `r` is the table alias. */
export const RESERVATION_COLUMNS = `r.id, r.resource_id, r.person_id, r.person_group, r.seats, r.status,
  r.series_id, r.note, r.idempotency_key, r.created_at,
  (extract(epoch from lower(r.during)) * 1000)::float8 AS start_ms,
  (extract(epoch from upper(r.during)) * 1000)::float8 AS end_ms,
  (extract(epoch from lower(r.blocked)) * 1000)::float8 AS blocked_start_ms,
  (extract(epoch from upper(r.blocked)) * 1000)::float8 AS blocked_end_ms`;

export interface ReservationRow {
  id: string;
  resource_id: string;
  person_id: string;
  person_group: string;
  seats: number;
  status: ReservationStatus;
  series_id: string | null;
  note: string | null;
  idempotency_key: string | null;
  created_at: Date | string;
  start_ms: number | string;
  end_ms: number | string;
  blocked_start_ms: number | string;
  blocked_end_ms: number | string;
}

export function reservationFromRow(row: ReservationRow, timeZone: string): Reservation {
  const start = Number(row.start_ms);
  const end = Number(row.end_ms);
  return {
    id: row.id,
    resourceId: row.resource_id,
    personId: row.person_id,
    group: row.person_group,
    seats: row.seats,
    start: new Date(start).toISOString(),
    end: new Date(end).toISOString(),
    startLocal: formatLocal(start, timeZone),
    endLocal: formatLocal(end, timeZone),
    blockedStart: new Date(Number(row.blocked_start_ms)).toISOString(),
    blockedEnd: new Date(Number(row.blocked_end_ms)).toISOString(),
    status: row.status,
    seriesId: row.series_id,
    note: row.note,
    idempotencyKey: row.idempotency_key,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID.test(value);

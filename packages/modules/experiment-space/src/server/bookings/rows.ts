import { randomBytes } from 'node:crypto';
import type { Reservation, WaitlistEntry } from '@city-app/booking';
import { cityError } from '@city-app/core';
import type { Queryable } from '@city-app/server';
import type { BookerGroup, Locale } from '../../api.js';
import type { SpaceContext } from '../context.js';

/** Who booked what: the module's row beside the booking core's reservation or waitlist place. */
export interface BookingRow {
  id: string;
  token: string;
  kind: 'resource' | 'course';
  resource_id: string;
  course_id: string | null;
  session_id: string | null;
  reservation_id: string | null;
  waitlist_id: string | null;
  name: string;
  email: string;
  organisation: string | null;
  person_group: BookerGroup;
  locale: Locale;
  note: string | null;
  seats: number;
  origin: string | null;
  installation_id: string | null;
  ends_at: Date | string;
  anonymised_at: Date | string | null;
  created_at: Date | string;
}

/** What a new row holds; the token, the end and the time of booking are filled in. */
export interface NewBookingRow {
  kind: 'resource' | 'course';
  resourceId: string;
  courseId?: string;
  sessionId?: string;
  reservation?: Reservation;
  entry?: WaitlistEntry;
  name: string;
  email: string;
  organisation?: string | undefined;
  group: BookerGroup;
  locale: Locale;
  note?: string | undefined;
  seats: number;
  origin?: string | undefined;
  installationId?: string | undefined;
}

export const newToken = () => randomBytes(24).toString('base64url');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reading and writing the rows of who booked. */
export function bookingRows(ctx: SpaceContext) {
  const { db } = ctx;

  /** A booking row; inside a booking core hook pass its `tx` as `q`. */
  async function rowBy(
    column: 'token' | 'id' | 'reservation_id' | 'waitlist_id',
    value: string,
    q: Queryable = db,
  ) {
    const uuid = column !== 'token';
    if (uuid && !UUID.test(value)) {
      return undefined;
    }
    const { rows } = await q.query<BookingRow>(
      `SELECT * FROM experiment_space_bookings WHERE ${column} = $1${uuid ? '::uuid' : ''}`,
      [value],
    );
    return rows[0];
  }

  async function byToken(token: string): Promise<BookingRow> {
    const row = token.length >= 20 ? await rowBy('token', token) : undefined;
    if (!row) {
      throw cityError('space_no_booking_for_link');
    }
    return row;
  }

  /** Stores who booked, in the transaction `q` that makes the reservation or waitlist place. */
  async function insertRow(q: Queryable, values: NewBookingRow): Promise<BookingRow> {
    const { rows } = await q.query<BookingRow>(
      `INSERT INTO experiment_space_bookings (token, kind, resource_id, course_id, session_id, reservation_id, waitlist_id,
         name, email, organisation, person_group, locale, note, seats, origin, ends_at, created_at, installation_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16::timestamptz, $17::timestamptz, $18)
       RETURNING *`,
      [
        newToken(),
        values.kind,
        values.resourceId,
        values.courseId ?? null,
        values.sessionId ?? null,
        values.reservation?.id ?? null,
        values.entry?.id ?? null,
        values.name,
        values.email,
        values.organisation ?? null,
        values.group,
        values.locale,
        values.note ?? null,
        values.seats,
        values.origin ?? null,
        values.reservation?.end ?? values.entry?.end,
        ctx.now().toISOString(),
        values.installationId ?? null,
      ],
    );
    return rows[0] as BookingRow;
  }

  return { rowBy, byToken, insertRow };
}

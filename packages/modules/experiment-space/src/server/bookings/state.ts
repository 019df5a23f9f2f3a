import type { Reservation, Resource, WaitlistEntry } from '@city-app/booking';
import type { Queryable } from '@city-app/server';
import type { BookingStatus, Localized } from '../../api.js';
import type { SpaceContext } from '../context.js';
import type { BookingRow } from './rows.js';

/** Where a booking stands: its reservation, or its place on the waitlist. */
export interface State {
  row: BookingRow;
  resource: Resource;
  reservation: Reservation | null;
  entry: WaitlistEntry | null;
  course: { id: string; title: Localized; sessionId: string } | null;
  status: BookingStatus;
  start: string;
  end: string;
  startLocal: string;
  endLocal: string;
}

/**
 * Where a booking of a reservation stands, from what the caller already holds: a booking
 * just made knows its resource and reservation, and needs no query for them.
 */
export function reserved(
  row: BookingRow,
  resource: Resource,
  reservation: Reservation,
  course: State['course'] = null,
): State {
  return {
    row,
    resource,
    reservation,
    entry: null,
    course,
    status: reservation.status,
    start: reservation.start,
    end: reservation.end,
    startLocal: reservation.startLocal,
    endLocal: reservation.endLocal,
  };
}

/** Reads where bookings stand from the booking core. */
export function bookingStates(ctx: SpaceContext) {
  const { db } = ctx;

  /**
   * Where a booking stands. Inside a booking core hook pass its `tx` as `q`: it then reads what
   * the transaction wrote (and PGlite's one connection is not asked twice).
   */
  async function state(row: BookingRow, q: Queryable = db): Promise<State> {
    const tx = { tx: q };
    const resource = await ctx.booking.getResource(row.resource_id, tx);
    let course: State['course'] = null;
    if (row.course_id && row.session_id) {
      const { rows } = await q.query<{ title: Localized }>(
        'SELECT title FROM experiment_space_courses WHERE id = $1',
        [row.course_id],
      );
      course = {
        id: row.course_id,
        title: rows[0]?.title ?? resource.name,
        sessionId: row.session_id,
      };
    }
    if (row.reservation_id) {
      const reservation = await ctx.booking.getReservation(row.reservation_id as string, tx);
      return reserved(row, resource, reservation, course);
    }
    const entry = await ctx.booking.getWaitlistEntry(row.waitlist_id as string, tx);
    return {
      row,
      resource,
      reservation: null,
      entry,
      course,
      status: entry.status === 'accepted' ? 'confirmed' : entry.status,
      start: entry.start,
      end: entry.end,
      startLocal: entry.startLocal,
      endLocal: entry.endLocal,
    };
  }

  async function statesOf(rows: BookingRow[]): Promise<State[]> {
    const out: State[] = [];
    for (const row of rows) out.push(await state(row));
    return out;
  }

  return { state, statesOf };
}

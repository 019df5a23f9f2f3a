import type { Queryable } from '@city-app/server';
import type { StaffPickup, TourDetail, TourList } from '../../api/staff.js';
import { editError } from '../../errors/edits.js';
import { checkType, type TypeIds, tourNotFound } from './checks.js';
import { toLocation } from './locations.js';

/** Staff's edits of tours: one round of one waste type, driven on the same dates for all it serves. */

export interface Tour {
  id: number;
  typeId: string;
  name: string;
}

/** The tour, or 404 naming `field` when it came in a body (`tourId`) rather than the path. */
export async function findTour(db: Queryable, id: number, field?: string): Promise<Tour> {
  const { rows } = await db.query<{ id: number; type_id: string; name: string }>(
    'SELECT id, type_id, name FROM waste_tours WHERE id = $1',
    [id],
  );
  const row = rows[0];
  if (!row) throw tourNotFound(field);
  return { id: row.id, typeId: row.type_id, name: row.name };
}

export async function listTours(
  db: Queryable,
  query: { typeId?: string; today: string },
): Promise<TourList> {
  const { rows } = await db.query<{
    id: number;
    type_id: string;
    name: string;
    upcoming: number;
    next_date: string | null;
    locations: number;
  }>(
    `SELECT t.id, t.type_id, t.name,
            (SELECT count(*)::int FROM waste_pickups p
              WHERE p.tour_id = t.id AND p.status = 'scheduled' AND p.date >= $2::date) AS upcoming,
            (SELECT to_char(min(p.date), 'YYYY-MM-DD') FROM waste_pickups p
              WHERE p.tour_id = t.id AND p.status = 'scheduled' AND p.date >= $2::date) AS next_date,
            (SELECT count(*)::int FROM waste_location_tours lt WHERE lt.tour_id = t.id) AS locations
       FROM waste_tours t
      WHERE ($1::text IS NULL OR t.type_id = $1)
      ORDER BY t.type_id, t.name, t.id`,
    [query.typeId ?? null, query.today],
  );
  return {
    tours: rows.map((r) => ({
      id: r.id,
      typeId: r.type_id,
      name: r.name,
      upcoming: r.upcoming,
      nextDate: r.next_date,
      locations: r.locations,
    })),
  };
}

type PickupRow = {
  id: string | number;
  date: string;
  planned_date: string | null;
  status: StaffPickup['status'];
  reason: StaffPickup['reason'];
  note: StaffPickup['note'] | string | null;
  origin: string;
};
export const PICKUP_COLUMNS = `id, to_char(date, 'YYYY-MM-DD') AS date,
  to_char(planned_date, 'YYYY-MM-DD') AS planned_date, status, reason, note, origin`;

export const toPickup = (row: PickupRow): StaffPickup => ({
  id: Number(row.id),
  date: row.date,
  plannedDate: row.planned_date,
  status: row.status,
  reason: row.reason,
  note: typeof row.note === 'string' ? JSON.parse(row.note) : row.note,
  origin: row.origin,
});

export async function getTour(db: Queryable, id: number): Promise<TourDetail> {
  const tour = await findTour(db, id);
  const pickups = await db.query<PickupRow>(
    `SELECT ${PICKUP_COLUMNS} FROM waste_pickups WHERE tour_id = $1 ORDER BY date, id`,
    [id],
  );
  const locations = await db.query<Parameters<typeof toLocation>[0]>(
    `SELECT l.id, l.kind, l.name, l.district, l.house_from, l.house_to, l.house_parity
       FROM waste_locations l JOIN waste_location_tours lt ON lt.location_id = l.id
      WHERE lt.tour_id = $1
      ORDER BY l.search_key, coalesce(l.district, ''), l.house_from NULLS FIRST, l.id`,
    [id],
  );
  return {
    ...tour,
    pickups: pickups.rows.map(toPickup),
    locations: locations.rows.map(toLocation),
  };
}

export async function createTour(
  db: Queryable,
  types: TypeIds,
  input: { typeId: string; name: string },
): Promise<TourDetail> {
  checkType(types, input.typeId, 'typeId');
  const { rows } = await db.query<{ id: number }>(
    'INSERT INTO waste_tours (type_id, name) VALUES ($1, $2) RETURNING id',
    [input.typeId, input.name],
  );
  return getTour(db, (rows[0] as { id: number }).id);
}

export async function renameTour(db: Queryable, id: number, name: string): Promise<TourDetail> {
  const { rows } = await db.query(
    'UPDATE waste_tours SET name = $2, updated_at = now() WHERE id = $1 RETURNING id',
    [id, name],
  );
  if (!rows[0]) throw tourNotFound();
  return getTour(db, id);
}

/**
 * Deletes the tour with its pickups; the streets it served then have no tour for its type.
 * Refused while it still serves streets on coming dates: their residents would lose the dates
 * without a word (the tour's recorded changes go with it).
 */
export async function deleteTour(tx: Queryable, id: number, today: string): Promise<void> {
  const { rows } = await tx.query<{ name: string; dates: number; locations: number }>(
    `SELECT t.name,
            (SELECT count(*)::int FROM waste_pickups p
              WHERE p.tour_id = t.id AND p.status = 'scheduled' AND p.date >= $2::date) AS dates,
            (SELECT count(*)::int FROM waste_location_tours lt WHERE lt.tour_id = t.id) AS locations
       FROM waste_tours t WHERE t.id = $1 FOR UPDATE`,
    [id, today],
  );
  const tour = rows[0];
  if (!tour) throw tourNotFound();
  if (tour.dates > 0 && tour.locations > 0) {
    throw editError('waste_tour_in_use', {
      tour: tour.name,
      dates: tour.dates,
      locations: tour.locations,
    });
  }
  await tx.query('DELETE FROM waste_tours WHERE id = $1', [id]);
}

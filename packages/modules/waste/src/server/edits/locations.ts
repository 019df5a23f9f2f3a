import { errors } from '@city-app/core';
import type { Queryable } from '@city-app/server';
import type { LocationPage, StaffLocation } from '../../api/staff.js';
import { editError } from '../../errors/edits.js';
import { searchKey } from '../../location/search-key.js';
import { type LocationRow, toLocation as residentView } from '../locations/location.js';
import { checkType, isUniqueViolation, type TypeIds } from './checks.js';
import type { LocationPatch, NewLocation } from './input.js';
import { findTour } from './tours.js';

/** Staff's edits of the locations residents choose: streets, parts of streets, areas. */

type Row = {
  id: number;
  kind: 'street' | 'area';
  name: string;
  district: string | null;
  house_from: number | null;
  house_to: number | null;
  house_parity: 'all' | 'odd' | 'even';
};
const COLUMNS = 'l.id, l.kind, l.name, l.district, l.house_from, l.house_to, l.house_parity';

export const toLocation = (row: Row): Omit<StaffLocation, 'tours'> => ({
  id: row.id,
  kind: row.kind,
  name: row.name,
  district: row.district,
  houseFrom: row.house_from,
  houseTo: row.house_to,
  parity: row.house_parity,
});

/** The location with the tours that serve it, one per waste type. */
const WITH_TOURS = `SELECT ${COLUMNS},
    coalesce((SELECT json_agg(json_build_object('typeId', lt.type_id, 'tourId', t.id, 'tourName', t.name)
                              ORDER BY lt.type_id)
                FROM waste_location_tours lt JOIN waste_tours t ON t.id = lt.tour_id
               WHERE lt.location_id = l.id), '[]'::json) AS tours
  FROM waste_locations l`;

type RowWithTours = Row & { tours: StaffLocation['tours'] | string };
const withTours = (row: RowWithTours): StaffLocation => ({
  ...toLocation(row),
  // PGlite hands json back parsed, node-postgres too; a string only from a driver that does not.
  tours: typeof row.tours === 'string' ? JSON.parse(row.tours) : row.tours,
});

/** The location as residents read it, in both languages, for the catalogue's messages. */
function labelOf(l: Omit<StaffLocation, 'id' | 'tours'>) {
  const row: LocationRow = {
    id: 0,
    kind: l.kind,
    name: l.name,
    district: l.district,
    house_from: l.houseFrom,
    house_to: l.houseTo,
    house_parity: l.parity,
  };
  return { de: residentView(row, 'de').label, en: residentView(row, 'en').label };
}

export async function listLocations(
  db: Queryable,
  query: { q?: string; limit: number; offset: number },
): Promise<LocationPage> {
  // A search key holds only a–z and 0–9, so it needs no escaping in LIKE; no query matches all.
  const like = `${query.q ? searchKey(query.q) : ''}%`;
  const where = 'WHERE l.search_key LIKE $1';
  const { rows } = await db.query<RowWithTours>(
    `${WITH_TOURS} ${where}
      ORDER BY l.search_key, coalesce(l.district, ''), l.house_from NULLS FIRST, l.id
      LIMIT $2 OFFSET $3`,
    [like, query.limit, query.offset],
  );
  const count = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM waste_locations l ${where}`,
    [like],
  );
  return { total: count.rows[0]?.n ?? 0, locations: rows.map(withTours) };
}

export async function getLocation(db: Queryable, id: number): Promise<StaffLocation> {
  const { rows } = await db.query<RowWithTours>(`${WITH_TOURS} WHERE l.id = $1`, [id]);
  if (!rows[0]) throw errors.notFound({ de: 'Die Straße', en: 'The street' });
  return withTours(rows[0]);
}

/** An area (a village) has no house numbers; a range runs upwards. Checked on the whole row. */
function checkHouseNumbers(l: Omit<StaffLocation, 'id' | 'tours'>): void {
  if (l.kind === 'area' && (l.houseFrom != null || l.houseTo != null || l.parity !== 'all')) {
    throw errors.validation(
      l.houseFrom != null ? 'houseFrom' : l.houseTo != null ? 'houseTo' : 'parity',
      {
        de: 'Ein Ortsteil oder Dorf hat keine Hausnummern.',
        en: 'An area (a village or district) has no house numbers.',
      },
    );
  }
  if (l.houseFrom != null && l.houseTo != null && l.houseFrom > l.houseTo) {
    throw errors.validation('houseTo', {
      de: 'Die letzte Hausnummer darf nicht kleiner sein als die erste.',
      en: 'The last house number must not be smaller than the first.',
    });
  }
}

/** Writes a location, or refuses a duplicate of street, district and house numbers with 409. */
async function save(
  db: Queryable,
  id: number | null,
  l: Omit<StaffLocation, 'id' | 'tours'>,
): Promise<number> {
  checkHouseNumbers(l);
  const values = [
    l.kind,
    l.name,
    searchKey(l.name),
    l.district || null,
    l.houseFrom,
    l.houseTo,
    l.parity,
  ];
  try {
    const { rows } = id
      ? await db.query<{ id: number }>(
          `UPDATE waste_locations SET kind = $1, name = $2, search_key = $3, district = $4,
                  house_from = $5, house_to = $6, house_parity = $7, updated_at = now()
            WHERE id = $8 RETURNING id`,
          [...values, id],
        )
      : await db.query<{ id: number }>(
          `INSERT INTO waste_locations (kind, name, search_key, district, house_from, house_to, house_parity)
           VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
          values,
        );
    if (!rows[0]) throw errors.notFound({ de: 'Die Straße', en: 'The street' });
    return rows[0].id;
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw editError('waste_location_exists', { label: labelOf(l) }, { field: 'name' });
    }
    throw error;
  }
}

export async function createLocation(db: Queryable, input: NewLocation): Promise<StaffLocation> {
  const id = await save(db, null, {
    kind: input.kind,
    name: input.name,
    district: input.district ?? null,
    houseFrom: input.houseFrom ?? null,
    houseTo: input.houseTo ?? null,
    parity: input.parity,
  });
  return getLocation(db, id);
}

export async function updateLocation(
  db: Queryable,
  id: number,
  patch: LocationPatch,
): Promise<StaffLocation> {
  const { id: _id, tours: _tours, ...current } = await getLocation(db, id);
  await save(db, id, { ...current, ...patch });
  return getLocation(db, id);
}

export async function deleteLocation(db: Queryable, id: number): Promise<void> {
  const { rows } = await db.query('DELETE FROM waste_locations WHERE id = $1 RETURNING id', [id]);
  if (!rows[0]) throw errors.notFound({ de: 'Die Straße', en: 'The street' });
}

/** Which tour serves the location for a type; the tour must collect that type. */
export async function setLocationTour(
  db: Queryable,
  types: TypeIds,
  target: { id: number; typeId: string; tourId: number },
): Promise<StaffLocation> {
  checkType(types, target.typeId, 'typeId');
  await getLocation(db, target.id);
  const tour = await findTour(db, target.tourId, 'tourId');
  if (tour.typeId !== target.typeId) {
    throw editError(
      'waste_tour_other_type',
      { tour: tour.name, tourType: tour.typeId, typeId: target.typeId },
      { field: 'tourId' },
    );
  }
  await db.query(
    `INSERT INTO waste_location_tours (location_id, type_id, tour_id) VALUES ($1, $2, $3)
     ON CONFLICT (location_id, type_id) DO UPDATE SET tour_id = excluded.tour_id`,
    [target.id, target.typeId, target.tourId],
  );
  return getLocation(db, target.id);
}

export async function clearLocationTour(
  db: Queryable,
  target: { id: number; typeId: string },
): Promise<StaffLocation> {
  await getLocation(db, target.id);
  await db.query('DELETE FROM waste_location_tours WHERE location_id = $1 AND type_id = $2', [
    target.id,
    target.typeId,
  ]);
  return getLocation(db, target.id);
}

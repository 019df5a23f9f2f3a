import type { Queryable } from '@city-app/server';
import { searchKey } from '../src/location/search-key.js';

/**
 * Rows written straight into the waste calendar's tables, as the import or the seed would,
 * so the residents' routes can be tested without either.
 */
export interface LocationInput {
  name: string;
  kind?: 'street' | 'area';
  district?: string | null;
  houseFrom?: number | null;
  houseTo?: number | null;
  parity?: 'all' | 'odd' | 'even';
}

export async function addLocation(db: Queryable, input: LocationInput): Promise<number> {
  const { rows } = await db.query<{ id: number }>(
    `INSERT INTO waste_locations (kind, name, search_key, district, house_from, house_to, house_parity)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [
      input.kind ?? 'street',
      input.name,
      searchKey(input.name),
      input.district ?? null,
      input.houseFrom ?? null,
      input.houseTo ?? null,
      input.parity ?? 'all',
    ],
  );
  return (rows[0] as { id: number }).id;
}

export interface PickupInput {
  date: string;
  plannedDate?: string;
  status?: 'scheduled' | 'cancelled';
  reason?: 'holiday' | 'missed' | 'weather' | 'other';
  note?: { de: string; en: string };
}

/** A tour of `typeId` serving `locationIds`, with its pickups. */
export async function addTour(
  db: Queryable,
  typeId: string,
  locationIds: number[],
  pickups: (string | PickupInput)[],
): Promise<number> {
  const { rows } = await db.query<{ id: number }>(
    'INSERT INTO waste_tours (type_id, name) VALUES ($1, $2) RETURNING id',
    [typeId, `${typeId} ${locationIds.join('/')}`],
  );
  const tourId = (rows[0] as { id: number }).id;
  for (const locationId of locationIds) {
    await db.query(
      'INSERT INTO waste_location_tours (location_id, type_id, tour_id) VALUES ($1, $2, $3)',
      [locationId, typeId, tourId],
    );
  }
  for (const item of pickups) {
    const p = typeof item === 'string' ? { date: item } : item;
    await db.query(
      `INSERT INTO waste_pickups (tour_id, date, planned_date, status, reason, note)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        tourId,
        p.date,
        p.plannedDate ?? null,
        p.status ?? 'scheduled',
        p.reason ?? null,
        p.note ? JSON.stringify(p.note) : null,
      ],
    );
  }
  return tourId;
}

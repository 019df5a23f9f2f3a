import { errors, type Locale, type Queryable } from '@city-app/core';
import type { WasteLocation } from '../../api/pickups.js';
import { residentError } from '../../errors/resident.js';
import { searchKey } from '../../location/search-key.js';
import { LOCATION_COLUMNS, type LocationRow, toLocation } from './location.js';

/** A search answers at most this many locations: enough for a street split in several parts. */
export const SEARCH_LIMIT = 20;

/**
 * The locations whose name matches what a resident typed: names that start with it first
 * (the index on `search_key` serves these), then names that contain it ("Straße" finds every
 * street). Within each, by name, district and house numbers.
 */
export async function searchLocations(
  db: Queryable,
  q: string,
  locale: Locale,
): Promise<WasteLocation[]> {
  const key = searchKey(q);
  if (!key) throw residentError('waste_search_without_letters', { q }, { field: 'q' });
  // The key holds only a–z and 0–9, so it carries no LIKE wildcard.
  const { rows } = await db.query<LocationRow>(
    `SELECT ${LOCATION_COLUMNS} FROM waste_locations l
      WHERE l.search_key LIKE $1 || '%' OR strpos(l.search_key, $1) > 0
      ORDER BY (l.search_key LIKE $1 || '%') DESC, l.name, coalesce(l.district, ''),
               coalesce(l.house_from, -1), l.house_parity
      LIMIT ${SEARCH_LIMIT}`,
    [key],
  );
  return rows.map((row) => toLocation(row, locale));
}

/** One location, or a 404 naming it. */
export async function findLocation(
  db: Queryable,
  id: number,
  locale: Locale,
): Promise<WasteLocation> {
  const { rows } = await db.query<LocationRow>(
    `SELECT ${LOCATION_COLUMNS} FROM waste_locations l WHERE l.id = $1`,
    [id],
  );
  if (!rows[0]) throw errors.notFound({ de: 'Die Straße', en: 'The street' });
  return toLocation(rows[0], locale);
}

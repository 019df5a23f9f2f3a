import type { Queryable } from '@city-app/server';
import { searchKey } from '../../location/search-key.js';
import { importText } from '../../messages/import.js';
import type { ParsedLocation } from './parsed.js';

/** A location as the import matches it: one row of `waste_locations`, existing or to create. */
export interface PlannedLocation {
  /** null until a new one is written. */
  id: number | null;
  kind: 'street' | 'area';
  name: string;
  searchKey: string;
  district: string | null;
  houseFrom: number | null;
  houseTo: number | null;
  parity: 'all' | 'odd' | 'even';
}

/** The identity the table's unique index has: search key, district and house range. */
export function locationKey(l: Omit<PlannedLocation, 'id' | 'kind' | 'name'>): string {
  return [l.searchKey, l.district ?? '', l.houseFrom ?? -1, l.houseTo ?? -1, l.parity].join('|');
}

export function fromParsed(p: ParsedLocation): PlannedLocation {
  const street = p.kind === 'street';
  return {
    id: null,
    kind: p.kind,
    name: p.name.trim(),
    searchKey: searchKey(p.name),
    district: p.district?.trim() || null,
    houseFrom: street ? (p.houseFrom ?? null) : null,
    houseTo: street ? (p.houseTo ?? null) : null,
    parity: street ? (p.parity ?? 'all') : 'all',
  };
}

/** How residents read a location: "Bahnhofstraße 1–19 (ungerade), Granzin". */
export function locationLabel(l: PlannedLocation, language: 'de' | 'en'): string {
  let label = l.name;
  if (l.houseFrom !== null || l.houseTo !== null) {
    label += ` ${l.houseFrom ?? ''}–${l.houseTo ?? ''}`;
  }
  if (l.parity !== 'all') label += ` (${importText(language, `waste.import.parity.${l.parity}`)})`;
  if (l.district) label += `, ${l.district}`;
  return label;
}

interface LocationRow {
  id: number;
  kind: 'street' | 'area';
  name: string;
  search_key: string;
  district: string | null;
  house_from: number | null;
  house_to: number | null;
  house_parity: 'all' | 'odd' | 'even';
}

const toPlanned = (r: LocationRow): PlannedLocation => ({
  id: r.id,
  kind: r.kind,
  name: r.name,
  searchKey: r.search_key,
  district: r.district,
  houseFrom: r.house_from,
  houseTo: r.house_to,
  parity: r.house_parity,
});

const COLUMNS = 'id, kind, name, search_key, district, house_from, house_to, house_parity';

/** Every location the town has, by key (a few thousand at most). */
export async function loadLocations(db: Queryable): Promise<Map<string, PlannedLocation>> {
  const { rows } = await db.query<LocationRow>(`SELECT ${COLUMNS} FROM waste_locations`);
  return new Map(rows.map((r) => [locationKey(toPlanned(r)), toPlanned(r)]));
}

export async function findLocation(db: Queryable, id: number): Promise<PlannedLocation | null> {
  const { rows } = await db.query<LocationRow>(
    `SELECT ${COLUMNS} FROM waste_locations WHERE id = $1`,
    [id],
  );
  return rows[0] ? toPlanned(rows[0]) : null;
}

/** Writes the new locations in one statement and fills in their ids. */
export async function insertLocations(tx: Queryable, list: PlannedLocation[]): Promise<void> {
  if (!list.length) return;
  const { rows } = await tx.query<LocationRow>(
    `INSERT INTO waste_locations (kind, name, search_key, district, house_from, house_to, house_parity)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], $6::int[], $7::text[])
     RETURNING ${COLUMNS}`,
    [
      list.map((l) => l.kind),
      list.map((l) => l.name),
      list.map((l) => l.searchKey),
      list.map((l) => l.district),
      list.map((l) => l.houseFrom),
      list.map((l) => l.houseTo),
      list.map((l) => l.parity),
    ],
  );
  const byKey = new Map(rows.map((r) => [locationKey(toPlanned(r)), r.id]));
  for (const l of list) l.id = byKey.get(locationKey(l)) ?? null;
}

import type { Queryable } from '@city-app/server';
import type { StoredPickup, TourDiff } from './diff.js';
import type { PlannedLocation } from './locations.js';

/** A tour the import touches: existing (with its stored pickups in range) or to create. */
export interface PlannedTour {
  /** null until a new one is written. */
  id: number | null;
  typeId: string;
  name: string;
  /** Its pickups in the file's range as stored; empty for a new tour. */
  stored: StoredPickup[];
  /** The dates the file gives it (date → cancelled), once a location of the file is assigned. */
  wanted: Map<string, boolean> | null;
  /** The locations of the file it serves. */
  locations: PlannedLocation[];
  diff?: TourDiff;
}

/** A date set as one comparable string: "2027-01-05,2027-01-19x" (x = cancelled). */
export function signature(dates: ReadonlyMap<string, boolean> | StoredPickup[]): string {
  const list = Array.isArray(dates)
    ? dates.map((p) => `${p.date}${p.status === 'cancelled' ? 'x' : ''}`)
    : [...dates].map(([date, cancelled]) => `${date}${cancelled ? 'x' : ''}`);
  return list.sort().join(',');
}

/** The tours of the file's waste types with their pickups in the range. */
export async function loadTours(
  db: Queryable,
  typeIds: string[],
  range: { from: string; to: string },
): Promise<PlannedTour[]> {
  const { rows: tours } = await db.query<{ id: number; type_id: string; name: string }>(
    'SELECT id, type_id, name FROM waste_tours WHERE type_id = ANY($1::text[]) ORDER BY id',
    [typeIds],
  );
  const { rows: pickups } = await db.query<{
    id: string | number;
    tour_id: number;
    date: string;
    status: 'scheduled' | 'cancelled';
  }>(
    `SELECT p.id, p.tour_id, to_char(p.date, 'YYYY-MM-DD') AS date, p.status
       FROM waste_pickups p JOIN waste_tours t ON t.id = p.tour_id
      WHERE t.type_id = ANY($1::text[]) AND p.date BETWEEN $2::date AND $3::date`,
    [typeIds, range.from, range.to],
  );
  const byTour = new Map<number, StoredPickup[]>();
  for (const p of pickups) {
    const list = byTour.get(p.tour_id) ?? [];
    list.push({ id: Number(p.id), date: p.date, status: p.status });
    byTour.set(p.tour_id, list);
  }
  return tours.map((t) => ({
    id: t.id,
    typeId: t.type_id,
    name: t.name,
    stored: byTour.get(t.id) ?? [],
    wanted: null,
    locations: [],
  }));
}

/** Which tour serves which location for which type, for the given locations. */
export async function loadAssignments(
  db: Queryable,
  locationIds: number[],
): Promise<Map<string, number>> {
  if (!locationIds.length) return new Map();
  const { rows } = await db.query<{ location_id: number; type_id: string; tour_id: number }>(
    `SELECT location_id, type_id, tour_id FROM waste_location_tours
      WHERE location_id = ANY($1::int[])`,
    [locationIds],
  );
  return new Map(rows.map((r) => [`${r.location_id}|${r.type_id}`, r.tour_id]));
}

/**
 * The tour a location's dates of one type go to: the one it has when the file gives that tour
 * no other dates; else a tour of the type with exactly these dates in the range (so hundreds of
 * streets on one round share one tour); else a new one, made by `create`.
 */
export function assignTour(
  tours: PlannedTour[],
  current: PlannedTour | undefined,
  typeId: string,
  wanted: Map<string, boolean>,
  create: () => PlannedTour,
): PlannedTour {
  const sig = signature(wanted);
  const fits = (t: PlannedTour) =>
    t.typeId === typeId && (t.wanted ? signature(t.wanted) === sig : signature(t.stored) === sig);
  let tour: PlannedTour | undefined;
  if (current && (!current.wanted || signature(current.wanted) === sig)) tour = current;
  // Tours the file already gave these dates first, then untouched ones with the same dates.
  tour ??= tours.find((t) => t.wanted && fits(t)) ?? tours.find((t) => !t.wanted && fits(t));
  if (!tour) {
    tour = create();
    tours.push(tour);
  }
  tour.wanted ??= wanted;
  return tour;
}

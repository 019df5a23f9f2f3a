import { addDaysToDate, localDateOf, type Queryable } from '@city-app/core';
import type { Pickup } from '../../api/pickups.js';
import type { WasteConfig } from '../../config.js';
import { residentError } from '../../errors/resident.js';

/** A query may span at most two years (one leap day included). */
export const MAX_RANGE_DAYS = 731;

export interface DayRange {
  /** First day, YYYY-MM-DD. */
  from: string;
  /** Last day, inclusive. */
  to: string;
}

/**
 * The days a resident's calendar covers: from today in the town's zone to the end of next
 * year (when the authority publishes the next year's dates in autumn, they show at once), or
 * what the request names, checked.
 */
export function pickupRange(
  asked: { from?: string | undefined; to?: string | undefined },
  timezone: string,
  now: Date,
): DayRange {
  const today = localDateOf(now, timezone);
  const from = asked.from ?? today;
  const to = asked.to ?? `${Number(today.slice(0, 4)) + 1}-12-31`;
  if (to < from) throw residentError('waste_range_reversed', { from, to }, { field: 'to' });
  if (to > addDaysToDate(from, MAX_RANGE_DAYS - 1)) {
    throw residentError('waste_range_too_long', { days: MAX_RANGE_DAYS }, { field: 'to' });
  }
  return { from, to };
}

export interface PickupRow {
  date: string;
  type_id: string;
  status: Pickup['status'];
  planned_date: string | null;
  reason: Pickup['reason'];
  note: { de?: unknown; en?: unknown } | null;
}

function noteOf(note: PickupRow['note']): Pickup['note'] {
  if (!note || typeof note.de !== 'string') return null;
  return { de: note.de, en: typeof note.en === 'string' ? note.en : note.de };
}

/** The columns that make a `Pickup`, selected from `waste_pickups p` and `waste_location_tours lt`. */
export const PICKUP_COLUMNS = `to_char(p.date, 'YYYY-MM-DD') AS date, lt.type_id, p.status,
            to_char(p.planned_date, 'YYYY-MM-DD') AS planned_date, p.reason, p.note`;

export function toPickup(row: PickupRow): Pickup {
  return {
    date: row.date,
    typeId: row.type_id,
    status: row.status,
    plannedDate: row.planned_date,
    reason: row.reason,
    note: noteOf(row.note),
  };
}

/**
 * The pickups of the tours that serve `locationId`, cancelled ones included, by date and then
 * in the town's order of types. Types the town no longer lists are left out.
 */
export async function pickupsAt(
  db: Queryable,
  locationId: number,
  range: DayRange,
  config: Pick<WasteConfig, 'types'>,
  typeIds?: readonly string[],
): Promise<Pickup[]> {
  const types = (typeIds ?? config.types.map((t) => t.id)) as string[];
  const { rows } = await db.query<PickupRow>(
    `SELECT ${PICKUP_COLUMNS}
       FROM waste_location_tours lt
       JOIN waste_pickups p ON p.tour_id = lt.tour_id
      WHERE lt.location_id = $1 AND lt.type_id = ANY($2::text[])
        AND p.date BETWEEN $3::date AND $4::date
      ORDER BY p.date`,
    [locationId, types, range.from, range.to],
  );
  const order = new Map(config.types.map((t, i) => [t.id, i]));
  return rows
    .map(toPickup)
    .sort(
      (a, b) =>
        a.date.localeCompare(b.date) || (order.get(a.typeId) ?? 0) - (order.get(b.typeId) ?? 0),
    );
}

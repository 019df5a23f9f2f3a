import { localDateOf } from '@city-app/core';
import type { ModuleServerContext, Queryable } from '@city-app/server';
import type { WasteConfig } from '../../config.js';
import { searchKey } from '../../location/search-key.js';
import { setSample } from '../state.js';
import { readStartingCalendar, type StartingCalendar } from './content.js';
import { samplePickups } from './rhythm.js';

/**
 * Loads the town's starting calendar (`content/waste/calendar.yaml`): its streets and areas,
 * its tours, and sample pickups for this year and the next generated from the tours' rhythms,
 * moved off the state's public holidays. Marks the calendar as samples, so residents and staff
 * are told until the first import brings the authority's dates.
 *
 * Runs once, into an empty calendar: a town that has imported or entered anything keeps it.
 * Everything goes in one transaction, so a problem leaves the calendar as it was.
 */
export async function seedWaste(
  ctx: ModuleServerContext<WasteConfig>,
  today: string = localDateOf(Date.now(), ctx.city.timezone),
): Promise<void> {
  if (!ctx.contentDir) return;
  const calendar = await readStartingCalendar(
    ctx.contentDir,
    ctx.config.types.map((t) => t.id),
  );
  if (!calendar) return;
  const year = Number(today.slice(0, 4));
  const seeded = await ctx.db.transaction(async (tx) => {
    const { rows } = await tx.query('SELECT 1 FROM waste_tours LIMIT 1');
    if (rows.length) return null;
    return insertCalendar(tx, calendar, [year, year + 1], ctx.city.town.state);
  });
  if (seeded) ctx.log.info('Waste calendar seeded with sample dates', seeded);
}

async function insertCalendar(
  tx: Queryable,
  calendar: StartingCalendar,
  years: number[],
  state: string,
): Promise<{ locations: number; tours: number; pickups: number }> {
  const tourIds = new Map<string, number>();
  for (const tour of calendar.tours) {
    const { rows } = await tx.query<{ id: number }>(
      'INSERT INTO waste_tours (type_id, name) VALUES ($1, $2) RETURNING id',
      [tour.typeId, tour.name],
    );
    tourIds.set(tour.key, rows[0]?.id as number);
  }
  for (const location of calendar.locations) {
    const { rows } = await tx.query<{ id: number }>(
      `INSERT INTO waste_locations (kind, name, search_key, district, house_from, house_to, house_parity)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        location.kind,
        location.name,
        searchKey(location.name),
        location.district,
        location.houseFrom,
        location.houseTo,
        location.parity,
      ],
    );
    const tours = location.tours.map((key) => calendar.tours.find((t) => t.key === key));
    await tx.query(
      `INSERT INTO waste_location_tours (location_id, type_id, tour_id)
       SELECT $1, * FROM unnest($2::text[], $3::int[])`,
      [rows[0]?.id, tours.map((t) => t?.typeId), tours.map((t) => tourIds.get(t?.key ?? ''))],
    );
  }
  // Not recorded as changes (recordChanges): nobody follows the calendar yet, and a first
  // calendar moves no date anyone was told.
  let pickups = 0;
  for (const tour of calendar.tours) {
    const dates = samplePickups(tour.rhythm, years, state);
    await tx.query(
      `INSERT INTO waste_pickups (tour_id, date, planned_date, reason, origin)
       SELECT $1, d, p, CASE WHEN p IS NULL THEN NULL ELSE 'holiday' END, 'seed'
         FROM unnest($2::date[], $3::date[]) AS t(d, p)`,
      [tourIds.get(tour.key), dates.map((d) => d.date), dates.map((d) => d.plannedDate)],
    );
    pickups += dates.length;
  }
  await setSample(tx, true);
  return { locations: calendar.locations.length, tours: calendar.tours.length, pickups };
}

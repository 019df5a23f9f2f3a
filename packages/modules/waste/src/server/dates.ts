import { addDaysToDate, type DatedEntry, localDateOf } from '@city-app/core';
import type { DateRange, ModuleServerContext } from '@city-app/server';
import type { WasteConfig } from '../config.js';
import { residentMessages } from '../messages/resident.js';
import { LOCATION_COLUMNS, type LocationRow, toLocation } from './locations/location.js';
import { pickupChange } from './locations/pickup-words.js';
import { PICKUP_COLUMNS, type PickupRow, toPickup } from './locations/pickups.js';

type FollowedPickupRow = LocationRow & PickupRow;

/**
 * "Meine Termine" of the waste calendar: the pickups of the location and waste types this
 * installation follows for reminders (`waste_follows`), as all-day entries. A resident who
 * chose a street without reminders keeps it on the device only, so the server has nothing to
 * list for them.
 */
export async function wasteDates(
  installationId: string,
  range: DateRange,
  ctx: ModuleServerContext<WasteConfig>,
): Promise<DatedEntry[]> {
  const { timezone } = ctx.city;
  const types = ctx.config.types.map((t) => t.id);
  const { rows } = await ctx.db.query<FollowedPickupRow>(
    `SELECT ${LOCATION_COLUMNS}, ${PICKUP_COLUMNS}
       FROM waste_follows f
       JOIN waste_locations l ON l.id = f.location_id
       JOIN waste_location_tours lt ON lt.location_id = f.location_id AND lt.type_id = f.type_id
       JOIN waste_pickups p ON p.tour_id = lt.tour_id
      WHERE f.installation_id = $1 AND f.type_id = ANY($2::text[])
        AND p.date >= $3::date AND p.date < $4::date
      ORDER BY p.date, lt.type_id
      LIMIT $5`,
    [
      installationId,
      types,
      localDateOf(range.from, timezone),
      // A day starts before `to` when it is on or before `to`'s local date.
      addDaysToDate(localDateOf(range.to, timezone), 1),
      range.limit,
    ],
  );
  const names = new Map(ctx.config.types.map((t) => [t.id, t.name]));
  return rows.map((row) => {
    const pickup = toPickup(row);
    const change = { de: pickupChange(pickup, 'de'), en: pickupChange(pickup, 'en') };
    const name = names.get(row.type_id) ?? { de: row.type_id, en: row.type_id };
    return {
      // Keyed by the date first published: a moved pickup updates its entry in a calendar.
      id: `pickup.${row.id}.${row.type_id}.${row.planned_date ?? row.date}`,
      title: {
        de: residentMessages.de['waste.dates.title'].replace('{type}', name.de),
        en: residentMessages.en['waste.dates.title'].replace('{type}', name.en),
      },
      start: row.date,
      end: addDaysToDate(row.date, 1),
      allDay: true,
      location: toLocation(row, 'de').label,
      path: ctx.manifest.path,
      status: row.status === 'cancelled' ? 'cancelled' : 'confirmed',
      ...(change.de && change.en ? { detail: { de: change.de, en: change.en } } : {}),
    };
  });
}

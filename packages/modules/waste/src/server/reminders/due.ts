import type { Queryable } from '@city-app/server';

/** Everyone to remind of one pickup at one minute: a street's (or district's) reminder. */
export interface DueGroup {
  locationId: number;
  locationName: string;
  typeId: string;
  /** The pickup's date, YYYY-MM-DD. */
  date: string;
  kind: 'evening' | 'morning';
  /** The reminder's local time, minutes after midnight. */
  minute: number;
  /** The instant the reminder is due. */
  at: Date;
  /** When the bins must be out: the pickup's date at `collectionStartsAt`, local time. */
  pickupAt: Date;
  installationIds: string[];
}

/**
 * Every reminder due in (from, to], grouped by (location, waste type, date, kind, minute),
 * in one statement — never a loop over installations. A reminder's instant is the local
 * time the resident chose on the day before (evening) or the day of the pickup (morning),
 * turned into an instant with AT TIME ZONE in the town's zone, so 18:00 stays 18:00 on the
 * evenings the clocks change. Cancelled pickups have none.
 */
export async function dueReminders(
  db: Queryable,
  window: { from: Date; to: Date },
  timezone: string,
  collectionStartsMinute: number,
): Promise<DueGroup[]> {
  const { rows } = await db.query<{
    location_id: number;
    location_name: string;
    type_id: string;
    date: string;
    kind: 'evening' | 'morning';
    minute: number;
    at: Date | string;
    pickup_at: Date | string;
    ids: string[];
  }>(
    `WITH bounds AS (
       SELECT ($1::timestamptz AT TIME ZONE $3)::date AS d0, ($2::timestamptz AT TIME ZONE $3)::date AS d1
     ),
     -- A reminder is on the pickup's day or the day before: two local days cover the window.
     pickups AS (
       SELECT p.tour_id, p.date, t.type_id
         FROM waste_pickups p JOIN waste_tours t ON t.id = p.tour_id, bounds b
        WHERE p.date BETWEEN b.d0 AND b.d1 + 1 AND p.status = 'scheduled'
     ),
     due AS (
       SELECT lt.location_id, pk.type_id, pk.date, k.kind, k.minute, f.installation_id,
              ((CASE k.kind WHEN 'evening' THEN pk.date - 1 ELSE pk.date END)
                 + make_interval(mins => k.minute)) AT TIME ZONE $3 AS at
         FROM pickups pk
         JOIN waste_location_tours lt ON lt.tour_id = pk.tour_id AND lt.type_id = pk.type_id
         JOIN waste_follows f ON f.location_id = lt.location_id AND f.type_id = pk.type_id
         CROSS JOIN LATERAL (VALUES ('evening', f.evening_minute), ('morning', f.morning_minute))
           AS k(kind, minute)
        WHERE k.minute IS NOT NULL
     )
     SELECT d.location_id, l.name AS location_name, d.type_id, to_char(d.date, 'YYYY-MM-DD') AS date,
            d.kind, d.minute, min(d.at) AS at,
            (d.date + make_interval(mins => $4::int)) AT TIME ZONE $3 AS pickup_at,
            array_agg(d.installation_id::text ORDER BY d.installation_id) AS ids
       FROM due d JOIN waste_locations l ON l.id = d.location_id
      WHERE d.at > $1::timestamptz AND d.at <= $2::timestamptz
      GROUP BY d.location_id, l.name, d.type_id, d.date, d.kind, d.minute
      ORDER BY d.location_id, d.type_id, d.date, d.kind, d.minute`,
    [window.from.toISOString(), window.to.toISOString(), timezone, collectionStartsMinute],
  );
  return rows.map((r) => ({
    locationId: r.location_id,
    locationName: r.location_name,
    typeId: r.type_id,
    date: r.date,
    kind: r.kind,
    minute: r.minute,
    at: new Date(r.at),
    pickupAt: new Date(r.pickup_at),
    installationIds: r.ids,
  }));
}

import type { Queryable } from '@city-app/server';
import type { Venue } from '../../api/venue.js';

interface VenueRow {
  id: string;
  name: string;
  street: string | null;
  postcode: string | null;
  locality: string | null;
  latitude: number | null;
  longitude: number | null;
  step_free: boolean;
  accessible_toilet: boolean;
  hearing_loop: boolean;
  accessibility_note: string | null;
  sample: boolean;
}

export const venueOf = (r: VenueRow): Venue => ({
  id: r.id,
  name: r.name,
  street: r.street,
  postcode: r.postcode,
  locality: r.locality,
  latitude: r.latitude,
  longitude: r.longitude,
  accessibility: {
    stepFree: r.step_free,
    accessibleToilet: r.accessible_toilet,
    hearingLoop: r.hearing_loop,
    note: r.accessibility_note,
  },
  sample: r.sample,
});

/** Venues by id (all of them without ids), by name. */
export async function readVenues(db: Queryable, ids?: readonly string[]): Promise<Venue[]> {
  const { rows } = await db.query<VenueRow>(
    `SELECT id, name, street, postcode, locality, latitude, longitude, step_free,
            accessible_toilet, hearing_loop, accessibility_note, sample
       FROM events_venues ${ids ? 'WHERE id = ANY($1::uuid[])' : ''}
      ORDER BY lower(name), id`,
    ids ? [ids] : [],
  );
  return rows.map(venueOf);
}

import { errors } from '@city-app/core';
import type { Queryable } from '@city-app/server';
import type { Venue } from '../../api/venue.js';
import type { VenueInput } from '../../api/venue-input.js';
import { eventError } from '../../errors/events.js';
import { readVenues } from './row.js';

const isUniqueViolation = (error: unknown) => (error as { code?: string })?.code === '23505';

function values(input: VenueInput): unknown[] {
  if ((input.latitude === undefined) !== (input.longitude === undefined)) {
    throw errors.validation('longitude', {
      de: 'Geben Sie Breite und Länge zusammen an, oder keine von beiden.',
      en: 'Give latitude and longitude together, or neither.',
    });
  }
  return [
    input.name,
    input.street || null,
    input.postcode ?? null,
    input.locality || null,
    input.latitude ?? null,
    input.longitude ?? null,
    input.stepFree,
    input.accessibleToilet,
    input.hearingLoop,
    input.accessibilityNote || null,
  ];
}

async function named<T>(name: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error))
      throw eventError('events_venue_exists', { name }, { field: 'name' });
    throw error;
  }
}

/** Adds a venue; a second one of the same name is refused. */
export async function createVenue(
  tx: Queryable,
  input: VenueInput,
  sample = false,
): Promise<Venue> {
  const { rows } = await named(input.name, () =>
    tx.query<{ id: string }>(
      `INSERT INTO events_venues (name, street, postcode, locality, latitude, longitude, step_free,
                                  accessible_toilet, hearing_loop, accessibility_note, sample)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [...values(input), sample],
    ),
  );
  return (await readVenues(tx, [(rows[0] as { id: string }).id]))[0] as Venue;
}

/** Changes a venue; `undefined` when there is none. */
export async function updateVenue(
  tx: Queryable,
  id: string,
  input: VenueInput,
): Promise<Venue | undefined> {
  const { rowCount } = await named(input.name, () =>
    tx.query(
      `UPDATE events_venues SET name = $2, street = $3, postcode = $4, locality = $5, latitude = $6,
              longitude = $7, step_free = $8, accessible_toilet = $9, hearing_loop = $10,
              accessibility_note = $11, sample = false, updated_at = now()
        WHERE id = $1`,
      [id, ...values(input)],
    ),
  );
  return rowCount ? (await readVenues(tx, [id]))[0] : undefined;
}

/** Removes a venue no event uses; one in use is refused with how many use it. */
export async function deleteVenue(tx: Queryable, id: string): Promise<boolean> {
  const { rows } = await tx.query<{ name: string; count: number }>(
    `SELECT v.name, (SELECT count(*)::int FROM events_events e WHERE e.venue_id = v.id) AS count
       FROM events_venues v WHERE v.id = $1 FOR UPDATE`,
    [id],
  );
  const venue = rows[0];
  if (!venue) return false;
  if (venue.count > 0) {
    throw eventError(
      'events_venue_in_use',
      { name: venue.name, count: venue.count },
      { field: 'id' },
    );
  }
  try {
    await tx.query('DELETE FROM events_venues WHERE id = $1', [id]);
  } catch (error) {
    // An event given this venue meanwhile: the database refuses, and so do we.
    if ((error as { code?: string })?.code !== '23503') throw error;
    throw eventError('events_venue_in_use', { name: venue.name, count: 1 }, { field: 'id' });
  }
  return true;
}

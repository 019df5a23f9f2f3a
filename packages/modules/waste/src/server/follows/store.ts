import type { Queryable } from '@city-app/server';
import type { FollowState } from '../../api/follow.js';

/** What an installation asked for, as the API takes it: local times "HH:MM", or null. */
export interface FollowRequest {
  locationId: number;
  types: { typeId: string; evening: string | null; morning: string | null }[];
  language: 'de' | 'en';
}

const toMinute = (time: string | null): number | null => {
  if (time === null) return null;
  const [h, m] = time.split(':');
  return Number(h) * 60 + Number(m);
};
const toTime = (minute: number | null): string | null =>
  minute === null
    ? null
    : `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

/**
 * Replaces every row of the installation in the caller's transaction: the resident's settings
 * screen always sends the whole choice. A type with neither reminder is not stored.
 */
export async function replaceFollows(
  tx: Queryable,
  installationId: string,
  request: FollowRequest,
): Promise<void> {
  await tx.query('DELETE FROM waste_follows WHERE installation_id = $1', [installationId]);
  const kept = request.types.filter((t) => t.evening !== null || t.morning !== null);
  if (!kept.length) return;
  await tx.query(
    `INSERT INTO waste_follows (installation_id, location_id, type_id, evening_minute, morning_minute, language)
     SELECT $1, $2, t.type_id, t.evening, t.morning, $3
       FROM unnest($4::text[], $5::int[], $6::int[]) AS t(type_id, evening, morning)`,
    [
      installationId,
      request.locationId,
      request.language,
      kept.map((t) => t.typeId),
      kept.map((t) => toMinute(t.evening)),
      kept.map((t) => toMinute(t.morning)),
    ],
  );
}

/**
 * The installation's follows, types in the town's order; undefined when it follows nothing.
 * The language is the one its last choice was made in.
 */
export async function readFollows(
  db: Queryable,
  installationId: string,
  typeOrder: readonly string[],
): Promise<(FollowState & { language: 'de' | 'en' }) | undefined> {
  const { rows } = await db.query<{
    location_id: number;
    type_id: string;
    evening_minute: number | null;
    morning_minute: number | null;
    language: 'de' | 'en';
  }>(
    `SELECT location_id, type_id, evening_minute, morning_minute, language
       FROM waste_follows WHERE installation_id = $1`,
    [installationId],
  );
  const first = rows[0];
  if (!first) return undefined;
  const rank = (id: string) => {
    const i = typeOrder.indexOf(id);
    return i < 0 ? typeOrder.length : i;
  };
  return {
    locationId: first.location_id,
    types: rows
      .sort((a, b) => rank(a.type_id) - rank(b.type_id) || a.type_id.localeCompare(b.type_id))
      .map((r) => ({
        typeId: r.type_id,
        evening: toTime(r.evening_minute),
        morning: toTime(r.morning_minute),
      })),
    language: first.language,
  };
}

/** Removes everything the installation asked for; whether there was anything. */
export async function deleteFollows(db: Queryable, installationId: string): Promise<boolean> {
  const r = await db.query('DELETE FROM waste_follows WHERE installation_id = $1', [
    installationId,
  ]);
  return r.rowCount > 0;
}

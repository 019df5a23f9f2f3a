import type { Queryable } from '@city-app/server';
import type { FollowInput, FollowState } from '../../api/follow.js';

/** Replaces what a device follows; what it was told of stays told. */
export async function saveFollow(
  tx: Queryable,
  installationId: string,
  input: FollowInput,
  daysBefore: number,
): Promise<void> {
  await tx.query(
    `INSERT INTO events_follows (installation_id, categories, days_before)
     VALUES ($1, $2::text[], $3)
     ON CONFLICT (installation_id) DO UPDATE
       SET categories = EXCLUDED.categories, days_before = EXCLUDED.days_before, updated_at = now()`,
    [installationId, [...new Set(input.categories)], daysBefore],
  );
}

export async function readFollow(
  db: Queryable,
  installationId: string,
): Promise<FollowState | undefined> {
  const { rows } = await db.query<{ categories: string[]; days_before: number }>(
    'SELECT categories, days_before FROM events_follows WHERE installation_id = $1',
    [installationId],
  );
  const row = rows[0];
  return row ? { categories: row.categories, daysBefore: row.days_before } : undefined;
}

export async function deleteFollow(db: Queryable, installationId: string): Promise<boolean> {
  const { rowCount } = await db.query('DELETE FROM events_follows WHERE installation_id = $1', [
    installationId,
  ]);
  return rowCount > 0;
}

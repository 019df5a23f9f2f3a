import type { Queryable } from '@city-app/server';

/**
 * How far the events' data has changed: a counter that every statement writing events, their
 * dates or venues moves on in its own transaction (migration `008_events_changes`), so a list
 * built after reading it is at least that new, in any process.
 */
export async function eventsVersion(db: Queryable): Promise<string> {
  const { rows } = await db.query<{ version: string }>(
    'SELECT version::text AS version FROM events_changes',
  );
  return rows[0]?.version ?? '0';
}

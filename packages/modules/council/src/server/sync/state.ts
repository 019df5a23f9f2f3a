import type { Queryable } from '@city-app/server';

/** Where the sync of one OParl System stands. */
export interface SyncState {
  system: string;
  oparlVersion: string | null;
  /** Per list address: the server time from which the next run asks only for changes. */
  lists: Record<string, string>;
  lastSuccessAt: string | null;
  lastError: string | null;
  lastRequests: number | null;
}

const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null);

export const syncStates = {
  async read(db: Queryable, system: string): Promise<SyncState | null> {
    const { rows } = await db.query<Record<string, unknown>>(
      'SELECT * FROM council_sync WHERE system = $1',
      [system],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      system,
      oparlVersion: (row.oparl_version as string | null) ?? null,
      lists: (row.lists as Record<string, string>) ?? {},
      lastSuccessAt: iso(row.last_success_at),
      lastError: (row.last_error as string | null) ?? null,
      lastRequests: (row.last_requests as number | null) ?? null,
    };
  },

  async started(db: Queryable, system: string): Promise<void> {
    await db.query(
      `INSERT INTO council_sync (system, started_at) VALUES ($1, now())
       ON CONFLICT (system) DO UPDATE SET started_at = now()`,
      [system],
    );
  },

  async succeeded(
    db: Queryable,
    system: string,
    outcome: {
      oparlVersion: string | null;
      lists: Record<string, string>;
      requests: number;
      full: boolean;
    },
  ): Promise<void> {
    await db.query(
      `UPDATE council_sync SET oparl_version = $2, lists = $3::jsonb, finished_at = now(),
         last_success_at = now(), last_error = NULL, last_requests = $4,
         last_full_at = CASE WHEN $5 THEN now() ELSE last_full_at END
       WHERE system = $1`,
      [system, outcome.oparlVersion, JSON.stringify(outcome.lists), outcome.requests, outcome.full],
    );
  },

  /** A failed run keeps the lists it finished, so the next run does not start over. */
  async failed(
    db: Queryable,
    system: string,
    outcome: { error: string; lists: Record<string, string>; requests: number },
  ): Promise<void> {
    await db.query(
      `UPDATE council_sync SET finished_at = now(), last_error = $2, lists = $3::jsonb,
         last_requests = $4
       WHERE system = $1`,
      [system, outcome.error.slice(0, 500), JSON.stringify(outcome.lists), outcome.requests],
    );
  },
};

/** An installation as stored: its preferences (topics, areas, quiet hours) and subscriptions. */
import type { Queryable } from '../db.js';
import type { QuietHours } from '../schemas.js';

export interface Installation {
  id: string;
  language: 'de' | 'en';
  topics: string[];
  areas: string[];
  quietHours: QuietHours | null;
  subscriptions: { endpoint: string; createdAt: string }[];
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Quiet hours are stored as minutes after local midnight. */
export const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const toClock = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

interface InstallationRow {
  id: string;
  language: 'de' | 'en';
  topics: string[];
  areas: string[];
  quiet_start: number | null;
  quiet_end: number | null;
}

export async function loadInstallation(
  q: Queryable,
  id: string,
): Promise<Installation | undefined> {
  if (!UUID.test(id)) return undefined;
  const { rows } = await q.query<InstallationRow>(
    'select id, language, topics, areas, quiet_start, quiet_end from notify_installations where id = $1',
    [id],
  );
  const row = rows[0];
  if (!row) return undefined;
  const subs = await q.query<{ endpoint: string; created_at: Date | string }>(
    'select endpoint, created_at from notify_subscriptions where installation_id = $1 order by id',
    [id],
  );
  return {
    id: row.id,
    language: row.language,
    topics: row.topics,
    areas: row.areas,
    quietHours:
      row.quiet_start === null || row.quiet_end === null
        ? null
        : { start: toClock(row.quiet_start), end: toClock(row.quiet_end) },
    subscriptions: subs.rows.map((s) => ({
      endpoint: s.endpoint,
      createdAt: new Date(s.created_at).toISOString(),
    })),
  };
}

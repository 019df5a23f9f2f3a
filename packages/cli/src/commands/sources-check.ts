import type { Queryable, SourceHealth } from '@city-app/server';
import type { Check } from './doctor.js';

/** A source is failing when its last run failed after (or without) its last success. */
function failing(s: SourceHealth): boolean {
  return s.lastErrorAt !== null && (s.lastSuccessAt === null || s.lastErrorAt > s.lastSuccessAt);
}

/**
 * The health of the modules' importers and scheduled jobs, as the server recorded it: one
 * warning per source whose last run failed. Nothing when the server has not run them yet.
 */
export async function sourcesChecks(
  db: Queryable,
  listSources: (db: Queryable) => Promise<SourceHealth[]>,
): Promise<Check[]> {
  let sources: SourceHealth[];
  try {
    sources = await listSources(db);
  } catch {
    // A database the server has not started on yet has no health table.
    return [];
  }
  if (!sources.length) return [];
  const bad = sources.filter(failing);
  if (!bad.length) {
    return [
      {
        id: 'sources',
        status: 'ok',
        message: `${sources.length} importer${sources.length === 1 ? '' : 's'} and scheduled job${sources.length === 1 ? '' : 's'}: none failing.`,
      },
    ];
  }
  return bad.map((s) => ({
    id: `source:${s.job}`,
    status: 'warn',
    message: `${s.kind === 'import' ? 'The import' : 'The scheduled job'} ${s.job} failed at ${s.lastErrorAt}: ${s.lastError}`,
    hint: s.lastSuccessAt
      ? `It last succeeded at ${s.lastSuccessAt}; it runs again at its next due time. GET /api/admin/sources shows every source.`
      : 'It has never succeeded; check its source address and the server log.',
  }));
}

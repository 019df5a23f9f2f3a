import { isFailing, type Locale, type Queryable, type SourceHealth } from '@city-app/core';
import type { Check } from './doctor.js';
import { DOCTOR_MESSAGES } from './doctor-messages.js';

/**
 * The health of the modules' importers and scheduled jobs, as the server recorded it: one
 * warning per source whose last run failed. Nothing when the server has not run them yet.
 */
export async function sourcesChecks(
  db: Queryable,
  listSources: (db: Queryable) => Promise<SourceHealth[]>,
  locale: Locale = 'en',
): Promise<Check[]> {
  const say = DOCTOR_MESSAGES[locale];
  let sources: SourceHealth[];
  try {
    sources = await listSources(db);
  } catch {
    // A database the server has not started on yet has no health table.
    return [];
  }
  if (!sources.length) return [];
  const bad = sources.filter(isFailing);
  if (!bad.length) {
    return [
      {
        id: 'sources',
        status: 'ok',
        message: say.sourcesOk(sources.length),
      },
    ];
  }
  return bad.map((s) => ({
    id: `source:${s.job}`,
    status: 'warn',
    message: say.sourceFailed(
      s.kind === 'import' ? 'import' : 'job',
      s.job,
      String(s.lastErrorAt),
      // The server keeps a known error in both languages, an unexpected one as it was thrown.
      s.lastErrorWords?.[locale] ?? String(s.lastError),
    ),
    hint: s.lastSuccessAt
      ? say.sourceLastSuccess(String(s.lastSuccessAt))
      : say.sourceNeverSucceeded,
  }));
}

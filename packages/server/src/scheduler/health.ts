/**
 * Each scheduled job's health, as staff and `city-app doctor` see it: when it last succeeded,
 * its last error, how many runs succeeded and failed, and the counts its last run reported
 * (an importer's created/changed/unchanged/skipped).
 */
import type { Bilingual, Localized, SourceHealth } from '@city-app/core';
import type { Queryable } from '../module.js';

/** Longest error text kept: enough to recognise it, never a whole response body. */
const MAX_ERROR_CHARS = 500;

/** Makes sure the job has a row, so staff see a source that never ran yet. */
export async function registerSource(
  db: Queryable,
  source: { job: string; module: string; kind: 'import' | 'job'; title?: Localized },
): Promise<void> {
  await db.query(
    `insert into city_app_sources (job, module, kind, title) values ($1, $2, $3, $4::jsonb)
     on conflict (job) do update
       set module = excluded.module, kind = excluded.kind, title = excluded.title`,
    [source.job, source.module, source.kind, source.title ? JSON.stringify(source.title) : null],
  );
}

export async function recordOutcome(
  db: Queryable,
  job: string,
  outcome: {
    at: Date;
    error?: string;
    errorWords?: Bilingual;
    counts?: Record<string, number>;
  },
): Promise<void> {
  if (outcome.error === undefined) {
    await db.query(
      `update city_app_sources set last_run_at = $2, last_success_at = $2,
         successes = successes + 1, last_counts = $3::jsonb where job = $1`,
      [job, outcome.at, JSON.stringify(outcome.counts ?? {})],
    );
  } else {
    await db.query(
      `update city_app_sources set last_run_at = $2, last_error_at = $2, last_error = $3,
         last_error_words = $4::jsonb, failures = failures + 1 where job = $1`,
      [
        job,
        outcome.at,
        outcome.error.slice(0, MAX_ERROR_CHARS),
        outcome.errorWords
          ? JSON.stringify({
              de: outcome.errorWords.de.slice(0, MAX_ERROR_CHARS),
              en: outcome.errorWords.en.slice(0, MAX_ERROR_CHARS),
            })
          : null,
      ],
    );
  }
}

interface SourceRow {
  job: string;
  module: string;
  kind: 'import' | 'job';
  title: Localized | string | null;
  last_run_at: Date | string | null;
  last_success_at: Date | string | null;
  last_error_at: Date | string | null;
  last_error: string | null;
  last_error_words: Bilingual | string | null;
  successes: number;
  failures: number;
  last_counts: Record<string, number> | string;
}

const iso = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString());

export async function listSources(db: Queryable): Promise<SourceHealth[]> {
  const { rows } = await db.query<SourceRow>('select * from city_app_sources order by module, job');
  return rows.map((r) => ({
    job: r.job,
    module: r.module,
    kind: r.kind,
    title: typeof r.title === 'string' ? JSON.parse(r.title) : r.title,
    lastRunAt: iso(r.last_run_at),
    lastSuccessAt: iso(r.last_success_at),
    lastErrorAt: iso(r.last_error_at),
    lastError: r.last_error,
    lastErrorWords:
      typeof r.last_error_words === 'string' ? JSON.parse(r.last_error_words) : r.last_error_words,
    successes: r.successes,
    failures: r.failures,
    lastCounts: typeof r.last_counts === 'string' ? JSON.parse(r.last_counts) : r.last_counts,
  }));
}

import type { Localized } from '@city-app/core';

/** One importer or scheduled job as `GET /api/admin/sources` describes it. */
export interface Source {
  job: string;
  module: string;
  kind: 'import' | 'job';
  title: Localized | null;
  lastRunAt: string | null;
  lastSuccessAt: string | null;
  lastErrorAt: string | null;
  lastError: string | null;
  lastErrorWords: { de: string; en: string } | null;
  successes: number;
  failures: number;
  lastCounts: Record<string, number>;
}

/** How a source stands: its last run failed, it works, or it never ran yet. */
export type SourceState = 'failing' | 'working' | 'waiting';

export function stateOf(source: Source): SourceState {
  if (
    source.lastErrorAt !== null &&
    (source.lastSuccessAt === null || source.lastErrorAt > source.lastSuccessAt)
  )
    return 'failing';
  return source.lastSuccessAt === null ? 'waiting' : 'working';
}

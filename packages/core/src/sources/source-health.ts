import type { Bilingual } from '../errors/template.js';
import type { Localized } from '../i18n/locale.js';

/**
 * One importer or scheduled job as the server records it and `GET /api/admin/sources` sends
 * it: the staff screen and `city-app doctor` read the same shape. Times are ISO 8601 in UTC,
 * so they compare as strings.
 */
export interface SourceHealth {
  job: string;
  module: string;
  kind: 'import' | 'job';
  /** What staff read for it; null when the job declares none (they see `job`). */
  title: Localized | null;
  lastRunAt: string | null;
  lastSuccessAt: string | null;
  lastErrorAt: string | null;
  lastError: string | null;
  /** The last error in both languages, when it came from a module's error catalogue. */
  lastErrorWords: Bilingual | null;
  successes: number;
  failures: number;
  lastCounts: Record<string, number>;
}

/** How a source stands: its last run failed, it works, or it never ran yet. */
export type SourceState = 'failing' | 'working' | 'waiting';

type Runs = Pick<SourceHealth, 'lastSuccessAt' | 'lastErrorAt'>;

/** A source is failing when its last error came after its last success, or it never succeeded. */
export function isFailing(source: Runs): boolean {
  return (
    source.lastErrorAt !== null &&
    (source.lastSuccessAt === null || source.lastErrorAt > source.lastSuccessAt)
  );
}

export function sourceStateOf(source: Runs): SourceState {
  if (isFailing(source)) return 'failing';
  return source.lastSuccessAt === null ? 'waiting' : 'working';
}

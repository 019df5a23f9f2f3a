import {
  type Locale,
  localize,
  type SourceHealth,
  sourceStateOf,
  type Translate,
} from '@city-app/core';
import { StackedRow, StackedTable } from '@city-app/ui';
import { formatStaffInstant } from '../../i18n/staff-dates.js';

/** The counts an importer reports, in the order staff read them. */
const IMPORT_COUNTS = ['created', 'changed', 'unchanged', 'skipped'] as const;

export interface SourcesTableWords {
  t: Translate;
  locale: Locale;
  timeZone: string;
  /** A module's title by its id; the kernel's own jobs are "the app". */
  areaOf(module: string): string;
}

/**
 * One row per source: its title and area, its state and runs, its last success and its last
 * error in the reader's language (a job's raw message only ever goes to the log and
 * `city-app doctor`). Four columns, so the table fits a desktop; a card per source on a phone.
 */
export function SourcesTable({
  sources,
  label,
  firstColumn,
  words,
}: {
  sources: readonly SourceHealth[];
  label: string;
  firstColumn: string;
  words: SourcesTableWords;
}) {
  const { t, locale, timeZone, areaOf } = words;
  const when = (iso: string) => formatStaffInstant(iso, locale, timeZone);
  return (
    <StackedTable
      label={label}
      columns={[firstColumn, t('sources.state'), t('sources.lastSuccess'), t('sources.lastError')]}
    >
      {sources.map((source) => {
        const state = sourceStateOf(source);
        const counts = source.kind === 'import' ? countsInWords(source, t) : '';
        return (
          <StackedRow
            key={source.job}
            header={
              <>
                {source.title ? (
                  localize(source.title, locale)
                ) : (
                  <code translate="no">{source.job}</code>
                )}
                <br />
                <small>{areaOf(source.module)}</small>
              </>
            }
            cells={[
              <>
                {state === 'failing' ? (
                  <strong>{t('sources.state.failing')}</strong>
                ) : (
                  t(`sources.state.${state}`)
                )}
                <br />
                <small>
                  {t('sources.runsCount', {
                    successes: source.successes,
                    failures: source.failures,
                  })}
                </small>
              </>,
              <>
                {source.lastSuccessAt ? when(source.lastSuccessAt) : t('sources.never')}
                {counts ? (
                  <>
                    <br />
                    <small>{counts}</small>
                  </>
                ) : null}
              </>,
              source.lastErrorAt ? (
                <>
                  {t('sources.errorAt', { date: when(source.lastErrorAt) })}
                  <br />
                  <small>{source.lastErrorWords?.[locale] ?? t('sources.errorUnknown')}</small>
                </>
              ) : (
                t('sources.none')
              ),
            ]}
          />
        );
      })}
    </StackedTable>
  );
}

/** "12 neu, 3 geändert, 40 unverändert": what an importer's last successful run counted. */
function countsInWords(source: SourceHealth, t: Translate): string {
  const parts = IMPORT_COUNTS.filter((key) => typeof source.lastCounts[key] === 'number').map(
    (key) => t(`sources.count.${key}`, { count: source.lastCounts[key] ?? 0 }),
  );
  return parts.length && source.lastSuccessAt
    ? t('sources.counts', { counts: parts.join(', ') })
    : '';
}

import type { PublicReportDetail } from '../../api/public-report.js';
import { formatInstant } from '../parts/dates.js';
import { statusText } from '../parts/report-status.js';
import type { ReportsContext } from '../parts/use-reports.js';

/** The public history, oldest first: each new status or public note with its time. */
export function History({
  history,
  ctx,
}: {
  history: PublicReportDetail['history'];
  ctx: Pick<ReportsContext, 't' | 'locale' | 'timeZone'>;
}) {
  const { t, locale, timeZone } = ctx;
  if (history.length === 0) return null;
  return (
    <section aria-labelledby="reports-history">
      <h2 id="reports-history">{t('reports.detail.history')}</h2>
      <ol className="city-stack-list">
        {history.map((entry, index) => (
          // Two changes may share a time; their order in the list is the history's.
          // biome-ignore lint/suspicious/noArrayIndexKey: the history only grows at its end
          <li key={index}>
            <p>
              <time dateTime={entry.at}>{formatInstant(entry.at, locale, timeZone)}</time>
              {': '}
              <strong>{statusText(entry, t)}</strong>
            </p>
            {entry.note ? <p>{entry.note}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

import { formatStaffInstant } from '@city-app/web';
import type { StaffReportDetail } from '../../../api/staff-report.js';
import { statusText } from '../parts/report-marks.js';
import type { Staff } from '../staff.js';

/** The whole history, the newest first: each status with its public and internal note. */
export function ReportHistory({ staff, report }: { staff: Staff; report: StaffReportDetail }) {
  const { t, locale, timeZone } = staff;
  const german = locale === 'de' ? undefined : 'de';
  const entries = [...report.history].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  return (
    <section aria-labelledby="reports-history-heading">
      <h2 id="reports-history-heading">{t('reports.staff.history.title')}</h2>
      <ol className="city-stack-list">
        {entries.map((entry, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: entries have no id, and the order never changes while shown
          <li key={i}>
            <h3>
              {formatStaffInstant(entry.at, locale, timeZone)}: {statusText(t, entry)}
            </h3>
            {entry.by ? (
              <p>
                {t('reports.staff.history.by')} <span lang={german}>{entry.by}</span>
              </p>
            ) : null}
            {entry.publicNote ? (
              <p>
                <strong>{t('reports.staff.history.publicNote')}</strong>{' '}
                <span lang={german}>{entry.publicNote}</span>
              </p>
            ) : null}
            {entry.internalNote ? (
              <p>
                <strong>{t('reports.staff.history.internalNote')}</strong>{' '}
                <span lang={german}>{entry.internalNote}</span>
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

import type { Resource } from '@city-app/web';
import { Link } from '@city-app/web';
import type { DeviceReport } from '../device/use-device.js';
import { type CategoryChoice, categoryOf } from '../parts/categories.js';
import { CategoryName } from '../parts/category-name.js';
import { formatDay } from '../parts/dates.js';
import { statusText } from '../parts/report-status.js';
import type { ReportsContext } from '../parts/use-reports.js';
import { paths } from '../paths.js';

/**
 * "Meine Meldungen": what this device sent or follows, its own even while waiting for review
 * (then without a link: its page is not public yet). Shown only when there is any.
 */
export function MyReports({
  reports,
  categories,
  ctx,
}: {
  reports: DeviceReport[];
  categories: Resource<CategoryChoice[]>;
  ctx: Pick<ReportsContext, 't' | 'locale' | 'timeZone'>;
}) {
  const { t, locale, timeZone } = ctx;
  if (reports.length === 0) return null;
  return (
    <section aria-labelledby="reports-mine">
      <h2 id="reports-mine">{t('reports.mine.heading')}</h2>
      <p>{t('reports.mine.lead')}</p>
      <ul className="city-stack-list">
        {reports.map((report) => {
          const what = (
            <CategoryName
              category={categoryOf(categories, report.category)}
              id={report.category}
              locale={locale}
            />
          );
          const number = t('reports.number', { publicId: report.publicId });
          return (
            <li key={`${report.publicId}:${report.relation}`}>
              <h3>
                {report.moderation === 'public' ? (
                  <Link to={paths.detail(report.publicId)}>{number}</Link>
                ) : (
                  number
                )}
              </h3>
              <p>
                {what}
                {' · '}
                <strong>{statusText(report, t)}</strong>
                {report.moderation === 'pending' ? ` (${t('reports.mine.pending')})` : null}
              </p>
              <p>
                {t(`reports.mine.${report.relation}`)}
                {' · '}
                {t('reports.reportedOn', {
                  date: formatDay(report.reportedAt, locale, timeZone),
                })}
                {report.mergedInto ? (
                  <>
                    {' · '}
                    <Link to={paths.detail(report.mergedInto)}>
                      {t('reports.mine.merged', { publicId: report.mergedInto })}
                    </Link>
                  </>
                ) : null}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

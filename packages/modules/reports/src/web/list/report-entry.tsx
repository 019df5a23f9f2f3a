import { Link } from '@city-app/web';
import type { PublicReport } from '../../api/public-report.js';
import type { CategoryChoice } from '../parts/categories.js';
import { CategoryName } from '../parts/category-name.js';
import { formatDay } from '../parts/dates.js';
import { placeText } from '../parts/place.js';
import { statusText } from '../parts/report-status.js';
import type { ReportsContext } from '../parts/use-reports.js';
import { paths } from '../paths.js';

/** One report of the public list: what and where as its link, then its status and day. */
export function ReportEntry({
  report,
  category,
  ctx,
}: {
  report: PublicReport;
  category: CategoryChoice | undefined;
  ctx: Pick<ReportsContext, 't' | 'locale' | 'timeZone'>;
}) {
  const { t, locale, timeZone } = ctx;
  return (
    <li>
      <h3>
        <Link to={paths.detail(report.publicId)}>
          <CategoryName category={category} id={report.category} locale={locale} />
          {`: ${placeText(report, t, locale)}`}
        </Link>
      </h3>
      <p>
        <strong>{statusText(report, t)}</strong>
        {' · '}
        {t('reports.reportedOn', { date: formatDay(report.reportedAt, locale, timeZone) })}
        {' · '}
        {t('reports.number', { publicId: report.publicId })}
      </p>
    </li>
  );
}

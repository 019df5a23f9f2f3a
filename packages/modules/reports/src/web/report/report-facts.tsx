import type { PublicReportDetail } from '../../api/public-report.js';
import type { CategoryChoice } from '../parts/categories.js';
import { CategoryName } from '../parts/category-name.js';
import { formatDay } from '../parts/dates.js';
import { placeText } from '../parts/place.js';
import { statusText } from '../parts/report-status.js';
import type { ReportsContext } from '../parts/use-reports.js';

/** What, its status, where and when, as a list of terms; then the words and the photo. */
export function ReportFacts({
  report,
  category,
  ctx,
}: {
  report: PublicReportDetail;
  category: CategoryChoice | undefined;
  ctx: Pick<ReportsContext, 't' | 'locale' | 'timeZone'>;
}) {
  const { t, locale, timeZone } = ctx;
  return (
    <>
      <section aria-labelledby="reports-facts">
        <h2 id="reports-facts" className="city-visually-hidden">
          {t('reports.detail.facts')}
        </h2>
        <dl>
          <dt>{t('reports.detail.category')}</dt>
          <dd>
            <CategoryName category={category} id={report.category} locale={locale} />
          </dd>
          <dt>{t('reports.detail.status')}</dt>
          <dd>
            <strong>{statusText(report, t)}</strong>
          </dd>
          <dt>{t('reports.detail.place')}</dt>
          <dd>{placeText(report, t, locale)}</dd>
          <dt>{t('reports.detail.reported')}</dt>
          <dd>{formatDay(report.reportedAt, locale, timeZone)}</dd>
        </dl>
      </section>
      <section aria-labelledby="reports-description">
        <h2 id="reports-description">{t('reports.detail.description')}</h2>
        {report.description ? (
          report.description.split(/\n{2,}/).map((paragraph) => <p key={paragraph}>{paragraph}</p>)
        ) : (
          <p>{t('reports.detail.noDescription')}</p>
        )}
      </section>
      {report.photo ? (
        <section aria-labelledby="reports-photo">
          <h2 id="reports-photo">{t('reports.detail.photo')}</h2>
          <img
            src={report.photo}
            alt={t('reports.detail.photoAlt', {
              publicId: report.publicId,
              category: category?.title[locale] ?? report.category,
            })}
            loading="lazy"
            style={{ maxWidth: '100%', height: 'auto' }}
          />
        </section>
      ) : null}
    </>
  );
}

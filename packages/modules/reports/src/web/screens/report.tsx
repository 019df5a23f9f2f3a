import { Alert, PageHeading } from '@city-app/ui';
import { Link, Loaded, useResource } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import type { PublicReportDetail } from '../../api/public-report.js';
import { FollowControl } from '../device/follow-control.js';
import { useDevice } from '../device/use-device.js';
import { categoryOf, useCategories } from '../parts/categories.js';
import { useReports } from '../parts/use-reports.js';
import { paths } from '../paths.js';
import { History } from '../report/history.js';
import { ReportFacts } from '../report/report-facts.js';

/**
 * `/maengelmelder/:id`: a reviewed report — what, status, where, its words and photo once
 * released, its public history — and following it on this device. A merged report points to
 * the one it became part of.
 */
export default function ReportScreen({ params }: ScreenProps) {
  const ctx = useReports();
  const { api, t, locale } = ctx;
  const publicId = params.id ?? '';
  const report = useResource(
    () => api.get<PublicReportDetail>(paths.detailApi(publicId)),
    [api, publicId],
  );
  const categories = useCategories(ctx);
  const device = useDevice(api, t, locale);
  return (
    <>
      <p>
        <Link to={paths.screens}>{t('reports.detail.back')}</Link>
      </p>
      <PageHeading>{t('reports.number', { publicId })}</PageHeading>
      <Loaded resource={report} staff={ctx} notFound={t('reports.detail.notFound')}>
        {(detail) => (
          <>
            {detail.mergedInto ? (
              <Alert tone="info" live="off">
                <p>{t('reports.detail.merged')}</p>
                <p>
                  <Link to={paths.detail(detail.mergedInto)}>
                    {t('reports.detail.mergedLink', { publicId: detail.mergedInto })}
                  </Link>
                </p>
              </Alert>
            ) : null}
            <ReportFacts
              report={detail}
              category={categoryOf(categories, detail.category)}
              ctx={ctx}
            />
            <History history={detail.history} ctx={ctx} />
            <section aria-labelledby="reports-follow">
              <h2 id="reports-follow">{t('reports.detail.follow')}</h2>
              <p>{t('reports.follow.hint')}</p>
              <FollowControl device={device} publicId={detail.publicId} t={t} />
            </section>
          </>
        )}
      </Loaded>
    </>
  );
}

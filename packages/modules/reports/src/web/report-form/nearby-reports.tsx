import { useResource } from '@city-app/web';
import type { NearbyList } from '../../api/public-report.js';
import { FollowControl } from '../device/follow-control.js';
import type { Device } from '../device/use-device.js';
import type { CategoryChoice } from '../parts/categories.js';
import { CategoryName } from '../parts/category-name.js';
import type { Point } from '../parts/map-slot.js';
import { statusText } from '../parts/report-status.js';
import type { ReportsContext } from '../parts/use-reports.js';
import { paths } from '../paths.js';

/**
 * "Schon gemeldet?": open reports of the chosen category near the chosen point, each to follow
 * instead of reporting it again. Nothing while either is unknown, or when none is close.
 */
export function NearbyReports({
  category,
  point,
  device,
  ctx,
}: {
  category: CategoryChoice | undefined;
  point: Point | null;
  device: Device;
  ctx: Pick<ReportsContext, 'api' | 't' | 'locale'>;
}) {
  const { api, t, locale } = ctx;
  const path =
    category && point
      ? `${paths.nearbyApi}?${new URLSearchParams({
          category: category.id,
          lat: String(point.lat),
          lon: String(point.lon),
        })}`
      : null;
  const nearby = useResource(
    () => (path ? api.get<NearbyList>(path) : Promise.resolve({ items: [] })),
    [api, path],
  );
  // A failed look-up must not stop a report: the hint is a help, not a step.
  if (!category || nearby.state !== 'ready' || nearby.data.items.length === 0) return null;
  return (
    <section aria-labelledby="reports-nearby" className="city-alert city-alert--warning">
      <h2 id="reports-nearby">{t('reports.nearby.heading')}</h2>
      <p>{t('reports.nearby.lead')}</p>
      <ul className="city-stack-list">
        {nearby.data.items.map((report) => (
          <li key={report.publicId}>
            <h3>{t('reports.number', { publicId: report.publicId })}</h3>
            <p>
              <CategoryName category={category} id={report.category} locale={locale} />
              {' · '}
              <strong>{statusText({ ...report, closingReason: null }, t)}</strong>
              {' · '}
              {t('reports.nearby.distance', { meters: report.distanceMeters })}
            </p>
            <p>{report.description ?? t('reports.nearby.unreviewed')}</p>
            <FollowControl
              device={device}
              publicId={report.publicId}
              t={t}
              label={t('reports.nearby.follow', { publicId: report.publicId })}
            />
          </li>
        ))}
      </ul>
      <p>{t('reports.nearby.stillSend')}</p>
    </section>
  );
}

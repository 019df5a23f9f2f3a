import { Alert, Button, Card, Status } from '@city-app/ui';
import {
  formatStaffDate,
  formatStaffInstant,
  Loaded,
  StaffLink,
  useAction,
  useResource,
} from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import type { TourList } from '../../api/staff.js';
import type { CalendarSummary } from '../../summary.js';
import { AdminPage } from './admin-page.js';

import { adminApi, adminPaths } from './paths.js';
import { type Source, SourceHealth } from './source-health.js';
import { type Staff, useStaff } from './staff.js';
import { TypeName } from './type-name.js';

/**
 * `/admin/abfall`: the state of the calendar at a glance — whether its dates are still samples,
 * how much it holds, the last import, the sources' health and the next pickups.
 */
export default function OverviewScreen(_props: ScreenProps) {
  return <OverviewView staff={useStaff()} />;
}

export function OverviewView({ staff }: { staff: Staff }) {
  const { t, locale, api } = staff;
  const summary = useResource(() => api.get<CalendarSummary>(adminApi.summary), []);
  const tours = useResource(() => api.get<TourList>(adminApi.tours), []);
  const sources = useResource(
    () => api.get<Source[] | { sources: Source[] }>(adminApi.sources),
    [],
  );
  const types = summary.data?.types ?? [];
  const action = useAction(staff);
  // For towns that enter the authority's dates by hand: they say when the calendar is real.
  const endSamples = async () => {
    const done = await action.run(
      'end-samples',
      () => api.post(adminApi.endSamples, {}),
      () => t('waste.admin.overview.samplesEnded'),
    );
    if (done !== undefined) summary.reload();
  };

  return (
    <AdminPage staff={staff} section="overview" title={t('waste.admin.title')}>
      <Status>{action.announcement}</Status>
      <Loaded resource={summary} staff={staff}>
        {(s) => (
          <>
            {s.sample ? (
              <Alert tone="warning" title={t('waste.admin.overview.sampleTitle')} live="off">
                <p>{t('waste.admin.overview.sample')}</p>
                <StaffLink staff={staff} to={adminPaths.import}>
                  {t('waste.admin.overview.toImport')}
                </StaffLink>
                <p>{t('waste.admin.overview.endSamplesLead')}</p>
                <Button
                  variant="secondary"
                  busy={action.busy === 'end-samples'}
                  onClick={endSamples}
                >
                  {t('waste.admin.overview.endSamples')}
                </Button>
              </Alert>
            ) : null}
            {action.failure ? (
              <Alert tone="error" title={t('waste.admin.error.action')}>
                <p>{action.failure}</p>
              </Alert>
            ) : null}
            <dl className="waste-admin__counts">
              <div>
                <dt>{t('waste.admin.overview.locations')}</dt>
                <dd>{s.locations}</dd>
              </div>
              <div>
                <dt>{t('waste.admin.overview.tours')}</dt>
                <dd>{tours.data?.tours.length ?? '…'}</dd>
              </div>
              <div>
                <dt>{t('waste.admin.overview.range')}</dt>
                <dd>
                  {s.firstDate && s.lastDate
                    ? t('waste.admin.plan.range', {
                        from: formatStaffDate(s.firstDate, locale),
                        to: formatStaffDate(s.lastDate, locale),
                      })
                    : t('waste.admin.overview.noDates')}
                </dd>
              </div>
            </dl>
          </>
        )}
      </Loaded>

      <h2>{t('waste.admin.overview.next')}</h2>
      <Loaded resource={tours} staff={staff}>
        {(data) => {
          const next = data.tours
            .filter((tour) => tour.nextDate)
            .sort((a, b) => (a.nextDate as string).localeCompare(b.nextDate as string))
            .slice(0, 8);
          return next.length ? (
            <ul className="waste-admin__plain-list">
              {next.map((tour) => (
                <li key={tour.id}>
                  {formatStaffDate(tour.nextDate as string, locale)}:{' '}
                  <TypeName staff={staff} types={types} typeId={tour.typeId} /> –{' '}
                  <StaffLink staff={staff} to={adminPaths.tour(tour.id)}>
                    {tour.name}
                  </StaffLink>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('waste.admin.overview.noNext')}</p>
          );
        }}
      </Loaded>

      <h2>{t('waste.admin.overview.sources')}</h2>
      <Loaded resource={sources} staff={staff}>
        {(answer) => {
          const list = Array.isArray(answer) ? answer : answer.sources;
          const last = list
            .map((s) => s.lastSuccessAt)
            .filter((at): at is string => Boolean(at))
            .sort()
            .at(-1);
          return (
            <>
              <p>
                {last
                  ? t('waste.admin.overview.lastImport', { at: formatStaffInstant(last, locale) })
                  : t('waste.admin.overview.noImport')}
              </p>
              {list.length ? (
                <ul className="waste-admin__plain-list">
                  {list.map((s) => (
                    <li key={s.id}>
                      {s.name}: <SourceHealth staff={staff} source={s} />
                    </li>
                  ))}
                </ul>
              ) : null}
            </>
          );
        }}
      </Loaded>

      <h2>{t('waste.admin.overview.tasks')}</h2>
      <ul className="city-grid">
        {(['import', 'mappings', 'sources', 'locations'] as const).map((key) => (
          <Card
            key={key}
            as="li"
            title={
              <StaffLink staff={staff} to={adminPaths[key]}>
                {t(`waste.admin.nav.${key}`)}
              </StaffLink>
            }
          >
            <p>{t(`waste.admin.overview.task.${key}`)}</p>
          </Card>
        ))}
      </ul>
    </AdminPage>
  );
}

import { WideTable } from '@city-app/ui';
import { Loaded, StaffLink, useResource } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import type { StaffSurvey } from '../../api/survey-input.js';
import { formatWhen } from '../parts/when.js';
import { AdminPage } from './admin-page.js';
import { adminPaths } from './paths.js';
import { type Staff, useStaff } from './staff.js';

/** `/admin/umfragen`: every survey with its state, period, votes and comments to check. */
export default function SurveysScreen(_props: ScreenProps) {
  return <SurveysView staff={useStaff()} />;
}

export function SurveysView({ staff }: { staff: Staff }) {
  const { t, api, locale, timeZone } = staff;
  const list = useResource(() => api.get<{ items: StaffSurvey[] }>(adminPaths.surveysApi), [api]);
  const when = (iso: string) => formatWhen(iso, locale, timeZone);
  return (
    <AdminPage staff={staff} section="list" title={t('surveys.staff.list.title')}>
      <Loaded resource={list} staff={staff}>
        {(data) =>
          data.items.length ? (
            <WideTable label={t('surveys.staff.list.caption')}>
              <thead>
                <tr>
                  <th scope="col">{t('surveys.staff.list.survey')}</th>
                  <th scope="col">{t('surveys.staff.list.state')}</th>
                  <th scope="col">{t('surveys.staff.list.period')}</th>
                  <th scope="col">{t('surveys.staff.list.ballots')}</th>
                  <th scope="col">{t('surveys.staff.list.comments')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((survey) => (
                  <tr key={survey.id}>
                    <th scope="row">
                      <StaffLink staff={staff} to={adminPaths.survey(survey.id)}>
                        {survey.title[locale]}
                      </StaffLink>
                    </th>
                    <td>{t(`surveys.staff.state.${survey.state}`)}</td>
                    <td>
                      {when(survey.opensAt)} – {when(survey.closesAt)}
                    </td>
                    <td>
                      <StaffLink staff={staff} to={adminPaths.results(survey.id)}>
                        {survey.ballots}
                      </StaffLink>
                    </td>
                    <td>{survey.pendingComments}</td>
                  </tr>
                ))}
              </tbody>
            </WideTable>
          ) : (
            <p>{t('surveys.staff.list.none')}</p>
          )
        }
      </Loaded>
    </AdminPage>
  );
}

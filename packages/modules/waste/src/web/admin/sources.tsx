import { Button, Status, WideTable } from '@city-app/ui';
import { ActionFailure, Loaded, useAction, useResource } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import { useState } from 'react';
import type { ImportPlan } from '../../api/import-plan.js';
import type { CalendarSummary } from '../../summary.js';
import { AdminPage } from './admin-page.js';

import { adminApi } from './paths.js';
import { PlanView } from './plan-view.js';
import { SOURCE_FIELDS, SourceForm } from './source-form.js';
import { type Source, SourceHealth } from './source-health.js';
import { type Staff, useStaff } from './staff.js';

/** `/admin/abfall/quellen`: calendar addresses imported again on a schedule, and their health. */
export default function SourcesScreen(_props: ScreenProps) {
  return <SourcesView staff={useStaff()} />;
}

export function SourcesView({ staff }: { staff: Staff }) {
  const { t, api } = staff;
  const sources = useResource(
    () => api.get<Source[] | { sources: Source[] }>(adminApi.sources),
    [],
  );
  const summary = useResource(() => api.get<CalendarSummary>(adminApi.summary), []);
  const action = useAction(staff, SOURCE_FIELDS);
  const [plan, setPlan] = useState<ImportPlan | null>(null);

  const act = async (name: string, work: () => Promise<unknown>, done: string) => {
    const result = await action.run(name, work, () => done);
    if (result !== undefined) sources.reload();
    return result;
  };
  const run = async (source: Source, dryRun: boolean) => {
    setPlan(null);
    const result = await action.run(
      `${dryRun ? 'check' : 'run'}-${source.id}`,
      () => api.post<ImportPlan>(adminApi.runSource(source.id), { dryRun }),
      () =>
        t(dryRun ? 'waste.admin.sources.checked' : 'waste.admin.sources.imported', {
          name: source.name,
        }),
    );
    if (result) {
      setPlan(result);
      sources.reload();
    }
  };

  return (
    <AdminPage staff={staff} section="sources" title={t('waste.admin.sources.title')}>
      <p>{t('waste.admin.sources.lead')}</p>
      <Status>{action.announcement}</Status>
      <ActionFailure staff={staff} failure={action.failure} />
      <Loaded resource={sources} staff={staff}>
        {(answer) => {
          // The list as an array, or inside `{ sources }`.
          const list = Array.isArray(answer) ? answer : answer.sources;
          return list.length ? (
            <WideTable label={t('waste.admin.sources.title')}>
              <thead>
                <tr>
                  <th scope="col">{t('waste.admin.sources.name')}</th>
                  <th scope="col">{t('waste.admin.import.format')}</th>
                  <th scope="col">{t('waste.admin.sources.health')}</th>
                  <th scope="col">{t('waste.admin.pickup.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((s) => (
                  <tr key={s.id}>
                    <th scope="row">
                      {s.name}
                      <div className="waste-admin__url">{s.url}</div>
                    </th>
                    <td>{t(`waste.admin.import.format.${s.format}`)}</td>
                    <td>
                      <SourceHealth staff={staff} source={s} />
                    </td>
                    <td>
                      <div className="waste-admin__actions">
                        <Button
                          variant="secondary"
                          busy={action.busy === `check-${s.id}`}
                          onClick={() => run(s, true)}
                        >
                          {t('waste.admin.sources.check', { name: s.name })}
                        </Button>
                        <Button
                          variant="secondary"
                          busy={action.busy === `run-${s.id}`}
                          onClick={() => run(s, false)}
                        >
                          {t('waste.admin.sources.run', { name: s.name })}
                        </Button>
                        <Button
                          variant="secondary"
                          busy={action.busy === `active-${s.id}`}
                          onClick={() =>
                            act(
                              `active-${s.id}`,
                              () => api.patch(adminApi.source(s.id), { active: !s.active }),
                              t(
                                s.active
                                  ? 'waste.admin.sources.pausedNow'
                                  : 'waste.admin.sources.resumedNow',
                                { name: s.name },
                              ),
                            )
                          }
                        >
                          {t(
                            s.active ? 'waste.admin.sources.pause' : 'waste.admin.sources.resume',
                            { name: s.name },
                          )}
                        </Button>
                        <Button
                          variant="danger"
                          busy={action.busy === `delete-${s.id}`}
                          onClick={() =>
                            act(
                              `delete-${s.id}`,
                              () => api.delete(adminApi.source(s.id)),
                              t('waste.admin.sources.deleted', { name: s.name }),
                            )
                          }
                        >
                          {t('waste.admin.sources.delete', { name: s.name })}
                        </Button>
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </WideTable>
          ) : (
            <p>{t('waste.admin.sources.empty')}</p>
          );
        }}
      </Loaded>
      {plan ? <PlanView staff={staff} plan={plan} types={summary.data?.types ?? []} /> : null}
      <h2>{t('waste.admin.sources.new')}</h2>
      <SourceForm
        staff={staff}
        serverErrors={action.errors}
        busy={action.busy === 'create'}
        onSubmit={(source) =>
          act(
            'create',
            () => api.post(adminApi.sources, source),
            t('waste.admin.sources.created', { name: source.name }),
          )
        }
      />
    </AdminPage>
  );
}

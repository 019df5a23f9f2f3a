import { Alert, Button, Status } from '@city-app/ui';
import { useAction, useResource } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import { useEffect, useState } from 'react';
import type { ImportPlan } from '../../api/import-plan.js';
import type { CalendarSummary } from '../../summary.js';
import { AdminPage } from './admin-page.js';
import { IMPORT_FIELDS, ImportForm, type ImportRequest } from './import-form.js';
import { adminApi } from './paths.js';
import { PlanView } from './plan-view.js';
import { type Staff, useStaff } from './staff.js';

/**
 * `/admin/abfall/import`: choose the authority's calendar, see in a dry run what would change,
 * then apply it. Nothing is written before "Import übernehmen".
 */
export default function ImportScreen(_props: ScreenProps) {
  return <ImportView staff={useStaff()} />;
}

export function ImportView({ staff }: { staff: Staff }) {
  const { t, api } = staff;
  const summary = useResource(() => api.get<CalendarSummary>(adminApi.summary), []);
  const action = useAction(staff, IMPORT_FIELDS);
  const [request, setRequest] = useState<ImportRequest | null>(null);
  const [plan, setPlan] = useState<ImportPlan | null>(null);

  // The plan's heading takes focus, so keyboard and screen-reader users land on the result.
  useEffect(() => {
    if (plan) document.getElementById('waste-plan-heading')?.focus();
  }, [plan]);

  const send = (body: ImportRequest, dryRun: boolean) =>
    action.run(
      dryRun ? 'dryRun' : 'apply',
      () => api.post<ImportPlan>(adminApi.import, { ...body, dryRun }),
      (p) =>
        t(dryRun ? 'waste.admin.import.planned' : 'waste.admin.import.applied', {
          count: p.pickups.added + p.pickups.moved + p.pickups.cancelled + p.pickups.removed,
        }),
    );

  return (
    <AdminPage staff={staff} section="import" title={t('waste.admin.import.title')}>
      <p>{t('waste.admin.import.lead')}</p>
      <Status>{action.announcement}</Status>
      {action.failure ? (
        <Alert tone="error" title={t('waste.admin.import.failed')}>
          {action.failure}
        </Alert>
      ) : null}
      <ImportForm
        staff={staff}
        serverErrors={action.errors}
        busy={action.busy === 'dryRun'}
        onSubmit={async (body) => {
          setPlan(null);
          const result = await send(body, true);
          if (result) {
            setRequest(body);
            setPlan(result);
          }
        }}
      />
      {plan ? <PlanView staff={staff} plan={plan} types={summary.data?.types ?? []} /> : null}
      {plan?.dryRun && request ? (
        <Button
          busy={action.busy === 'apply'}
          onClick={async () => {
            const result = await send(request, false);
            if (result) {
              setPlan(result);
              setRequest(null);
            }
          }}
        >
          {t('waste.admin.import.apply')}
        </Button>
      ) : null}
    </AdminPage>
  );
}

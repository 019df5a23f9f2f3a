import { Alert } from '@city-app/ui';
import { Loaded, StaffLink, useResource } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import { useEffect, useState } from 'react';
import type { ResponseTemplate, StaffReportDetail } from '../../api/staff-report.js';
import { AdminPage } from './admin-page.js';
import { useChoices } from './parts/choices.js';
import { adminApi, adminPaths } from './paths.js';
import { AssignmentForm } from './report/assignment-form.js';
import { ForwardingPanel } from './report/forwarding-panel.js';
import { MergeForm } from './report/merge-form.js';
import { ModerationForm } from './report/moderation-form.js';
import { PhotoRedaction } from './report/photo-redaction.js';
import type { ReportChanges } from './report/report-action.js';
import { ReportFacts } from './report/report-facts.js';
import { ReportHistory } from './report/report-history.js';
import { StatusForm } from './report/status-form.js';
import { type Staff, useStaff } from './staff.js';

/** `/admin/maengelmelder/:id`: one report with everything about it, and the work on it. */
export default function ReportScreen({ params }: ScreenProps) {
  return <ReportView staff={useStaff()} id={params.id ?? ''} />;
}

export function ReportView({ staff, id }: { staff: Staff; id: string }) {
  const { t, api } = staff;
  const loaded = useResource(() => api.get<StaffReportDetail>(adminApi.report(id)), [id]);
  const templates = useResource(
    () => api.get<{ items: ResponseTemplate[] }>(adminApi.templates),
    [],
  );
  const choices = useChoices(staff);
  // The report as the last answer gave it: each change answers with the whole report.
  const [report, setReport] = useState<StaffReportDetail | null>(null);
  const [conflict, setConflict] = useState(false);
  // Counts the photo's redactions, so the browser loads the pixelated photo anew.
  const [photoVersion, setPhotoVersion] = useState(0);
  useEffect(() => setReport(loaded.data ?? null), [loaded.data]);
  const changes: ReportChanges = {
    onChanged: (changed) => {
      setConflict(false);
      setReport(changed);
    },
    // Someone else was quicker: say so, and show the report as it now is.
    onConflict: () => {
      setConflict(true);
      loaded.reload();
    },
  };

  return (
    <AdminPage staff={staff} section={null} title={t('reports.staff.report.title', { number: id })}>
      <p>
        <StaffLink staff={staff} to={adminPaths.inbox}>
          {t('reports.staff.report.back')}
        </StaffLink>
      </p>
      {conflict ? (
        <Alert tone="warning" title={t('reports.staff.conflict.title')}>
          {t('reports.staff.conflict.text')}
        </Alert>
      ) : null}
      <Loaded resource={loaded} staff={staff} notFound={t('reports.staff.report.notFound')}>
        {(first) => {
          const current = report ?? first;
          return (
            <Loaded resource={choices} staff={staff}>
              {(town) => (
                <>
                  <ReportFacts staff={staff} report={current} choices={town} />
                  {current.hasPhoto ? (
                    <PhotoRedaction
                      staff={staff}
                      report={current}
                      photoVersion={photoVersion}
                      changes={{ ...changes, onRedacted: () => setPhotoVersion((n) => n + 1) }}
                    />
                  ) : null}
                  {current.mergedInto ? (
                    <Alert tone="warning" live="off" title={t('reports.staff.merged.title')}>
                      <p>{t('reports.staff.merged.text', { into: current.mergedInto })}</p>
                      <StaffLink staff={staff} to={adminPaths.report(current.mergedInto)}>
                        {t('reports.staff.merged.open', { into: current.mergedInto })}
                      </StaffLink>
                    </Alert>
                  ) : (
                    <StatusForm
                      staff={staff}
                      report={current}
                      templates={templates.data?.items ?? []}
                      changes={changes}
                    />
                  )}
                  <ForwardingPanel staff={staff} publicId={current.publicId} />
                  <ModerationForm staff={staff} report={current} changes={changes} />
                  {current.mergedInto ? null : (
                    <>
                      <AssignmentForm
                        staff={staff}
                        report={current}
                        choices={town}
                        changes={changes}
                      />
                      <MergeForm staff={staff} report={current} changes={changes} />
                    </>
                  )}
                  <ReportHistory staff={staff} report={current} />
                </>
              )}
            </Loaded>
          );
        }}
      </Loaded>
    </AdminPage>
  );
}

import { Button, Form, Select } from '@city-app/ui';
import { useState } from 'react';
import type { StaffReportDetail } from '../../../api/staff-report.js';
import { type Choices, departmentName } from '../parts/choices.js';
import { adminApi } from '../paths.js';
import type { Staff } from '../staff.js';
import { type ReportChanges, useReportAction } from './report-action.js';
import { SectionOutcome } from './section-outcome.js';

const FIELDS = ['department', 'assignee'] as const;

/**
 * Who handles the report: move it to another department, take it, give it to a colleague with
 * the `reports` role, or give it back.
 */
export function AssignmentForm({
  staff,
  report,
  choices,
  changes,
}: {
  staff: Staff;
  report: StaffReportDetail;
  choices: Choices;
  changes: ReportChanges;
}) {
  const { t } = staff;
  const action = useReportAction(staff, FIELDS, changes);
  const [department, setDepartment] = useState(report.department);
  // Preselected: whoever has it now, else the first colleague of the list.
  const [colleague, setColleague] = useState(
    report.assignee?.id ?? choices.colleagues[0]?.id ?? '',
  );
  const path = adminApi.assignment(report.publicId);
  const done = (r: StaffReportDetail) =>
    r.assignee
      ? t('reports.staff.assign.taken', { number: r.publicId, name: r.assignee.name })
      : t('reports.staff.assign.moved', {
          number: r.publicId,
          department: departmentName(choices, r.department),
        });

  return (
    <section aria-labelledby="reports-assign-heading">
      <h2 id="reports-assign-heading">{t('reports.staff.assign.title')}</h2>
      <SectionOutcome staff={staff} action={action} />
      <div className="city-row-actions">
        <Button
          variant="secondary"
          busy={action.busy === 'me'}
          onClick={() => action.send('me', path, { assignee: 'me' }, done)}
        >
          {t('reports.staff.assign.me')}
        </Button>
        {report.assignee ? (
          <Button
            variant="secondary"
            busy={action.busy === 'nobody'}
            onClick={() =>
              action.send('nobody', path, { assignee: null }, (r) =>
                t('reports.staff.assign.released', { number: r.publicId }),
              )
            }
          >
            {t('reports.staff.assign.nobody')}
          </Button>
        ) : null}
      </div>
      {choices.colleagues.length > 0 ? (
        <Form
          errors={
            action.errors.assignee
              ? [{ fieldId: 'reports-assign-colleague', message: action.errors.assignee }]
              : []
          }
          errorTitle={t('reports.staff.form.errors')}
          onSubmit={async () => {
            await action.send('colleague', path, { assignee: colleague }, done);
          }}
        >
          <Select
            id="reports-assign-colleague"
            label={t('reports.staff.assign.colleague')}
            value={colleague}
            error={action.errors.assignee}
            onChange={(e) => setColleague(e.currentTarget.value)}
            options={choices.colleagues.map((c) => ({ value: c.id, label: c.name }))}
          />
          <Button type="submit" variant="secondary" busy={action.busy === 'colleague'}>
            {t('reports.staff.assign.give')}
          </Button>
        </Form>
      ) : null}
      <Form
        errors={
          action.errors.department
            ? [{ fieldId: 'reports-assign-department', message: action.errors.department }]
            : []
        }
        errorTitle={t('reports.staff.form.errors')}
        onSubmit={async () => {
          await action.send('department', path, { department }, done);
        }}
      >
        <Select
          id="reports-assign-department"
          label={t('reports.staff.report.department')}
          value={department}
          error={action.errors.department}
          onChange={(e) => setDepartment(e.currentTarget.value)}
          options={choices.departments.map((d) => ({ value: d.id, label: d.name }))}
        />
        <Button type="submit" variant="secondary" busy={action.busy === 'department'}>
          {t('reports.staff.assign.move')}
        </Button>
      </Form>
    </section>
  );
}

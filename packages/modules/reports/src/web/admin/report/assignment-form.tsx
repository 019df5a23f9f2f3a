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
        <PickForm
          id="reports-assign-colleague"
          label={t('reports.staff.assign.colleague')}
          options={choices.colleagues.map((c) => ({ value: c.id, label: c.name }))}
          value={colleague}
          onChange={setColleague}
          error={action.errors.assignee}
          errorTitle={t('reports.staff.form.errors')}
          submit={t('reports.staff.assign.give')}
          busy={action.busy === 'colleague'}
          onSubmit={() => action.send('colleague', path, { assignee: colleague }, done)}
        />
      ) : null}
      <PickForm
        id="reports-assign-department"
        label={t('reports.staff.report.department')}
        options={choices.departments.map((d) => ({ value: d.id, label: d.name }))}
        value={department}
        onChange={setDepartment}
        error={action.errors.department}
        errorTitle={t('reports.staff.form.errors')}
        submit={t('reports.staff.assign.move')}
        busy={action.busy === 'department'}
        onSubmit={() => action.send('department', path, { department }, done)}
      />
    </section>
  );
}

/** One choice from a list and its button: whom to give the report to, or which department. */
function PickForm(props: {
  id: string;
  label: string;
  options: { value: string; label: string }[];
  value: string;
  onChange(value: string): void;
  error: string | undefined;
  errorTitle: string;
  submit: string;
  busy: boolean;
  onSubmit(): Promise<unknown>;
}) {
  return (
    <Form
      errors={props.error ? [{ fieldId: props.id, message: props.error }] : []}
      errorTitle={props.errorTitle}
      onSubmit={async () => {
        await props.onSubmit();
      }}
    >
      <Select
        id={props.id}
        label={props.label}
        value={props.value}
        error={props.error}
        onChange={(e) => props.onChange(e.currentTarget.value)}
        options={props.options}
      />
      <Button type="submit" variant="secondary" busy={props.busy}>
        {props.submit}
      </Button>
    </Form>
  );
}

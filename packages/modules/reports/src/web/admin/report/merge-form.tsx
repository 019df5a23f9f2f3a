import { Button, Form, TextArea, TextField } from '@city-app/ui';
import { useState } from 'react';
import type { Merge, StaffReportDetail } from '../../../api/staff-report.js';
import { adminApi } from '../paths.js';
import type { Staff } from '../staff.js';
import { type ReportChanges, useReportAction } from './report-action.js';
import { SectionOutcome } from './section-outcome.js';
import { NOTE_LENGTH } from './status-form.js';

const FIELDS = ['into', 'publicNote'] as const;
/** A report's number as residents quote it, e.g. 2026-00042. */
const NUMBER = /^\d{4}-\d{5,6}$/;

/**
 * A duplicate merged into the report of the same thing, by its number: closed as "already
 * reported", its reporter and followers follow the other report from then on.
 */
export function MergeForm({
  staff,
  report,
  changes,
}: {
  staff: Staff;
  report: StaffReportDetail;
  changes: ReportChanges;
}) {
  const { t } = staff;
  const action = useReportAction(staff, FIELDS, changes);
  const [into, setInto] = useState('');
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState<string | undefined>();
  const intoError = missing ?? action.errors.into;
  const errors = [
    ...(intoError ? [{ fieldId: 'reports-merge-into', message: intoError }] : []),
    ...(action.errors.publicNote
      ? [{ fieldId: 'reports-merge-note', message: action.errors.publicNote }]
      : []),
  ];

  const submit = async () => {
    const number = into.trim();
    const wrong = NUMBER.test(number) ? undefined : t('reports.staff.merge.numberWrong');
    setMissing(wrong);
    if (wrong) return;
    const body: Merge = { into: number, ...(note.trim() ? { publicNote: note.trim() } : {}) };
    await action.send('merge', adminApi.merge(report.publicId), body, (r) =>
      t('reports.staff.merge.done', { number: r.publicId, into: r.mergedInto ?? number }),
    );
  };

  return (
    <section aria-labelledby="reports-merge-heading">
      <h2 id="reports-merge-heading">{t('reports.staff.merge.title')}</h2>
      <p>{t('reports.staff.merge.lead')}</p>
      <SectionOutcome staff={staff} action={action} />
      <Form errors={errors} errorTitle={t('reports.staff.form.errors')} onSubmit={submit}>
        <TextField
          id="reports-merge-into"
          label={t('reports.staff.merge.into')}
          description={t('reports.staff.merge.intoHint')}
          required
          inputMode="numeric"
          autoComplete="off"
          maxLength={11}
          value={into}
          error={intoError}
          onChange={(e) => setInto(e.currentTarget.value)}
        />
        <TextArea
          id="reports-merge-note"
          label={t('reports.staff.merge.note')}
          description={t('reports.staff.status.publicNoteHint')}
          maxLength={NOTE_LENGTH}
          rows={3}
          value={note}
          error={action.errors.publicNote}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <Button type="submit" variant="danger" busy={action.busy === 'merge'}>
          {t('reports.staff.merge.submit')}
        </Button>
      </Form>
    </section>
  );
}

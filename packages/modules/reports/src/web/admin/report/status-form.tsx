import { Button, Form, Select, TextArea } from '@city-app/ui';
import { useState } from 'react';
import type {
  ResponseTemplate,
  StaffReportDetail,
  StatusChange,
} from '../../../api/staff-report.js';
import {
  CLOSING_REASONS,
  type ClosingReason,
  REPORT_STATUSES,
  type ReportStatus,
} from '../../../status/status.js';
import { adminApi } from '../paths.js';
import type { Staff } from '../staff.js';
import { type ReportChanges, useReportAction } from './report-action.js';
import { SectionOutcome } from './section-outcome.js';

const FIELDS = ['status', 'closingReason', 'publicNote', 'internalNote'] as const;
const id = (field: string) => `reports-status-${field}`;
/** As long as the route takes a note. */
export const NOTE_LENGTH = 2000;

/**
 * A new status with a public note (the reporter and followers are told) and an internal one
 * (staff only). A template fills the public note; closing asks for the reason.
 */
export function StatusForm({
  staff,
  report,
  templates,
  changes,
}: {
  staff: Staff;
  report: StaffReportDetail;
  templates: ResponseTemplate[];
  changes: ReportChanges;
}) {
  const { t } = staff;
  const action = useReportAction(staff, FIELDS, changes);
  const [status, setStatus] = useState<ReportStatus>(report.status);
  const [reason, setReason] = useState<ClosingReason | ''>('');
  const [template, setTemplate] = useState('');
  const [publicNote, setPublicNote] = useState('');
  const [internalNote, setInternalNote] = useState('');
  const [missing, setMissing] = useState<Record<string, string>>({});
  const errors: Record<string, string | undefined> = { ...action.errors, ...missing };
  const fitting = templates.filter((x) => x.status === null || x.status === status);
  const changing = status !== report.status;

  const submit = async () => {
    const found: Record<string, string> = {};
    if (status === 'closed' && !reason)
      found.closingReason = t('reports.staff.status.reasonMissing');
    if (!changing && !publicNote.trim() && !internalNote.trim()) {
      found.publicNote = t('reports.staff.status.nothing');
    }
    setMissing(found);
    if (Object.keys(found).length) return;
    const body: StatusChange = {
      status,
      ...(status === 'closed' && reason ? { closingReason: reason } : {}),
      ...(publicNote.trim() ? { publicNote: publicNote.trim() } : {}),
      ...(internalNote.trim() ? { internalNote: internalNote.trim() } : {}),
    };
    const changed = await action.send('status', adminApi.status(report.publicId), body, (r) =>
      t('reports.staff.status.done', {
        number: r.publicId,
        status: t(`reports.status.${r.status}`),
      }),
    );
    if (changed) {
      setPublicNote('');
      setInternalNote('');
      setTemplate('');
    }
  };

  return (
    <section aria-labelledby="reports-status-heading">
      <h2 id="reports-status-heading">{t('reports.staff.status.title')}</h2>
      <SectionOutcome staff={staff} action={action} />
      <Form
        errors={FIELDS.flatMap((f) => (errors[f] ? [{ fieldId: id(f), message: errors[f] }] : []))}
        errorTitle={t('reports.staff.form.errors')}
        onSubmit={submit}
      >
        <Select
          id={id('status')}
          label={t('reports.staff.status.new')}
          value={status}
          error={errors.status}
          onChange={(e) => setStatus(e.currentTarget.value as ReportStatus)}
          options={REPORT_STATUSES.map((s) => ({ value: s, label: t(`reports.status.${s}`) }))}
        />
        {status === 'closed' ? (
          <Select
            id={id('closingReason')}
            label={t('reports.staff.status.reason')}
            description={t('reports.staff.status.reasonHint')}
            required
            value={reason}
            error={errors.closingReason}
            onChange={(e) => setReason(e.currentTarget.value as ClosingReason | '')}
            options={[
              { value: '', label: t('reports.staff.status.chooseReason') },
              ...CLOSING_REASONS.map((r) => ({ value: r, label: t(`reports.closingReason.${r}`) })),
            ]}
          />
        ) : null}
        {fitting.length ? (
          <Select
            id={id('template')}
            label={t('reports.staff.status.template')}
            description={t('reports.staff.status.templateHint')}
            value={template}
            onChange={(e) => {
              const chosen = fitting.find((x) => x.id === e.currentTarget.value);
              setTemplate(e.currentTarget.value);
              if (chosen) setPublicNote(chosen.text);
            }}
            options={[
              { value: '', label: t('reports.staff.status.noTemplate') },
              ...fitting.map((x) => ({ value: x.id, label: x.title })),
            ]}
          />
        ) : null}
        <TextArea
          id={id('publicNote')}
          label={t('reports.staff.status.publicNote')}
          description={t('reports.staff.status.publicNoteHint')}
          value={publicNote}
          maxLength={NOTE_LENGTH}
          rows={4}
          error={errors.publicNote}
          onChange={(e) => setPublicNote(e.currentTarget.value)}
        />
        <TextArea
          id={id('internalNote')}
          label={t('reports.staff.status.internalNote')}
          description={t('reports.staff.status.internalNoteHint')}
          value={internalNote}
          maxLength={NOTE_LENGTH}
          rows={3}
          error={errors.internalNote}
          onChange={(e) => setInternalNote(e.currentTarget.value)}
        />
        <Button type="submit" busy={action.busy === 'status'}>
          {t(changing ? 'reports.staff.status.submit' : 'reports.staff.status.noteOnly')}
        </Button>
      </Form>
    </section>
  );
}

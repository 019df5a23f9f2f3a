import { Button, Form, Select, TextArea, TextField } from '@city-app/ui';
import { useState } from 'react';
import type { ResponseTemplate, TemplateInput } from '../../../api/staff-report.js';
import { REPORT_STATUSES, type ReportStatus } from '../../../status/status.js';
import type { Staff } from '../staff.js';

/** The template form's fields; a refusal names one of them. */
export const TEMPLATE_FIELDS = ['title', 'text', 'status'] as const;
/** What the route takes. */
const LIMITS = { title: [2, 80], text: [2, 2000] } as const;

/** A response template: a title staff pick it by, the public note, the status it suits. */
export function TemplateForm({
  staff,
  template,
  serverErrors,
  busy,
  submitLabel,
  onSubmit,
}: {
  staff: Staff;
  template: ResponseTemplate | null;
  serverErrors: Record<string, string>;
  busy: boolean;
  submitLabel: string;
  onSubmit(input: TemplateInput): void;
}) {
  const { t } = staff;
  const id = (field: string) => `reports-template-${template ? 'edit' : 'new'}-${field}`;
  const [title, setTitle] = useState(template?.title ?? '');
  const [text, setText] = useState(template?.text ?? '');
  const [status, setStatus] = useState<ReportStatus | ''>(template?.status ?? '');
  const [checked, setChecked] = useState<Record<string, string>>({});
  const errors: Record<string, string | undefined> = { ...serverErrors, ...checked };

  const submit = () => {
    const input = { title: title.trim(), text: text.trim() };
    const found: Record<string, string> = {};
    for (const field of ['title', 'text'] as const) {
      const [min, max] = LIMITS[field];
      const length = input[field].length;
      if (length < min || length > max) {
        found[field] = t(`reports.staff.templates.${field}Wrong`, { min, max });
      }
    }
    setChecked(found);
    if (!Object.keys(found).length) onSubmit({ ...input, status: status || null });
  };

  return (
    <Form
      errors={TEMPLATE_FIELDS.flatMap((f) =>
        errors[f] ? [{ fieldId: id(f), message: errors[f] }] : [],
      )}
      errorTitle={t('reports.staff.form.errors')}
      onSubmit={submit}
    >
      <TextField
        id={id('title')}
        label={t('reports.staff.templates.titleField')}
        required
        maxLength={LIMITS.title[1]}
        value={title}
        error={errors.title}
        onChange={(e) => setTitle(e.currentTarget.value)}
      />
      <TextArea
        id={id('text')}
        label={t('reports.staff.templates.text')}
        description={t('reports.staff.templates.textHint')}
        required
        maxLength={LIMITS.text[1]}
        rows={5}
        value={text}
        error={errors.text}
        onChange={(e) => setText(e.currentTarget.value)}
      />
      <Select
        id={id('status')}
        label={t('reports.staff.templates.status')}
        value={status}
        error={errors.status}
        onChange={(e) => setStatus(e.currentTarget.value as ReportStatus | '')}
        options={[
          { value: '', label: t('reports.staff.templates.anyStatus') },
          ...REPORT_STATUSES.map((s) => ({ value: s, label: t(`reports.status.${s}`) })),
        ]}
      />
      <Button type="submit" busy={busy}>
        {submitLabel}
      </Button>
    </Form>
  );
}

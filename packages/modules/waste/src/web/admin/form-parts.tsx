import { type FormError, Select, TextField } from '@city-app/ui';
import { CHANGE_REASONS, type PickupReason } from '../../api/staff.js';
import type { Staff } from './staff.js';

/** What every staff form takes: the server's refusals by field, whether it is sending, and what to send. */
export interface StaffFormProps<Input> {
  staff: Staff;
  serverErrors: Record<string, string>;
  busy: boolean;
  onSubmit(input: Input): void;
}

/**
 * The error summary's entries: for each of the form's fields (in the form's order) that has a
 * message, one linked to its control `${id}-${field}`.
 */
export function summaryOf(
  id: string,
  fields: readonly string[],
  messages: Record<string, string | undefined>,
): FormError[] {
  return fields
    .filter((field) => messages[field])
    .map((field) => ({ fieldId: `${id}-${field}`, message: messages[field] as string }));
}

/** Why a date moved or was cancelled, in the words residents read. */
export function ReasonSelect({
  staff,
  id,
  value,
  error,
  onChange,
}: {
  staff: Pick<Staff, 't'>;
  id: string;
  value: PickupReason;
  error?: string;
  onChange(reason: PickupReason): void;
}) {
  const { t } = staff;
  return (
    <Select
      id={id}
      label={t('waste.admin.pickup.reason')}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value as PickupReason)}
      options={CHANGE_REASONS.map((r) => ({ value: r, label: t(`waste.admin.reason.${r}`) }))}
      error={error}
    />
  );
}

/** An address a calendar can be fetched from; the server checks it further. */
export const isCalendarUrl = (text: string) => /^https?:\/\/\S+$/i.test(text.trim());

/** The address of an authority's calendar. */
export function CalendarUrlField({
  staff,
  id,
  value,
  error,
  onChange,
}: {
  staff: Pick<Staff, 't'>;
  id: string;
  value: string;
  error?: string;
  onChange(url: string): void;
}) {
  const { t } = staff;
  return (
    <TextField
      id={id}
      type="url"
      inputMode="url"
      maxLength={2000}
      required
      label={t('waste.admin.import.url')}
      description={t('waste.admin.import.urlHint')}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={error}
    />
  );
}

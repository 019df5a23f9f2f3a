import { MIN_PASSWORD_LENGTH } from '@city-app/core';
import { TextField } from '@city-app/ui';
import { useMessages } from '../../i18n/use-messages.js';
import { passwordMessages } from './password-messages.js';

export interface NewPasswordValues {
  next: string;
  confirm: string;
}

/**
 * A new password and its repetition, with the hint that names the rules the server checks
 * (length, no common password, not the town's name).
 */
export function NewPasswordFields({
  ids,
  labels,
  values,
  errors,
  onChange,
}: {
  ids: { next: string; confirm: string };
  labels: { next: string; confirm: string };
  values: NewPasswordValues;
  errors: { next?: string; confirm?: string };
  onChange(values: NewPasswordValues): void;
}) {
  const t = useMessages(passwordMessages);
  return (
    <>
      <TextField
        id={ids.next}
        type="password"
        autoComplete="new-password"
        label={labels.next}
        description={t('password.hint', { min: MIN_PASSWORD_LENGTH })}
        required
        value={values.next}
        error={errors.next}
        onChange={(event) => onChange({ ...values, next: event.target.value })}
      />
      <TextField
        id={ids.confirm}
        type="password"
        autoComplete="new-password"
        label={labels.confirm}
        required
        value={values.confirm}
        error={errors.confirm}
        onChange={(event) => onChange({ ...values, confirm: event.target.value })}
      />
    </>
  );
}

import { MIN_PASSWORD_LENGTH } from '@city-app/core';
import { Button, Form, type FormError, PageHeading } from '@city-app/ui';
import { useState } from 'react';
import { isApiError } from '../../api/api-client.js';
import { useCity } from '../../app/context.js';
import { useMessages } from '../../i18n/use-messages.js';
import { NewPasswordFields } from './new-password-fields.js';
import { passwordMessages } from './password-messages.js';

/** The fragment key of reset links (`/admin#passwort-zuruecksetzen=<token>`), as the server writes them. */
export const RESET_FRAGMENT = 'passwort-zuruecksetzen';

/**
 * The token of a reset link in `hash`, or null. It travels in the fragment so that it
 * reaches no server log; the page removes it from the address bar once read.
 */
export function resetTokenFrom(hash: string): string | null {
  const match = new RegExp(`^#${RESET_FRAGMENT}=([\\w-]{20,200})$`).exec(hash);
  return match?.[1] ?? null;
}

/** Sets a new password with the token of a reset link; `onDone` gets the success text. */
export function ResetPassword({ token, onDone }: { token: string; onDone(text: string): void }) {
  const { api } = useCity();
  const t = useMessages(passwordMessages);
  const [values, setValues] = useState({ next: '', confirm: '' });
  const [errors, setErrors] = useState<{ next?: string; confirm?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const problems: typeof errors = {};
    if (!values.next) problems.next = t('password.required');
    else if ([...values.next].length < MIN_PASSWORD_LENGTH)
      problems.next = t('password.tooShort', { min: MIN_PASSWORD_LENGTH });
    if (values.next && values.confirm !== values.next) problems.confirm = t('password.mismatch');
    setErrors(problems);
    if (Object.keys(problems).length) return;
    setBusy(true);
    try {
      await api.post('/api/auth/password-reset/confirm', { token, newPassword: values.next });
      onDone(t('reset.done'));
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      if (isApiError(e) && e.field === 'newPassword') setErrors({ next: message });
      else setErrors({ form: message });
    } finally {
      setBusy(false);
    }
  };

  const summary: FormError[] = [
    ...(errors.next ? [{ fieldId: 'reset-new', message: errors.next }] : []),
    ...(errors.confirm ? [{ fieldId: 'reset-confirm', message: errors.confirm }] : []),
    ...(errors.form ? [{ message: errors.form }] : []),
  ];
  return (
    <>
      <PageHeading lead={t('reset.lead')}>{t('reset.title')}</PageHeading>
      <Form onSubmit={submit} errors={summary} aria-labelledby="page-title">
        <NewPasswordFields
          ids={{ next: 'reset-new', confirm: 'reset-confirm' }}
          labels={{ next: t('reset.new'), confirm: t('reset.confirm') }}
          values={values}
          errors={errors}
          onChange={setValues}
        />
        <div>
          <Button type="submit" busy={busy}>
            {t('reset.submit')}
          </Button>
        </div>
      </Form>
    </>
  );
}

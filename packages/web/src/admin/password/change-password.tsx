import { Alert, Button, Form, type FormError, Status, TextField } from '@city-app/ui';
import { useState } from 'react';
import { isApiError } from '../../api/api-client.js';
import { useCity } from '../../app/context.js';
import { adminMessages } from '../../i18n/admin-messages.js';
import { useMessages } from '../../i18n/use-messages.js';
import { errorText } from '../error-text.js';
import { NewPasswordFields } from './new-password-fields.js';
import { passwordMessages } from './password-messages.js';

/**
 * Changing one's own password; with `first`, the first login's step that replaces the
 * one-time password before anything else can be done.
 */
export function ChangePassword({ first, onChanged }: { first?: boolean; onChanged?(): void }) {
  const { api } = useCity();
  const t = useMessages(adminMessages);
  const words = useMessages(passwordMessages);
  const [values, setValues] = useState({ current: '', next: '', confirm: '' });
  const [errors, setErrors] = useState<{
    current?: string;
    next?: string;
    confirm?: string;
    form?: string;
  }>({});
  const [done, setDone] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setDone('');
    const problems: typeof errors = {};
    if (!values.current) problems.current = t('admin.password.required');
    if (!values.next) problems.next = t('admin.password.required');
    if (values.next && values.confirm !== values.next)
      problems.confirm = t('admin.password.mismatch');
    setErrors(problems);
    if (Object.keys(problems).length) return;
    setBusy(true);
    try {
      await api.post('/api/auth/password', {
        currentPassword: values.current,
        newPassword: values.next,
      });
      setValues({ current: '', next: '', confirm: '' });
      setDone(t('admin.password.changed'));
      onChanged?.();
    } catch (error) {
      const field = isApiError(error) ? error.field : undefined;
      if (field === 'currentPassword' && isApiError(error)) setErrors({ current: error.message });
      else if (field === 'newPassword' && isApiError(error)) setErrors({ next: error.message });
      else setErrors({ form: errorText(error, t) });
    } finally {
      setBusy(false);
    }
  };

  const ids = {
    current: 'password-current',
    next: 'password-new',
    confirm: 'password-confirm',
  } as const;
  const summary: FormError[] = [
    ...(['current', 'next', 'confirm'] as const).flatMap((key) =>
      errors[key] ? [{ fieldId: ids[key], message: errors[key] as string }] : [],
    ),
    ...(errors.form ? [{ message: errors.form }] : []),
  ];
  return (
    <section aria-labelledby="change-password">
      <h2 id="change-password">{first ? words('first.title') : t('admin.password.title')}</h2>
      {first ? <p>{words('first.lead')}</p> : null}
      <Form onSubmit={submit} errors={summary} aria-labelledby="change-password">
        <TextField
          id={ids.current}
          type="password"
          autoComplete="current-password"
          label={t('admin.password.current')}
          required
          value={values.current}
          error={errors.current}
          onChange={(event) => setValues({ ...values, current: event.target.value })}
        />
        <NewPasswordFields
          ids={ids}
          labels={{ next: t('admin.password.new'), confirm: t('admin.password.confirm') }}
          values={values}
          errors={errors}
          onChange={(next) => setValues({ ...values, ...next })}
        />
        <div>
          <Button type="submit" busy={busy}>
            {t('admin.password.submit')}
          </Button>
        </div>
      </Form>
      <Status>{done ? <Alert tone="success" live="off" title={done} /> : null}</Status>
    </section>
  );
}

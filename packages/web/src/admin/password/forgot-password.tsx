import { Alert, Button, Form, type FormError, PageHeading, Status, TextField } from '@city-app/ui';
import { useState } from 'react';
import { isApiError } from '../../api/api-client.js';
import { useCity } from '../../app/context.js';
import { useMessages } from '../../i18n/use-messages.js';
import { passwordMessages } from './password-messages.js';

/**
 * Asks for a reset link. The server answers the same for every address, so the screen shows
 * its answer and never says whether an account exists.
 */
export function ForgotPassword({ onBack }: { onBack(): void }) {
  const { api } = useCity();
  const t = useMessages(passwordMessages);
  const [email, setEmail] = useState('');
  const [error, setError] = useState<{ email?: string; form?: string }>({});
  const [sent, setSent] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setSent('');
    if (!email.trim()) {
      setError({ email: t('forgot.emailRequired') });
      return;
    }
    setError({});
    setBusy(true);
    try {
      const answer = await api.post<{ message: string }>('/api/auth/password-reset', {
        email: email.trim(),
      });
      setSent(answer.message);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      if (isApiError(e) && e.field === 'email') setError({ email: message });
      else setError({ form: message });
    } finally {
      setBusy(false);
    }
  };

  const summary: FormError[] = [
    ...(error.email ? [{ fieldId: 'forgot-email', message: error.email }] : []),
    ...(error.form ? [{ message: error.form }] : []),
  ];
  return (
    <>
      <PageHeading lead={t('forgot.lead')}>{t('forgot.title')}</PageHeading>
      <Form onSubmit={submit} errors={summary} aria-labelledby="page-title">
        <TextField
          id="forgot-email"
          name="email"
          type="email"
          autoComplete="username"
          label={t('forgot.email')}
          required
          value={email}
          error={error.email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <div>
          <Button type="submit" busy={busy}>
            {t('forgot.submit')}
          </Button>
        </div>
      </Form>
      <Status>{sent ? <Alert tone="success" live="off" title={sent} /> : null}</Status>
      <p>
        <Button variant="secondary" onClick={onBack}>
          {t('forgot.back')}
        </Button>
      </p>
    </>
  );
}

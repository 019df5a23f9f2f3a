import {
  Alert,
  Button,
  Form,
  type FormError,
  PageHeading,
  TextArea,
  TextField,
} from '@city-app/ui';
import { useEffect, useRef, useState } from 'react';
import { isApiError } from '../api/api-client.js';
import { useCity } from '../app/context.js';
import { feedbackMessages } from '../i18n/feedback-messages.js';
import { useMessages } from '../i18n/use-messages.js';
import { SHELL_PAGES } from '../router/match.js';
import { Link, useRouter } from '../router/router.js';

export const FEEDBACK_MAX_LENGTH = 5000;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type Field = 'message' | 'name' | 'email';
const FIELD_IDS: Record<Field, string> = {
  message: 'feedback-message',
  name: 'feedback-name',
  email: 'feedback-email',
};

export interface FeedbackInput {
  message: string;
  name: string;
  email: string;
}

/** Checks the form in the app, so every message is the town's own and translated. */
export function validateFeedback(input: FeedbackInput): Array<{ field: Field; key: string }> {
  const problems: Array<{ field: Field; key: string }> = [];
  const message = input.message.trim();
  if (!message) problems.push({ field: 'message', key: 'feedback.messageRequired' });
  else if (message.length > FEEDBACK_MAX_LENGTH)
    problems.push({ field: 'message', key: 'feedback.messageTooLong' });
  if (input.email.trim() && !EMAIL.test(input.email.trim()))
    problems.push({ field: 'email', key: 'feedback.emailInvalid' });
  return problems;
}

/** The feedback form (also the feedback mechanism the accessibility statement points to). */
export default function FeedbackPage() {
  const { api } = useCity();
  const t = useMessages(feedbackMessages);
  const { location, previousPath } = useRouter();
  const [input, setInput] = useState<FeedbackInput>({ message: '', name: '', email: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);
  const thanks = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (sent) thanks.current?.focus();
  }, [sent]);

  const page = new URLSearchParams(location.search).get('page') ?? previousPath ?? undefined;

  const submit = async () => {
    const problems = validateFeedback(input);
    setFormError(null);
    if (problems.length) {
      setErrors(
        Object.fromEntries(problems.map((p) => [p.field, t(p.key, { max: FEEDBACK_MAX_LENGTH })])),
      );
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await api.post('/api/feedback', {
        message: input.message.trim(),
        ...(input.name.trim() ? { name: input.name.trim() } : {}),
        ...(input.email.trim() ? { email: input.email.trim() } : {}),
        ...(page ? { page } : {}),
      });
      setSent(true);
      setInput({ message: '', name: '', email: '' });
    } catch (error) {
      if (isApiError(error) && error.field && error.field in FIELD_IDS)
        setErrors({ [error.field]: error.message });
      else if (isApiError(error) && error.status === 0) setFormError(t('error.network'));
      else
        setFormError(
          t('error.generic', { message: error instanceof Error ? error.message : String(error) }),
        );
    } finally {
      setBusy(false);
    }
  };

  const summary: FormError[] = [
    ...(Object.entries(errors) as Array<[Field, string]>).map(([field, message]) => ({
      fieldId: FIELD_IDS[field],
      message,
    })),
    ...(formError ? [{ message: formError }] : []),
  ];
  const optional = (label: string) => `${label} (${t('feedback.optional')})`;

  return (
    <>
      <PageHeading lead={t('feedback.lead')}>{t('feedback.title')}</PageHeading>
      {sent ? (
        <div ref={thanks} tabIndex={-1}>
          <Alert tone="success" title={t('feedback.sent')} />
          <Button variant="secondary" onClick={() => setSent(false)}>
            {t('feedback.another')}
          </Button>
        </div>
      ) : (
        <Form onSubmit={submit} errors={summary} aria-labelledby="page-title">
          <TextArea
            id={FIELD_IDS.message}
            name="message"
            label={t('feedback.message')}
            description={t('feedback.messageHint')}
            required
            rows={7}
            value={input.message}
            error={errors.message}
            onChange={(event) => setInput({ ...input, message: event.target.value })}
          />
          <TextField
            id={FIELD_IDS.name}
            name="name"
            label={optional(t('feedback.name'))}
            autoComplete="name"
            value={input.name}
            error={errors.name}
            onChange={(event) => setInput({ ...input, name: event.target.value })}
          />
          <TextField
            id={FIELD_IDS.email}
            name="email"
            type="email"
            label={optional(t('feedback.email'))}
            description={t('feedback.emailHint')}
            autoComplete="email"
            value={input.email}
            error={errors.email}
            onChange={(event) => setInput({ ...input, email: event.target.value })}
          />
          <p>
            <Link to={SHELL_PAGES.privacy}>{t('feedback.privacy')}</Link>
          </p>
          <div>
            <Button type="submit" busy={busy}>
              {t('feedback.submit')}
            </Button>
          </div>
        </Form>
      )}
    </>
  );
}

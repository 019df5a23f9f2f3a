import type { Translate } from '@city-app/core';
import {
  Alert,
  Button,
  Dialog,
  Form,
  type FormError,
  Select,
  Spinner,
  Status,
  TextArea,
} from '@city-app/ui';
import { useEffect, useRef, useState } from 'react';
import { errorText } from '../../admin/error-text.js';
import { isApiError } from '../../api/api-client.js';
import { useCity } from '../../app/context.js';
import { ANSWER_MAX, type Answer, type OpenedFeedback } from './types.js';

/** One feedback opened (the server marks it read): the message, its answers, answer, delete. */
export function FeedbackDetail({
  id,
  date,
  t,
  onClose,
}: {
  id: string;
  date(iso: string): string;
  t: Translate;
  onClose(message?: string): void;
}) {
  const { api, locale } = useCity();
  const [item, setItem] = useState<OpenedFeedback | null>(null);
  const [error, setError] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    api
      .get<OpenedFeedback>(`/api/feedback/${encodeURIComponent(id)}`)
      .then((opened) => {
        setItem(opened);
        // The screen changed in place: tell keyboard and screen reader users where they are.
        requestAnimationFrame(() => heading.current?.focus());
      })
      .catch((e: unknown) => setError(errorText(e, t)));
  }, [api, id, t]);

  const remove = async () => {
    setDeleting(true);
    try {
      await api.delete(`/api/feedback/${encodeURIComponent(id)}`);
      setConfirming(false);
      onClose(t('delete.done'));
    } catch (e) {
      setConfirming(false);
      setError(errorText(e, t));
    } finally {
      setDeleting(false);
    }
  };

  const back = (
    <p>
      <Button variant="link" onClick={() => onClose()}>
        {t('item.close')}
      </Button>
    </p>
  );
  if (!item)
    return error ? (
      <>
        <Alert tone="error" title={error} />
        {back}
      </>
    ) : (
      <Spinner />
    );

  return (
    <>
      {back}
      {error ? <Alert tone="error" title={error} /> : null}
      <section aria-labelledby="feedback-item" className="city-card">
        <h2 id="feedback-item" ref={heading} tabIndex={-1} className="city-card__title">
          {t('item.title', { date: date(item.createdAt) })}
        </h2>
        <dl>
          <dt>{t('item.from')}</dt>
          <dd>{item.name ?? t('inbox.anonymous')}</dd>
          <dt>{t('item.email')}</dt>
          <dd>{item.email ?? t('item.noEmail')}</dd>
          {item.page ? (
            <>
              <dt>{t('item.page')}</dt>
              <dd>{item.page}</dd>
            </>
          ) : null}
        </dl>
        <h3>{t('item.message')}</h3>
        {item.message.split('\n').map((line, i) => (
          // Lines of one message never move; their position is their identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <p key={i}>{line}</p>
        ))}
      </section>
      {item.answers.length ? (
        <section aria-labelledby="feedback-answers">
          <h2 id="feedback-answers">{t('item.answers')}</h2>
          <ul className="city-link-list">
            {item.answers.map((answer) => (
              <AnswerEntry key={answer.id} answer={answer} date={date} t={t} />
            ))}
          </ul>
        </section>
      ) : null}
      {item.email ? (
        <AnswerForm
          item={item}
          t={t}
          defaultLocale={locale}
          onAnswered={(answer) =>
            setItem({
              ...item,
              answers: [...item.answers, answer],
              answerCount: item.answerCount + 1,
            })
          }
        />
      ) : (
        <p>{t('answer.impossible')}</p>
      )}
      <p>
        <Button variant="danger" onClick={() => setConfirming(true)}>
          {t('delete.open')}
        </Button>
      </p>
      <Dialog
        open={confirming}
        title={t('delete.title')}
        onClose={() => setConfirming(false)}
        actions={
          <Button variant="danger" busy={deleting} onClick={() => void remove()}>
            {t('delete.confirm')}
          </Button>
        }
      >
        <p>{t('delete.text')}</p>
      </Dialog>
    </>
  );
}

function AnswerEntry({
  answer,
  date,
  t,
}: {
  answer: Answer;
  date(iso: string): string;
  t: Translate;
}) {
  return (
    <li className="city-card">
      <p className="city-card__title">
        {t('item.answeredBy', { name: answer.answeredBy, date: date(answer.answeredAt) })}
      </p>
      {answer.text.split('\n').map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the lines of a sent answer never move
        <p key={i}>{line}</p>
      ))}
    </li>
  );
}

function AnswerForm({
  item,
  t,
  defaultLocale,
  onAnswered,
}: {
  item: OpenedFeedback;
  t: Translate;
  defaultLocale: string;
  onAnswered(answer: Answer): void;
}) {
  const { api } = useCity();
  const [text, setText] = useState('');
  const [mailLocale, setMailLocale] = useState(defaultLocale === 'en' ? 'en' : 'de');
  const [problem, setProblem] = useState<{ text?: string; form?: string }>({});
  const [sent, setSent] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setSent('');
    const trimmed = text.trim();
    const local = !trimmed
      ? t('answer.required')
      : trimmed.length > ANSWER_MAX
        ? t('answer.tooLong', { max: ANSWER_MAX })
        : '';
    setProblem(local ? { text: local } : {});
    if (local) return;
    setBusy(true);
    try {
      const answer = await api.post<Answer>(
        `/api/feedback/${encodeURIComponent(item.id)}/answers`,
        {
          text: trimmed,
          locale: mailLocale,
        },
      );
      setText('');
      setSent(t('answer.sent', { email: item.email ?? '' }));
      onAnswered(answer);
    } catch (e) {
      setProblem(
        isApiError(e) && e.field === 'text'
          ? { text: t('error.generic', { message: e.message }) }
          : { form: errorText(e, t) },
      );
    } finally {
      setBusy(false);
    }
  };

  const summary: FormError[] = [
    ...(problem.text ? [{ fieldId: 'feedback-answer', message: problem.text }] : []),
    ...(problem.form ? [{ message: problem.form }] : []),
  ];
  return (
    <section aria-labelledby="feedback-answer-title">
      <h2 id="feedback-answer-title">{t('answer.title')}</h2>
      <Form onSubmit={submit} errors={summary} aria-labelledby="feedback-answer-title">
        <TextArea
          id="feedback-answer"
          label={t('answer.text')}
          description={t('answer.textHint', { email: item.email ?? '' })}
          required
          rows={6}
          value={text}
          error={problem.text}
          onChange={(event) => setText(event.target.value)}
        />
        <Select
          id="feedback-answer-locale"
          label={t('answer.language')}
          value={mailLocale}
          onChange={(event) => setMailLocale(event.target.value)}
          options={[
            { value: 'de', label: t('locale.de') },
            { value: 'en', label: t('locale.en') },
          ]}
        />
        <div>
          <Button type="submit" busy={busy}>
            {t('answer.send')}
          </Button>
        </div>
      </Form>
      <Status>{sent ? <Alert tone="success" live="off" title={sent} /> : null}</Status>
    </section>
  );
}

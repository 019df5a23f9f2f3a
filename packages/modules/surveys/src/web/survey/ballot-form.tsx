import { installationId } from '@city-app/notify/browser';
import { Alert, Button, Checkbox, Fieldset, Form, Radio, TextArea, TextField } from '@city-app/ui';
import { attemptKey, refusalOf, useAction } from '@city-app/web';
import { useRef, useState } from 'react';
import type { CastResult } from '../../api/ballot.js';
import type { PublicSurvey } from '../../api/survey.js';
import type { SurveysContext } from '../parts/use-surveys.js';
import { paths } from '../paths.js';
import { rememberVote, votedHere } from './voted-here.js';

type Choices = Record<string, string[]>;

/**
 * The vote: an answer per question (radio buttons or checkboxes), own words where the town
 * asks for them, and the e-mail address in a binding poll. Sent once per device.
 */
export function BallotForm({
  survey,
  surveys,
  onVoted,
}: {
  survey: PublicSurvey;
  surveys: SurveysContext;
  onVoted(): void;
}) {
  const { t, locale, api, options, when } = surveys;
  const binding = survey.binding || options.confirmByEmail === 'always';
  const [choices, setChoices] = useState<Choices>({});
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [email, setEmail] = useState('');
  const [checked, setChecked] = useState<Record<string, string>>({});
  const [result, setResult] = useState<CastResult | null>(null);
  const key = useRef(attemptKey());
  const fields = survey.questions.map((_, i) => `answers.${i}`).concat('email');
  const action = useAction(surveys, fields);
  const fieldId = (i: number) => `surveys-q${i}-0`;
  const errorOf = (i: number) => checked[`answers.${i}`] ?? action.errors[`answers.${i}`];

  if (!result && votedHere(survey.id)) {
    return (
      <Alert tone="info">
        <p>{t('surveys.ballot.votedHere')}</p>
      </Alert>
    );
  }

  if (result) {
    return (
      <Alert tone="success">
        <p>
          {result.status === 'counted'
            ? t('surveys.ballot.counted')
            : t('surveys.ballot.confirm', { email: result.email, date: when(result.expiresAt) })}
        </p>
      </Alert>
    );
  }

  const submit = async () => {
    const found: Record<string, string> = {};
    survey.questions.forEach((q, i) => {
      if (!choices[q.id]?.length && !texts[q.id]?.trim())
        found[`answers.${i}`] = t('surveys.ballot.choose');
    });
    if (binding && !email.trim()) found.email = t('surveys.ballot.emailMissing');
    setChecked(found);
    if (Object.keys(found).length) return;
    const body = {
      installationId: installationId(),
      answers: survey.questions.map((q) => ({
        question: q.id,
        choices: choices[q.id] ?? [],
        ...(texts[q.id]?.trim() ? { text: texts[q.id]?.trim() } : {}),
      })),
      ...(binding ? { email: email.trim() } : {}),
      language: locale,
    };
    const sent = await action.run(
      'vote',
      () =>
        api
          .post<CastResult>(paths.ballotsApi(survey.id), body, {
            headers: { 'Idempotency-Key': key.current },
          })
          .catch((error: unknown) => {
            // The server knows better: this device voted (perhaps before the app was reinstalled).
            if (refusalOf(error)?.code === 'surveys_already_voted') rememberVote(survey.id);
            throw error;
          }),
      () => '',
    );
    // A refused or lost attempt keeps its key: nothing refused was stored, and a lost one counts once.
    if (sent) {
      rememberVote(survey.id);
      setResult(sent);
      if (sent.status === 'counted') onVoted();
    }
  };

  const errors = [
    ...survey.questions.flatMap((_, i) => {
      const message = errorOf(i);
      return message ? [{ fieldId: fieldId(i), message }] : [];
    }),
    ...((checked.email ?? action.errors.email)
      ? [{ fieldId: 'surveys-email', message: (checked.email ?? action.errors.email) as string }]
      : []),
  ];

  return (
    <section aria-labelledby="surveys-ballot-heading">
      <h2 id="surveys-ballot-heading">{t('surveys.ballot.title')}</h2>
      <p>{t('surveys.ballot.anonymous')}</p>
      {action.failure ? (
        <Alert tone="error">
          <p>{action.failure}</p>
        </Alert>
      ) : null}
      <Form errors={errors} errorTitle={t('surveys.ballot.errors')} onSubmit={submit}>
        {survey.questions.map((question, i) => {
          const chosen = choices[question.id] ?? [];
          const error = errorOf(i);
          return (
            <Fieldset
              key={question.id}
              legend={question.text[locale]}
              description={t(
                question.kind === 'single' ? 'surveys.ballot.single' : 'surveys.ballot.multiple',
              )}
            >
              {error ? (
                <p className="city-field__error" id={`surveys-q${i}-error`}>
                  {error}
                </p>
              ) : null}
              {question.options.map((option, j) => {
                const props = {
                  id: `surveys-q${i}-${j}`,
                  label: option.text[locale],
                  name: `surveys-q${i}`,
                  checked: chosen.includes(option.id),
                  ...(error ? { 'aria-describedby': `surveys-q${i}-error` } : {}),
                };
                return question.kind === 'single' ? (
                  <Radio
                    key={option.id}
                    {...props}
                    onChange={() => setChoices((c) => ({ ...c, [question.id]: [option.id] }))}
                  />
                ) : (
                  <Checkbox
                    key={option.id}
                    {...props}
                    onChange={(e) => {
                      const on = e.currentTarget.checked;
                      setChoices((c) => {
                        const now = (c[question.id] ?? []).filter((o) => o !== option.id);
                        return { ...c, [question.id]: on ? [...now, option.id] : now };
                      });
                    }}
                  />
                );
              })}
              {question.freeText ? (
                <TextArea
                  id={`surveys-q${i}-text`}
                  label={t('surveys.ballot.ownWords')}
                  rows={3}
                  maxLength={500}
                  value={texts[question.id] ?? ''}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    setTexts((s) => ({ ...s, [question.id]: value }));
                  }}
                />
              ) : null}
            </Fieldset>
          );
        })}
        {binding ? (
          <TextField
            id="surveys-email"
            type="email"
            autoComplete="email"
            label={t('surveys.ballot.email')}
            description={t('surveys.ballot.emailHint')}
            required
            maxLength={254}
            value={email}
            error={checked.email ?? action.errors.email}
            onChange={(e) => setEmail(e.currentTarget.value)}
          />
        ) : null}
        <Button type="submit" busy={action.busy === 'vote'}>
          {t('surveys.ballot.send')}
        </Button>
      </Form>
    </section>
  );
}

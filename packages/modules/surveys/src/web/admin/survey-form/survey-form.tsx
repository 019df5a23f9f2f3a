import { Button, Checkbox, Fieldset, Form, Radio, TextArea, TextField } from '@city-app/ui';
import { useState } from 'react';
import type { StaffSurvey, SurveyInput } from '../../../api/survey-input.js';
import type { Staff } from '../staff.js';
import {
  checkDraft,
  controlId,
  type Draft,
  draftOf,
  emptyQuestion,
  fieldsOf,
  inputOf,
} from './draft.js';
import { QuestionFields } from './question-fields.js';

export { fieldsOf };

/**
 * A survey's texts in German and English, its period, how results are shown, whether it is
 * binding and takes comments, and its questions. Used for a new survey and to change one.
 */
export function SurveyForm({
  staff,
  survey,
  serverErrors,
  busy,
  submitLabel,
  onSubmit,
}: {
  staff: Staff;
  survey: StaffSurvey | null;
  serverErrors: Record<string, string>;
  busy: boolean;
  submitLabel: string;
  onSubmit(input: SurveyInput): void;
}) {
  const { t } = staff;
  const [draft, setDraft] = useState<Draft>(() => draftOf(survey));
  const [checked, setChecked] = useState<Record<string, string>>({});
  const shown: Record<string, string | undefined> = { ...serverErrors, ...checked };
  const change = (next: Partial<Draft>) => setDraft((d) => ({ ...d, ...next }));

  const both = (path: 'title' | 'intro', label: string, long = false) => (
    <Fieldset legend={t(label)}>
      {(['de', 'en'] as const).map((lang) => {
        const props = {
          id: controlId(`${path}.${lang}`),
          label: t(lang === 'de' ? 'surveys.staff.form.german' : 'surveys.staff.form.english'),
          value: draft[path][lang],
          error: shown[`${path}.${lang}`],
          required: path === 'title',
          onChange: (e: { currentTarget: { value: string } }) => {
            const value = e.currentTarget.value;
            setDraft((d) => ({ ...d, [path]: { ...d[path], [lang]: value } }));
          },
        };
        return long ? (
          <TextArea key={lang} rows={3} maxLength={2000} {...props} />
        ) : (
          <TextField key={lang} maxLength={150} {...props} />
        );
      })}
    </Fieldset>
  );

  return (
    <Form
      errors={fieldsOf(draft)
        .filter((f) => shown[f])
        .map((f) => ({ fieldId: controlId(f), message: shown[f] as string }))}
      errorTitle={t('surveys.staff.form.errors')}
      onSubmit={() => {
        const found = checkDraft(draft, t);
        setChecked(found);
        if (!Object.keys(found).length) onSubmit(inputOf(draft));
      }}
    >
      {both('title', 'surveys.staff.form.title')}
      {both('intro', 'surveys.staff.form.intro', true)}
      <Fieldset legend={t('surveys.staff.form.period')}>
        {(['opensAt', 'closesAt'] as const).map((field) => (
          <TextField
            key={field}
            id={controlId(field)}
            type="datetime-local"
            label={t(`surveys.staff.form.${field}`)}
            required
            value={draft[field]}
            error={shown[field]}
            onChange={(e) => change({ [field]: e.currentTarget.value })}
          />
        ))}
      </Fieldset>
      <Fieldset legend={t('surveys.staff.form.results')}>
        {(['live', 'after-close'] as const).map((value) => (
          <Radio
            key={value}
            id={`surveys-f-results-${value}`}
            name="surveys-f-results"
            label={t(
              value === 'live' ? 'surveys.staff.form.live' : 'surveys.staff.form.afterClose',
            )}
            checked={draft.results === value}
            onChange={() => change({ results: value })}
          />
        ))}
      </Fieldset>
      <Checkbox
        id="surveys-f-binding"
        label={t('surveys.staff.form.binding')}
        checked={draft.binding}
        onChange={(e) => change({ binding: e.currentTarget.checked })}
      />
      <Checkbox
        id="surveys-f-comments"
        label={t('surveys.staff.form.comments')}
        checked={draft.comments}
        onChange={(e) => change({ comments: e.currentTarget.checked })}
      />
      {draft.questions.map((question, i) => (
        <QuestionFields
          // biome-ignore lint/suspicious/noArrayIndexKey: questions have no id before saving
          key={i}
          staff={staff}
          index={i}
          question={question}
          errors={shown}
          canRemove={draft.questions.length > 1}
          onChange={(next) =>
            setDraft((d) => ({ ...d, questions: d.questions.map((q, k) => (k === i ? next : q)) }))
          }
          onRemove={() =>
            setDraft((d) => ({ ...d, questions: d.questions.filter((_, k) => k !== i) }))
          }
        />
      ))}
      <p>
        <Button
          variant="secondary"
          disabled={draft.questions.length >= 30}
          onClick={() => setDraft((d) => ({ ...d, questions: [...d.questions, emptyQuestion()] }))}
        >
          {t('surveys.staff.form.addQuestion')}
        </Button>
      </p>
      <Button type="submit" busy={busy}>
        {submitLabel}
      </Button>
    </Form>
  );
}

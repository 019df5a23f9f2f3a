import { Button, Checkbox, Fieldset, Radio, TextField } from '@city-app/ui';
import type { Staff } from '../staff.js';
import { controlId, type Draft } from './draft.js';

type Question = Draft['questions'][number];

/** One question in the editor: its kind, its text in both languages and its answers. */
export function QuestionFields({
  staff,
  index,
  question,
  errors,
  canRemove,
  onChange,
  onRemove,
}: {
  staff: Staff;
  index: number;
  question: Question;
  errors: Record<string, string | undefined>;
  canRemove: boolean;
  onChange(next: Question): void;
  onRemove(): void;
}) {
  const { t } = staff;
  const n = index + 1;
  const path = `questions.${index}`;
  const language = (lang: 'de' | 'en') =>
    t(lang === 'de' ? 'surveys.staff.form.german' : 'surveys.staff.form.english');
  return (
    <Fieldset legend={t('surveys.staff.form.question', { n })} className="surveys-admin__question">
      {(['de', 'en'] as const).map((lang) => (
        <TextField
          key={lang}
          id={controlId(`${path}.text.${lang}`)}
          label={language(lang)}
          required
          maxLength={300}
          value={question.text[lang]}
          error={errors[`${path}.text.${lang}`]}
          onChange={(e) =>
            onChange({ ...question, text: { ...question.text, [lang]: e.currentTarget.value } })
          }
        />
      ))}
      <Fieldset legend={t('surveys.staff.form.kind')}>
        {(['single', 'multiple'] as const).map((kind) => (
          <Radio
            key={kind}
            id={`surveys-f-${index}-${kind}`}
            name={`surveys-f-${index}-kind`}
            label={t(`surveys.staff.form.${kind}`)}
            checked={question.kind === kind}
            onChange={() => onChange({ ...question, kind })}
          />
        ))}
      </Fieldset>
      {question.options.map((option, j) => (
        <Fieldset
          // biome-ignore lint/suspicious/noArrayIndexKey: answers have no id before saving
          key={j}
          legend={t('surveys.staff.form.option', { n: j + 1 })}
        >
          {(['de', 'en'] as const).map((lang) => (
            <TextField
              key={lang}
              id={controlId(`${path}.options.${j}.text.${lang}`)}
              label={language(lang)}
              required
              maxLength={200}
              value={option[lang]}
              error={errors[`${path}.options.${j}.text.${lang}`]}
              onChange={(e) => {
                const value = e.currentTarget.value;
                onChange({
                  ...question,
                  options: question.options.map((o, k) => (k === j ? { ...o, [lang]: value } : o)),
                });
              }}
            />
          ))}
          {question.options.length > 2 ? (
            <Button
              variant="secondary"
              onClick={() =>
                onChange({ ...question, options: question.options.filter((_, k) => k !== j) })
              }
            >
              {t('surveys.staff.form.removeOption', { option: j + 1, n })}
            </Button>
          ) : null}
        </Fieldset>
      ))}
      <p>
        <Button
          variant="secondary"
          disabled={question.options.length >= 20}
          onClick={() =>
            onChange({ ...question, options: [...question.options, { de: '', en: '' }] })
          }
        >
          {t('surveys.staff.form.addOption', { n })}
        </Button>
      </p>
      <Checkbox
        id={`surveys-f-${index}-freeText`}
        label={t('surveys.staff.form.freeText')}
        checked={question.freeText}
        onChange={(e) => onChange({ ...question, freeText: e.currentTarget.checked })}
      />
      {canRemove ? (
        <Button variant="danger" onClick={onRemove}>
          {t('surveys.staff.form.removeQuestion', { n })}
        </Button>
      ) : null}
    </Fieldset>
  );
}

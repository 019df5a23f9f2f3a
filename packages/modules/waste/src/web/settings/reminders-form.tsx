import type { Locale, Translate } from '@city-app/core';
import { Checkbox, Fieldset, TextField } from '@city-app/ui';
import { TypeLabel, type TypeView } from '../parts/type-label.js';
import { type TypeChoice, timeFieldId } from './follow-form.js';

/** Per waste type: the evening before and/or the morning, each with its time. */
export function ReminderChoices({
  types,
  choices,
  invalid,
  onChange,
  locale,
  t,
}: {
  types: readonly TypeView[];
  choices: readonly TypeChoice[];
  invalid: readonly string[];
  onChange(next: TypeChoice): void;
  locale: Locale;
  t: Translate;
}) {
  return (
    <>
      {choices.map((choice) => {
        const type = types.find((x) => x.id === choice.typeId);
        if (!type) return null;
        const when = (part: 'evening' | 'morning') => {
          const id = timeFieldId(choice.typeId, part);
          const on = choice[part];
          return (
            <div key={part}>
              <Checkbox
                id={`${id}-on`}
                label={t(`waste.settings.${part}`)}
                checked={on}
                onChange={(e) => onChange({ ...choice, [part]: e.currentTarget.checked })}
              />
              {on ? (
                <TextField
                  id={id}
                  type="time"
                  label={t(`waste.settings.${part}Time`)}
                  value={choice[`${part}Time`]}
                  error={invalid.includes(id) ? t('waste.settings.badTime') : null}
                  onChange={(e) => onChange({ ...choice, [`${part}Time`]: e.currentTarget.value })}
                />
              ) : null}
            </div>
          );
        };
        return (
          <Fieldset key={choice.typeId} legend={<TypeLabel type={type} locale={locale} />}>
            {when('evening')}
            {when('morning')}
          </Fieldset>
        );
      })}
    </>
  );
}

import { Checkbox, Fieldset, Radio, Select, TextField } from '@city-app/ui';
import type { Localized } from '../../../api/localized.js';
import { WEEKDAYS, type Weekday } from '../../../series/repeat.js';
import type { Staff } from '../staff.js';
import { fieldId } from './form-state.js';
import { GroupError } from './group-error.js';
import type { MonthlyBy, RepeatChoice, RepeatState, SeriesEnd } from './repeat-state.js';
import { WEEKS } from './repeat-state.js';

const CHOICES: RepeatChoice[] = ['none', 'daily', 'weekly', 'monthly'];
/** What an organiser may choose: one date, or every week on some weekdays. */
const WEEKLY_ONLY: RepeatChoice[] = ['none', 'weekly'];
const ENDS: SeriesEnd[] = ['never', 'until', 'count'];

/**
 * "Wiederholen": none, every n days, weekly on some weekdays, monthly on a day or on "the 2nd
 * Saturday", ending on a day or after a number of dates. An imported rule the form cannot
 * show is read out with a note and kept unless another choice is made.
 */
export function RepeatFields({
  staff,
  state,
  imported,
  errors,
  onChange,
  weeklyOnly = false,
}: {
  staff: Pick<Staff, 't' | 'locale'>;
  state: RepeatState;
  /** The words and RRULE of an imported rule, when the form cannot show it. */
  imported: { rrule: string; words: Localized | null } | null;
  errors: Record<string, string | undefined>;
  onChange(state: RepeatState): void;
  /** Only "none" and "weekly", every week (an organiser's submission). */
  weeklyOnly?: boolean;
}) {
  const { t, locale } = staff;
  const set = (change: Partial<RepeatState>) => onChange({ ...state, ...change });
  const offered = weeklyOnly ? WEEKLY_ONLY : CHOICES;
  const choices: RepeatChoice[] = imported ? ['keep', ...offered] : offered;
  const id = fieldId('repeat');
  const weekdayName = (d: Weekday) => t(`events.staff.repeat.weekday.${d}`);
  const series = state.choice !== 'none' && state.choice !== 'keep';

  return (
    <>
      <Fieldset legend={t('events.staff.repeat.legend')}>
        <GroupError id={id} error={errors.repeat} />
        {imported ? (
          <div className="events-admin__imported">
            <p>
              <strong>{t('events.staff.repeat.imported')}:</strong>{' '}
              {imported.words ? (imported.words[locale] ?? imported.words.de) : null}{' '}
              <code>{imported.rrule}</code>
            </p>
            <p>{t('events.staff.repeat.importedNote')}</p>
          </div>
        ) : null}
        {choices.map((choice, i) => (
          <Radio
            key={choice}
            id={i === 0 ? id : `${id}-${choice}`}
            name={id}
            value={choice}
            checked={state.choice === choice}
            onChange={() => set({ choice })}
            aria-describedby={i === 0 && errors.repeat ? `${id}-error` : undefined}
            label={t(
              choice === 'keep'
                ? 'events.staff.repeat.importedKeep'
                : `events.staff.repeat.${choice}`,
            )}
          />
        ))}
      </Fieldset>
      {series && !weeklyOnly ? (
        <TextField
          id={fieldId('repeat.interval')}
          inputMode="numeric"
          maxLength={3}
          className="events-admin__narrow"
          label={t(`events.staff.repeat.interval.${state.choice}`)}
          value={state.interval}
          onChange={(e) => set({ interval: e.currentTarget.value })}
          error={errors['repeat.interval']}
        />
      ) : null}
      {state.choice === 'weekly' ? (
        <Fieldset legend={t('events.staff.repeat.weekdays')}>
          <GroupError id={fieldId('repeat.weekdays')} error={errors['repeat.weekdays']} />
          {WEEKDAYS.map((d, i) => (
            <Checkbox
              key={d}
              id={i === 0 ? fieldId('repeat.weekdays') : `${fieldId('repeat.weekdays')}-${d}`}
              label={weekdayName(d)}
              checked={state.weekdays.includes(d)}
              aria-describedby={
                i === 0 && errors['repeat.weekdays']
                  ? `${fieldId('repeat.weekdays')}-error`
                  : undefined
              }
              onChange={(e) =>
                set({
                  weekdays: e.currentTarget.checked
                    ? [...state.weekdays, d]
                    : state.weekdays.filter((w) => w !== d),
                })
              }
            />
          ))}
        </Fieldset>
      ) : null}
      {state.choice === 'monthly' ? (
        <MonthlyFields staff={staff} state={state} errors={errors} set={set} />
      ) : null}
      {series ? (
        <Fieldset legend={t('events.staff.repeat.end')}>
          {ENDS.map((end, i) => (
            <Radio
              key={end}
              id={i === 0 ? fieldId('repeat.end') : `${fieldId('repeat.end')}-${end}`}
              name={fieldId('repeat.end')}
              value={end}
              checked={state.end === end}
              onChange={() => set({ end })}
              label={t(`events.staff.repeat.end.${end}`)}
            />
          ))}
          {state.end === 'until' ? (
            <TextField
              id={fieldId('repeat.until')}
              type="date"
              required
              label={t('events.staff.repeat.until')}
              value={state.until}
              onChange={(e) => set({ until: e.currentTarget.value })}
              error={errors['repeat.until']}
            />
          ) : null}
          {state.end === 'count' ? (
            <TextField
              id={fieldId('repeat.count')}
              inputMode="numeric"
              maxLength={4}
              required
              className="events-admin__narrow"
              label={t('events.staff.repeat.count')}
              value={state.count}
              onChange={(e) => set({ count: e.currentTarget.value })}
              error={errors['repeat.count']}
            />
          ) : null}
        </Fieldset>
      ) : null}
    </>
  );
}

/** Monthly: on a day of the month, or on the first…fourth or last weekday of it. */
function MonthlyFields({
  staff,
  state,
  errors,
  set,
}: {
  staff: Pick<Staff, 't'>;
  state: RepeatState;
  errors: Record<string, string | undefined>;
  set(change: Partial<RepeatState>): void;
}) {
  const { t } = staff;
  const by: MonthlyBy[] = ['monthDay', 'weekday'];
  return (
    <Fieldset legend={t('events.staff.repeat.monthlyBy')}>
      {by.map((b, i) => (
        <Radio
          key={b}
          id={i === 0 ? fieldId('repeat.monthlyBy') : `${fieldId('repeat.monthlyBy')}-${b}`}
          name={fieldId('repeat.monthlyBy')}
          value={b}
          checked={state.monthlyBy === b}
          onChange={() => set({ monthlyBy: b })}
          label={t(
            b === 'monthDay' ? 'events.staff.repeat.byMonthDay' : 'events.staff.repeat.byWeekday',
          )}
        />
      ))}
      {state.monthlyBy === 'monthDay' ? (
        <TextField
          id={fieldId('repeat.monthDay')}
          inputMode="numeric"
          maxLength={2}
          className="events-admin__narrow"
          label={t('events.staff.repeat.monthDay')}
          description={t('events.staff.repeat.monthDayHint')}
          value={state.monthDay}
          onChange={(e) => set({ monthDay: e.currentTarget.value })}
          error={errors['repeat.monthDay']}
        />
      ) : (
        <>
          <Select
            id={fieldId('repeat.week')}
            label={t('events.staff.repeat.week')}
            value={state.week}
            onChange={(e) => set({ week: e.currentTarget.value as RepeatState['week'] })}
            options={WEEKS.map((w) => ({ value: w, label: t(`events.staff.repeat.week.${w}`) }))}
            error={errors['repeat.week']}
          />
          <Select
            id={fieldId('repeat.weekday')}
            label={t('events.staff.repeat.weekday')}
            value={state.weekday}
            onChange={(e) => set({ weekday: e.currentTarget.value as Weekday })}
            options={WEEKDAYS.map((d) => ({
              value: d,
              label: t(`events.staff.repeat.weekday.${d}`),
            }))}
            error={errors['repeat.weekday']}
          />
        </>
      )}
    </Fieldset>
  );
}

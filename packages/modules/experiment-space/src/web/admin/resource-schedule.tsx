import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Form,
  type FormError,
  Select,
  Status,
  TextField,
} from '@city-app/ui';
import { useAction } from '@city-app/web';
import { useState } from 'react';
import type { Rules, StaffResource, WeeklyHours } from '../../api.js';
import { formatDate, isLocalDate } from '../format.js';
import type { Space } from '../use-space.js';

interface EditorProps {
  resource: StaffResource;
  space: Space;
  onSaved(resource: StaffResource): void;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

/** The weekly bookable hours: one row per interval, several a day allowed. */
export function OpeningHoursEditor({ resource, space, onSaved }: EditorProps) {
  const { t } = space;
  const [rows, setRows] = useState<WeeklyHours[]>(() =>
    resource.openingHours.map((h) => ({ ...h })),
  );
  const [invalid, setInvalid] = useState<number | null>(null);
  const action = useAction(space);
  const update = (index: number, change: Partial<WeeklyHours>) =>
    setRows((current) => current.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const rowError = t('admin.hours.error');
  const errors: FormError[] = [
    ...(invalid !== null
      ? [{ fieldId: `experiment-space-hours-${invalid}-opens`, message: rowError }]
      : []),
    ...(action.failure ? [{ message: action.failure }] : []),
  ];

  async function save() {
    const bad = rows.findIndex(
      (row) => !TIME.test(row.opens) || !TIME.test(row.closes) || row.closes <= row.opens,
    );
    setInvalid(bad < 0 ? null : bad);
    if (bad >= 0) return;
    const saved = await action.run(
      'hours',
      () =>
        space.api.put<StaffResource>(
          `/staff/resources/${encodeURIComponent(resource.id)}/opening-hours`,
          rows,
        ),
      () => t('admin.saved'),
    );
    if (saved) onSaved(saved);
  }

  return (
    <section aria-labelledby="experiment-space-hours">
      <h2 id="experiment-space-hours">{t('facts.openingHours')}</h2>
      <Status>{action.announcement}</Status>
      <Form errors={errors} errorTitle={t('form.errorSummary')} onSubmit={save}>
        {rows.length ? null : <p>{t('admin.hours.none')}</p>}
        {rows.map((row, index) => {
          const rowLabel = t('admin.hours.row', { n: index + 1 });
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place and have no id
            <Fieldset key={index} legend={rowLabel}>
              <Select
                label={t('admin.hours.weekday')}
                value={String(row.weekday)}
                onChange={(event) => update(index, { weekday: Number(event.currentTarget.value) })}
                options={WEEKDAYS.map((d) => ({ value: String(d), label: t(`weekday.${d}`) }))}
              />
              <TextField
                id={`experiment-space-hours-${index}-opens`}
                type="time"
                label={t('admin.hours.opens')}
                value={row.opens}
                error={invalid === index ? rowError : null}
                onChange={(event) => update(index, { opens: event.currentTarget.value })}
              />
              <TextField
                type="time"
                label={t('admin.hours.closes')}
                value={row.closes}
                onChange={(event) => update(index, { closes: event.currentTarget.value })}
              />
              <Button
                variant="secondary"
                onClick={() => setRows((current) => current.filter((_, i) => i !== index))}
              >
                {t('admin.hours.remove')}
                <span className="city-visually-hidden">{`: ${rowLabel}`}</span>
              </Button>
            </Fieldset>
          );
        })}
        <p>
          <Button
            variant="secondary"
            onClick={() =>
              setRows((current) => [...current, { weekday: 2, opens: '10:00', closes: '18:00' }])
            }
          >
            {t('admin.hours.add')}
          </Button>
        </p>
        <Button type="submit" busy={action.busy === 'hours'}>
          {t('admin.hours.save')}
        </Button>
      </Form>
    </section>
  );
}

/** Days that differ: closed (a holiday) or with other hours. */
export function ExceptionsEditor({ resource, space, onSaved }: EditorProps) {
  const { t, locale } = space;
  const [date, setDate] = useState('');
  const [closed, setClosed] = useState(true);
  const [opens, setOpens] = useState('10:00');
  const [closes, setCloses] = useState('14:00');
  const [note, setNote] = useState('');
  const action = useAction(space, ['date', 'intervals', 'note']);
  const [local, setLocal] = useState<string | null>(null);
  const dateError = local ?? action.errors.date ?? action.errors.intervals ?? null;
  const errors: FormError[] = [
    ...(dateError ? [{ fieldId: 'experiment-space-exception-date', message: dateError }] : []),
    ...(action.failure ? [{ message: action.failure }] : []),
  ];
  const base = `/staff/resources/${encodeURIComponent(resource.id)}/exceptions`;

  async function add() {
    if (!isLocalDate(date)) {
      setLocal(t('admin.exceptions.error.date'));
      return;
    }
    if (!closed && (!TIME.test(opens) || !TIME.test(closes) || closes <= opens)) {
      setLocal(t('admin.hours.error'));
      return;
    }
    setLocal(null);
    const saved = await action.run(
      'add',
      () =>
        space.api.put<StaffResource>(`${base}/${date}`, {
          closed,
          ...(closed ? {} : { intervals: [{ opens, closes }] }),
          ...(note.trim() ? { note: note.trim() } : {}),
        }),
      () => t('admin.saved'),
    );
    if (saved) {
      onSaved(saved);
      setDate('');
      setNote('');
    }
  }

  return (
    <section aria-labelledby="experiment-space-exceptions">
      <h2 id="experiment-space-exceptions">{t('admin.exceptions.title')}</h2>
      <Status>{action.announcement}</Status>
      {resource.exceptions.length ? (
        <ul className="city-stack-list">
          {resource.exceptions.map((exception) => {
            const day = formatDate(exception.date, locale);
            return (
              <li key={exception.date}>
                <p>
                  <strong>{day}</strong>:{' '}
                  {exception.closed
                    ? t('admin.exceptions.closed')
                    : (exception.intervals ?? [])
                        .map((i) => t('facts.interval', { opens: i.opens, closes: i.closes }))
                        .join(', ')}
                  {exception.note ? ` (${exception.note})` : ''}
                </p>
                <Button
                  variant="secondary"
                  busy={action.busy === exception.date}
                  onClick={async () => {
                    const saved = await action.run(
                      exception.date,
                      () => space.api.delete<StaffResource>(`${base}/${exception.date}`),
                      () => t('admin.exceptions.removed', { day }),
                    );
                    if (saved) onSaved(saved);
                  }}
                >
                  {t('admin.exceptions.remove')}
                  <span className="city-visually-hidden">{`: ${day}`}</span>
                </Button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p>{t('admin.exceptions.none')}</p>
      )}
      <Form errors={errors} errorTitle={t('form.errorSummary')} onSubmit={add}>
        <Fieldset legend={t('admin.exceptions.add')}>
          <TextField
            id="experiment-space-exception-date"
            type="date"
            label={t('slots.date')}
            value={date}
            error={dateError}
            required
            onChange={(event) => setDate(event.currentTarget.value)}
          />
          <Checkbox
            label={t('admin.exceptions.closedAllDay')}
            checked={closed}
            onChange={(event) => setClosed(event.currentTarget.checked)}
          />
          {closed ? null : (
            <>
              <TextField
                type="time"
                label={t('admin.hours.opens')}
                value={opens}
                onChange={(event) => setOpens(event.currentTarget.value)}
              />
              <TextField
                type="time"
                label={t('admin.hours.closes')}
                value={closes}
                onChange={(event) => setCloses(event.currentTarget.value)}
              />
            </>
          )}
          <TextField
            label={t('admin.exceptions.note')}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
          />
        </Fieldset>
        <Button type="submit" busy={action.busy === 'add'}>
          {t('admin.exceptions.save')}
        </Button>
      </Form>
    </section>
  );
}

const RULE_FIELDS = [
  'granularityMinutes',
  'minDurationMinutes',
  'maxDurationMinutes',
  'bufferAfterMinutes',
  'minNoticeMinutes',
  'maxHorizonDays',
  'cancellationDeadlineMinutes',
  'waitlistOfferMinutes',
] as const;
type RuleField = (typeof RULE_FIELDS)[number];

/** The booking rules of this resource, as numbers; quotas and group rules stay as they are. */
export function RulesEditor({ resource, space, onSaved }: EditorProps) {
  const { t } = space;
  const [values, setValues] = useState<Record<RuleField, string>>(
    () =>
      Object.fromEntries(RULE_FIELDS.map((f) => [f, String(resource.rules[f])])) as Record<
        RuleField,
        string
      >,
  );
  const action = useAction(
    space,
    RULE_FIELDS.map((f) => `rules.${f}`),
  );
  const [local, setLocal] = useState<Partial<Record<RuleField, string>>>({});
  const serverErrors = Object.fromEntries(
    Object.entries(action.errors).map(([k, v]) => [k.replace(/^rules\./, ''), v]),
  ) as Partial<Record<RuleField, string>>;
  const errors = { ...local, ...serverErrors };
  const id = (field: RuleField) => `experiment-space-rule-${field}`;
  const summary: FormError[] = [
    ...RULE_FIELDS.filter((f) => errors[f]).map((f) => ({
      fieldId: id(f),
      message: errors[f] as string,
    })),
    ...(action.failure ? [{ message: action.failure }] : []),
  ];

  async function save() {
    const found: Partial<Record<RuleField, string>> = {};
    const rules: Partial<Rules> = {};
    for (const field of RULE_FIELDS) {
      const n = Number(values[field]);
      if (values[field].trim() === '' || !Number.isInteger(n) || n < 0)
        found[field] = t('admin.rules.error', { label: t(`admin.rules.${field}`) });
      else rules[field] = n;
    }
    setLocal(found);
    if (Object.keys(found).length) return;
    const saved = await action.run(
      'rules',
      () =>
        space.api.put<StaffResource>(`/staff/resources/${encodeURIComponent(resource.id)}/rules`, {
          rules: { ...rules, quotas: resource.rules.quotas },
          groupRules: resource.groupRules,
        }),
      () => t('admin.saved'),
    );
    if (saved) onSaved(saved);
  }

  return (
    <section aria-labelledby="experiment-space-rules">
      <h2 id="experiment-space-rules">{t('admin.rules.title')}</h2>
      <Status>{action.announcement}</Status>
      {resource.rules.quotas.length ? (
        <Alert tone="info" live="off">
          {t('admin.rules.quotas', {
            quotas: resource.rules.quotas.map((q) => quotaText(q, t)).join('; '),
          })}
        </Alert>
      ) : null}
      <Form errors={summary} errorTitle={t('form.errorSummary')} onSubmit={save}>
        {RULE_FIELDS.map((field) => (
          <TextField
            key={field}
            id={id(field)}
            type="number"
            inputMode="numeric"
            min={0}
            label={t(`admin.rules.${field}`)}
            value={values[field]}
            error={errors[field] ?? null}
            onChange={(event) => setValues({ ...values, [field]: event.currentTarget.value })}
          />
        ))}
        <Button type="submit" busy={action.busy === 'rules'}>
          {t('admin.rules.save')}
        </Button>
      </Form>
    </section>
  );
}

function quotaText(quota: Rules['quotas'][number], t: Space['t']): string {
  const limits = [
    quota.maxCount !== undefined ? t('admin.rules.maxCount', { n: quota.maxCount }) : '',
    quota.maxHours !== undefined ? t('admin.rules.maxHours', { n: quota.maxHours }) : '',
  ].filter(Boolean);
  return `${limits.join(', ')} / ${t(`period.${quota.period}`)}`;
}

import {
  Alert,
  Button,
  Fieldset,
  Form,
  type FormError,
  Select,
  TextArea,
  TextField,
} from '@city-app/ui';
import type { ReactNode } from 'react';
import type { BookerGroup, FreeTime } from '../../api.js';
import { formatRange } from '../format.js';
import type { Space } from '../space.js';
import {
  BOOKER_FIELDS,
  type BookerErrors,
  type BookerField,
  type BookerValues,
  bookerFieldId,
} from './booker-state.js';
import { type PushOptIn, PushOptInField } from './push-opt-in.js';
import { SLOTS_HEADING_ID } from './slot-list.js';

export interface BookingFormProps {
  space: Pick<Space, 't' | 'locale'>;
  values: BookerValues;
  errors: BookerErrors;
  general?: string | null;
  alternatives?: FreeTime[];
  /** Who may book; `resident` books as a private person, the others with an organisation. */
  groups: { id: BookerGroup; label: string }[];
  /** Where the error summary sends "choose a time" (the list's heading). */
  slotFieldId?: string;
  /** Seats for groups at a course; the largest number allowed. */
  maxSeats?: number;
  withNote?: boolean;
  /** The choice to get this booking's messages as push on this device too, where it can. */
  push?: PushOptIn;
  /** False when the screen asks for the group earlier (it changes the free times). */
  showGroup?: boolean;
  submitting: boolean;
  submitLabel: string;
  /** The choice of time (or session), shown between the summary and the personal fields. */
  children?: ReactNode;
  onChange(field: keyof BookerValues, value: string): void;
  onAlternative?(slot: FreeTime): void;
  onSubmit(): void | Promise<void>;
}

/**
 * The booking form: name and e-mail, no account. Errors appear at their field (linked with
 * aria-describedby) and in a summary that takes focus after a failed submit.
 */
export function BookingForm(props: BookingFormProps) {
  const { space, values, errors, groups } = props;
  const { t, locale } = space;
  const slotFieldId = props.slotFieldId ?? SLOTS_HEADING_ID;
  const summary: FormError[] = [
    ...BOOKER_FIELDS.filter((field) => errors[field]).map((field) => ({
      fieldId: field === 'slot' ? slotFieldId : bookerFieldId(field),
      message: errors[field] as string,
    })),
    ...(props.general ? [{ message: props.general }] : []),
  ];
  const bind = (field: Exclude<BookerField, 'slot'>) => ({
    id: bookerFieldId(field),
    name: field,
    value: values[field],
    error: errors[field] ?? null,
    onChange: (event: { currentTarget: { value: string } }) =>
      props.onChange(field, event.currentTarget.value),
  });
  const asGroup = values.group !== 'resident';
  return (
    <Form
      errors={summary}
      errorTitle={t('form.errorSummary')}
      onSubmit={() => props.onSubmit()}
      className="experiment-space-form"
    >
      {props.children}
      {props.alternatives?.length ? (
        <Alert tone="info" title={t('form.alternatives')} live="off">
          <ul className="city-stack-list">
            {props.alternatives.map((slot) => (
              <li key={slot.start}>
                <Button variant="secondary" onClick={() => props.onAlternative?.(slot)}>
                  {t('form.takeAlternative', { range: formatRange(slot, locale) })}
                </Button>
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <Fieldset legend={t('form.yourDetails')} description={t('form.noAccount')}>
        <TextField {...bind('name')} label={t('form.name')} autoComplete="name" required />
        <TextField
          {...bind('email')}
          type="email"
          label={t('form.email')}
          description={t('form.emailHint')}
          autoComplete="email"
          inputMode="email"
          required
        />
        {groups.length > 1 && props.showGroup !== false ? (
          <Select
            {...bind('group')}
            label={t('form.group')}
            options={groups.map((group) => ({ value: group.id, label: group.label }))}
          />
        ) : null}
        {asGroup ? (
          <TextField
            {...bind('organisation')}
            label={t('form.organisation')}
            description={t('form.organisationHint')}
            autoComplete="organization"
            required
          />
        ) : null}
        {asGroup && props.maxSeats !== undefined ? (
          <TextField
            {...bind('seats')}
            type="number"
            inputMode="numeric"
            min={1}
            max={props.maxSeats}
            label={t('form.seats')}
            description={t('form.seatsHint', { max: props.maxSeats })}
            required
          />
        ) : null}
        {props.withNote ? (
          <TextArea {...bind('note')} label={t('form.note')} rows={3} maxLength={1000} />
        ) : null}
        {props.push ? <PushOptInField push={props.push} space={space} /> : null}
      </Fieldset>
      <Button type="submit" busy={props.submitting}>
        {props.submitting ? t('form.sending') : props.submitLabel}
      </Button>
    </Form>
  );
}

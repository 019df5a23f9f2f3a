import { Checkbox, Fieldset, Select, TextArea, TextField } from '@city-app/ui';
import { ImageField } from '@city-app/web/image-field';
import { EVENT_LIMITS } from '../../../api/event-input.js';
import type { Localized } from '../../../api/localized.js';
import type { Venue } from '../../../api/venue.js';
import type { Staff } from '../staff.js';
import { type EventFormState, fieldId } from './form-state.js';

/** What each section of the event form gets: the typed state, a setter and the errors. */
export interface SectionProps {
  staff: Pick<Staff, 't' | 'locale'>;
  state: EventFormState;
  errors: Record<string, string | undefined>;
  set(change: Partial<EventFormState>): void;
  /** An organiser's submission: without the fields only staff fill in. */
  submission: boolean;
}

/** A text field of the form: its id, label, value and error by the field's name. */
function textProps(
  { staff, state, errors, set }: SectionProps,
  field: keyof EventFormState & string,
  label: string,
) {
  return {
    id: fieldId(field),
    label: staff.t(label),
    value: state[field] as string,
    error: errors[field],
    onChange: (e: { currentTarget: { value: string } }) => set({ [field]: e.currentTarget.value }),
  };
}

/** Was: title and description in German and, optionally, English; the category. */
export function WhatSection(
  props: SectionProps & { categories: Array<{ id: string; title: Localized }> },
) {
  const { t, locale } = props.staff;
  const english = t('events.staff.form.englishHint');
  const staffOnly = !props.submission;
  return (
    <Fieldset legend={t('events.staff.form.what')}>
      <TextField
        {...textProps(props, 'title', 'events.staff.form.title')}
        required
        maxLength={EVENT_LIMITS.title}
      />
      {staffOnly ? (
        <TextField
          {...textProps(props, 'titleEn', 'events.staff.form.titleEn')}
          description={english}
          maxLength={EVENT_LIMITS.title}
          lang="en"
        />
      ) : null}
      <TextArea
        {...textProps(props, 'description', 'events.staff.form.description')}
        maxLength={EVENT_LIMITS.description}
      />
      {staffOnly ? (
        <TextArea
          {...textProps(props, 'descriptionEn', 'events.staff.form.descriptionEn')}
          description={english}
          maxLength={EVENT_LIMITS.description}
          lang="en"
        />
      ) : null}
      <Select
        {...textProps(props, 'category', 'events.staff.form.category')}
        required
        options={props.categories.map((c) => ({
          value: c.id,
          label: c.title[locale] ?? c.title.de,
        }))}
      />
    </Fieldset>
  );
}

/** Wo: a venue from the list, or a place as text; the organiser (an organiser gives theirs below). */
export function WhereSection(props: SectionProps & { venues: Venue[] }) {
  const { t } = props.staff;
  return (
    <Fieldset legend={t('events.staff.form.where')}>
      <Select
        {...textProps(props, 'venueId', 'events.staff.form.venue')}
        options={[
          { value: '', label: t('events.staff.form.venueNone') },
          ...props.venues.map((v) => ({ value: v.id, label: v.name })),
        ]}
      />
      {props.state.venueId ? null : (
        <TextField
          {...textProps(props, 'place', 'events.staff.form.place')}
          description={t('events.staff.form.placeHint')}
          maxLength={EVENT_LIMITS.place}
        />
      )}
      {props.submission ? null : (
        <TextField
          {...textProps(props, 'organiserName', 'events.staff.form.organiser')}
          maxLength={EVENT_LIMITS.organiserName}
        />
      )}
    </Fieldset>
  );
}

/** Wann: the first day and start time (none: all day), the last day (staff only) and end time. */
export function WhenSection(props: SectionProps) {
  const { t } = props.staff;
  return (
    <Fieldset legend={t('events.staff.form.when')}>
      <TextField
        {...textProps(props, 'startDate', 'events.staff.form.startDate')}
        type="date"
        required
      />
      <TextField
        {...textProps(props, 'startTime', 'events.staff.form.startTime')}
        type="time"
        description={t('events.staff.form.startTimeHint')}
      />
      {props.submission ? null : (
        <TextField
          {...textProps(props, 'endDate', 'events.staff.form.endDate')}
          type="date"
          description={t('events.staff.form.endDateHint')}
        />
      )}
      <TextField {...textProps(props, 'endTime', 'events.staff.form.endTime')} type="time" />
    </Fieldset>
  );
}

/** Admission (free, or a price), a link, and (staff only) an image with its description. */
export function MoreSection(props: SectionProps) {
  const { staff, state, errors, set } = props;
  const { t } = staff;
  return (
    <Fieldset
      legend={t(props.submission ? 'events.staff.form.admission' : 'events.staff.form.more')}
    >
      <Checkbox
        id={fieldId('isFree')}
        label={t('events.staff.form.isFree')}
        checked={state.isFree}
        error={errors.isFree}
        onChange={(e) => set({ isFree: e.currentTarget.checked })}
      />
      {state.isFree ? null : (
        <TextField
          {...textProps(props, 'price', 'events.staff.form.price')}
          description={t('events.staff.form.priceHint')}
          maxLength={EVENT_LIMITS.price}
        />
      )}
      <TextField
        {...textProps(props, 'link', 'events.staff.form.link')}
        type="url"
        inputMode="url"
        maxLength={2000}
        description={t('events.staff.form.linkHint')}
      />
      {props.submission ? null : (
        <ImageField
          id={fieldId('imageUrl')}
          altId={fieldId('imageAlt')}
          locale={staff.locale}
          url={state.imageUrl}
          alt={state.imageAlt}
          error={errors.imageUrl ?? null}
          altError={errors.imageAlt ?? null}
          altMaxLength={EVENT_LIMITS.imageAlt}
          onUrlChange={(imageUrl) => set({ imageUrl })}
          onAltChange={(imageAlt) => set({ imageAlt })}
        />
      )}
    </Fieldset>
  );
}

import { Button, Checkbox, Fieldset, Form, TextArea, TextField } from '@city-app/ui';
import { useState } from 'react';
import type { Venue } from '../../../api/venue.js';
import type { VenueInput } from '../../../api/venue-input.js';
import type { Staff } from '../staff.js';

/** The venue form's fields in its order; a refusal names one of them. */
export const VENUE_FIELDS = [
  'name',
  'street',
  'postcode',
  'locality',
  'latitude',
  'longitude',
  'stepFree',
  'accessibleToilet',
  'hearingLoop',
  'accessibilityNote',
] as const;

const FACTS = ['stepFree', 'accessibleToilet', 'hearingLoop'] as const;
type Fact = (typeof FACTS)[number];
type Texts = Record<
  'name' | 'street' | 'postcode' | 'locality' | 'latitude' | 'longitude' | 'accessibilityNote',
  string
>;

/** A coordinate as typed, with a comma or a point; NaN when it is no number. */
const coordinate = (text: string) =>
  /^-?\d{1,3}([.,]\d+)?$/.test(text) ? Number(text.replace(',', '.')) : Number.NaN;

const textsOf = (venue: Venue | null): Texts => ({
  name: venue?.name ?? '',
  street: venue?.street ?? '',
  postcode: venue?.postcode ?? '',
  locality: venue?.locality ?? '',
  latitude: venue?.latitude?.toString() ?? '',
  longitude: venue?.longitude?.toString() ?? '',
  accessibilityNote: venue?.accessibility.note ?? '',
});

/**
 * A venue: its name, address, where it lies, and what it offers people with disabilities.
 * Used to add a venue and to change one.
 */
export function VenueForm({
  staff,
  venue,
  serverErrors,
  busy,
  submitLabel,
  onSubmit,
}: {
  staff: Staff;
  venue: Venue | null;
  serverErrors: Record<string, string>;
  busy: boolean;
  submitLabel: string;
  onSubmit(input: VenueInput): void;
}) {
  const { t } = staff;
  const id = venue ? 'events-venue-edit' : 'events-venue-new';
  const [texts, setTexts] = useState<Texts>(() => textsOf(venue));
  const [facts, setFacts] = useState<Record<Fact, boolean>>({
    stepFree: venue?.accessibility.stepFree ?? false,
    accessibleToilet: venue?.accessibility.accessibleToilet ?? false,
    hearingLoop: venue?.accessibility.hearingLoop ?? false,
  });
  const [checked, setChecked] = useState<Record<string, string>>({});
  const shown: Record<string, string | undefined> = { ...serverErrors, ...checked };
  const text = (
    field: keyof Texts,
    label: string,
    more: { maxLength?: number; required?: boolean; inputMode?: 'numeric' | 'decimal' } = {},
  ) => (
    <TextField
      id={`${id}-${field}`}
      label={t(label)}
      value={texts[field]}
      onChange={(e) => {
        const value = e.currentTarget.value;
        setTexts((s) => ({ ...s, [field]: value }));
      }}
      error={shown[field]}
      {...more}
    />
  );

  return (
    <Form
      errors={VENUE_FIELDS.filter((f) => shown[f]).map((f) => ({
        fieldId: `${id}-${f}`,
        message: shown[f] as string,
      }))}
      errorTitle={t('events.staff.form.errors')}
      onSubmit={() => {
        const trimmed = Object.fromEntries(
          Object.entries(texts).map(([k, v]) => [k, v.trim()]),
        ) as Texts;
        const found: Record<string, string> = {};
        if (trimmed.name.length < 2) found.name = t('events.staff.venue.nameMissing');
        if (trimmed.postcode && !/^\d{5}$/.test(trimmed.postcode)) {
          found.postcode = t('events.staff.venue.postcodeInvalid');
        }
        for (const field of ['latitude', 'longitude'] as const) {
          if (trimmed[field] && Number.isNaN(coordinate(trimmed[field]))) {
            found[field] = t('events.staff.venue.numberInvalid');
          }
        }
        setChecked(found);
        if (Object.keys(found).length) return;
        const input: VenueInput = { name: trimmed.name, ...facts };
        for (const field of ['street', 'postcode', 'locality', 'accessibilityNote'] as const) {
          if (trimmed[field]) input[field] = trimmed[field];
        }
        if (trimmed.latitude) input.latitude = coordinate(trimmed.latitude);
        if (trimmed.longitude) input.longitude = coordinate(trimmed.longitude);
        onSubmit(input);
      }}
    >
      {text('name', 'events.staff.venue.name', { maxLength: 120, required: true })}
      {text('street', 'events.staff.venue.street', { maxLength: 120 })}
      {text('postcode', 'events.staff.venue.postcode', { maxLength: 5, inputMode: 'numeric' })}
      {text('locality', 'events.staff.venue.locality', { maxLength: 80 })}
      <Fieldset
        legend={t('events.staff.venue.location')}
        description={t('events.staff.venue.locationHint')}
      >
        {text('latitude', 'events.staff.venue.latitude', { maxLength: 20, inputMode: 'decimal' })}
        {text('longitude', 'events.staff.venue.longitude', { maxLength: 20, inputMode: 'decimal' })}
      </Fieldset>
      <Fieldset legend={t('events.staff.venue.accessibility')}>
        {FACTS.map((fact) => (
          <Checkbox
            key={fact}
            id={`${id}-${fact}`}
            label={t(`events.staff.venue.${fact}`)}
            checked={facts[fact]}
            error={shown[fact]}
            onChange={(e) => {
              const on = e.currentTarget.checked;
              setFacts((f) => ({ ...f, [fact]: on }));
            }}
          />
        ))}
        <TextArea
          id={`${id}-accessibilityNote`}
          rows={3}
          maxLength={500}
          label={t('events.staff.venue.accessibilityNote')}
          value={texts.accessibilityNote}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setTexts((s) => ({ ...s, accessibilityNote: value }));
          }}
          error={shown.accessibilityNote}
        />
      </Fieldset>
      <Button type="submit" busy={busy}>
        {submitLabel}
      </Button>
    </Form>
  );
}

import type { Translate } from '@city-app/core';
import { Checkbox, Fieldset, TextField } from '@city-app/ui';
import { ORGANISER_LIMITS } from '../../api/submission.js';

/** What an organiser says about themselves, as typed. */
export interface OrganiserState {
  contact: string;
  name: string;
  email: string;
  website: string;
  consent: boolean;
}

export const emptyOrganiser: OrganiserState = {
  contact: '',
  name: '',
  email: '',
  website: '',
  consent: false,
};

/** The organiser's fields, each with its id; a refusal naming one lands on it. */
export const ORGANISER_FIELDS = ['contact', 'name', 'email', 'website', 'consent'] as const;
export type OrganiserField = (typeof ORGANISER_FIELDS)[number];
export const organiserFieldId = (field: OrganiserField) => `events-submit-${field}`;

/** The form's own check, before anything is sent; the server checks the same again. */
export function checkOrganiser(
  state: OrganiserState,
  t: Translate,
): Partial<Record<OrganiserField, string>> {
  const found: Partial<Record<OrganiserField, string>> = {};
  if (state.contact.trim().length < 2) found.contact = t('events.submit.contactMissing');
  if (state.name.trim().length < 2) found.name = t('events.submit.nameMissing');
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(state.email.trim())) {
    found.email = t('events.submit.emailInvalid');
  }
  if (state.website.trim() && !/^https?:\/\/\S+\.\S+/.test(state.website.trim())) {
    found.website = t('events.submit.websiteInvalid');
  }
  if (!state.consent) found.consent = t('events.submit.consentMissing');
  return found;
}

/**
 * "Ihre Angaben": who they are (never published), their club or institution (shown with the
 * event), e-mail, an optional website, and the consent to keep them.
 */
export function OrganiserFields({
  t,
  state,
  errors,
  onChange,
}: {
  t: Translate;
  state: OrganiserState;
  errors: Partial<Record<OrganiserField, string>>;
  onChange(change: Partial<OrganiserState>): void;
}) {
  return (
    <Fieldset legend={t('events.submit.organiser')} description={t('events.submit.organiserHint')}>
      <TextField
        id={organiserFieldId('contact')}
        label={t('events.submit.contact')}
        description={t('events.submit.contactHint')}
        value={state.contact}
        required
        autoComplete="name"
        maxLength={ORGANISER_LIMITS.name}
        error={errors.contact}
        onChange={(e) => onChange({ contact: e.currentTarget.value })}
      />
      <TextField
        id={organiserFieldId('name')}
        label={t('events.submit.name')}
        description={t('events.submit.nameHint')}
        value={state.name}
        required
        autoComplete="organization"
        maxLength={ORGANISER_LIMITS.name}
        error={errors.name}
        onChange={(e) => onChange({ name: e.currentTarget.value })}
      />
      <TextField
        id={organiserFieldId('email')}
        label={t('events.submit.email')}
        type="email"
        value={state.email}
        required
        autoComplete="email"
        maxLength={ORGANISER_LIMITS.email}
        error={errors.email}
        onChange={(e) => onChange({ email: e.currentTarget.value })}
      />
      <TextField
        id={organiserFieldId('website')}
        label={t('events.submit.website')}
        type="url"
        value={state.website}
        autoComplete="url"
        maxLength={2000}
        error={errors.website}
        onChange={(e) => onChange({ website: e.currentTarget.value })}
      />
      <Checkbox
        id={organiserFieldId('consent')}
        label={t('events.submit.consent')}
        checked={state.consent}
        required
        error={errors.consent}
        onChange={(e) => onChange({ consent: e.currentTarget.checked })}
      />
    </Fieldset>
  );
}

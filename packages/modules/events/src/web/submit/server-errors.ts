import { EVENT_FIELDS } from '../admin/event-form/form-state.js';
import { ORGANISER_FIELDS, type OrganiserField } from './organiser-fields.js';

/** The fields a refusal of a submission may name, as the request nests them. */
export const SUBMISSION_FIELDS = [
  ...EVENT_FIELDS.map((f) => `event.${f}`),
  ...ORGANISER_FIELDS.filter((f) => f !== 'consent').map((f) => `organiser.${f}`),
  'consent',
  // The limit per e-mail names the e-mail.
  'email',
];

/** A refusal's field split into the event form's errors and the organiser's. */
export function splitServerErrors(errors: Record<string, string>): {
  event: Record<string, string>;
  organiser: Partial<Record<OrganiserField, string>>;
} {
  const event: Record<string, string> = {};
  const organiser: Partial<Record<OrganiserField, string>> = {};
  for (const [field, message] of Object.entries(errors)) {
    if (field.startsWith('event.')) event[field.slice('event.'.length)] = message;
    else if (field === 'email' || field === 'organiser.email') organiser.email = message;
    else if (field === 'organiser.name') organiser.name = message;
    else if (field === 'organiser.contact') organiser.contact = message;
    else if (field === 'organiser.website') organiser.website = message;
    else if (field === 'consent') organiser.consent = message;
  }
  return { event, organiser };
}

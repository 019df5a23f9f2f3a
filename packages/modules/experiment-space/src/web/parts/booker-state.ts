import type { Translate } from '@city-app/core';
import type { BookerGroup, FreeTime } from '../../api.js';
import type { RequestError } from '../client.js';
import { looksLikeEmail } from './email.js';

/** What a resident types to book: no account, only name and e-mail (and an organisation for groups). */
export interface BookerValues {
  name: string;
  email: string;
  group: BookerGroup;
  organisation: string;
  note: string;
  /** Seats for a group at a course (a school class). */
  seats: string;
}

export type BookerField = keyof BookerValues | 'slot';
export type BookerErrors = Partial<Record<BookerField, string>>;

export const BOOKER_FIELDS: BookerField[] = [
  'slot',
  'name',
  'email',
  'group',
  'organisation',
  'seats',
  'note',
];

export function emptyBooker(): BookerValues {
  return { name: '', email: '', group: 'resident', organisation: '', note: '', seats: '1' };
}

export function bookerFieldId(field: BookerField): string {
  return `experiment-space-${field}`;
}

// The usual shape of an address; the server checks it properly.

/**
 * Checks the form before it is sent, in the app's language: a free time is chosen, the name
 * and a plausible e-mail are there, groups name their organisation.
 */
export function validateBooker(
  values: BookerValues,
  t: Translate,
  options: { slotChosen: boolean; maxSeats?: number },
): BookerErrors {
  const errors: BookerErrors = {};
  if (!options.slotChosen) errors.slot = t('form.error.slot');
  if (!values.name.trim()) errors.name = t('form.error.name');
  if (!values.email.trim()) errors.email = t('form.error.emailMissing');
  else if (!looksLikeEmail(values.email)) errors.email = t('form.error.email');
  if (values.group !== 'resident' && !values.organisation.trim())
    errors.organisation = t('form.error.organisation');
  if (options.maxSeats !== undefined && values.group !== 'resident') {
    const seats = Number(values.seats);
    if (!Number.isInteger(seats) || seats < 1 || seats > options.maxSeats)
      errors.seats = t('form.error.seats', { max: options.maxSeats });
  }
  return errors;
}

/** Fields the server names that the form shows under another control. */
const FIELD_OF: Record<string, BookerField> = {
  name: 'name',
  email: 'email',
  group: 'group',
  organisation: 'organisation',
  note: 'note',
  seats: 'seats',
  start: 'slot',
  durationMinutes: 'slot',
  resourceId: 'slot',
  sessionId: 'slot',
};

export interface RefusalView {
  errors: BookerErrors;
  /** A refusal not tied to a field (quota, network). */
  general: string | null;
  /** Free times the server offers instead. */
  alternatives: FreeTime[];
}

/** The server's refusal, placed next to the field it names, with its hint and alternatives. */
export function refusalView(error: RequestError | Error, t: Translate): RefusalView {
  const refusal = error as Partial<RequestError>;
  const parts = [refusal.message || t('form.error.unknown')];
  if (refusal.hint) parts.push(refusal.hint);
  const message = parts.join(' ');
  const field = refusal.field ? FIELD_OF[refusal.field] : undefined;
  const alternatives = refusal.details?.alternatives ?? [];
  if (refusal.status === 0) return { errors: {}, general: t('form.error.network'), alternatives };
  if (field) return { errors: { [field]: message }, general: null, alternatives };
  // Taken slots, quotas and missing briefings concern the chosen time.
  if (alternatives.length || refusal.details?.prerequisite || refusal.details?.quota)
    return { errors: { slot: message }, general: null, alternatives };
  return { errors: {}, general: message, alternatives };
}

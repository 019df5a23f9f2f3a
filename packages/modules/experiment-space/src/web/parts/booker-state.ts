import type { Translate } from '@city-app/core';
import { failureText, refusalOf } from '@city-app/web';
import type { ApiError, BookerGroup, FreeTime } from '../../api.js';
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

/**
 * The server names the request's fields; the form picks the time in one control (the list of
 * free times), so refusals of the chosen time, duration, resource or session show there.
 */
const SLOT_FIELDS = new Set(['start', 'durationMinutes', 'resourceId', 'sessionId']);

function fieldOf(name: string | undefined): BookerField | undefined {
  if (!name) return undefined;
  if (SLOT_FIELDS.has(name)) return 'slot';
  return BOOKER_FIELDS.find((field) => field === name);
}

export interface RefusalView {
  errors: BookerErrors;
  /** A refusal not tied to a field (quota, network). */
  general: string | null;
  /** Free times the server offers instead. */
  alternatives: FreeTime[];
}

/**
 * The server's refusal (its message and hint) next to the field it names, with the free
 * times it offers instead (`details.alternatives`).
 */
export function refusalView(error: unknown, t: Translate): RefusalView {
  const message = failureText(error, t);
  const refusal = refusalOf(error);
  if (!refusal) return { errors: {}, general: message, alternatives: [] };
  const details = (refusal.details ?? {}) as NonNullable<ApiError['details']>;
  const alternatives = details.alternatives ?? [];
  const field = fieldOf(refusal.field);
  if (field) return { errors: { [field]: message }, general: null, alternatives };
  // Taken slots, quotas and missing briefings concern the chosen time.
  if (alternatives.length || details.prerequisite || details.quota)
    return { errors: { slot: message }, general: null, alternatives };
  return { errors: {}, general: message, alternatives };
}

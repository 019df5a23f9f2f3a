import type { Translate } from '@city-app/core';
import type { StaffEvent } from '../../../api/staff-event.js';
import type { Repeat } from '../../../series/repeat.js';
import { type RepeatState, repeatOf, repeatStateOf } from './repeat-state.js';

/**
 * The event form's fields in the order the error summary lists them. A server refusal names
 * one of them (`repeat.until` …); the series' sub-fields come before `repeat`, which catches
 * the rest of the series part.
 */
export const EVENT_FIELDS = [
  'title',
  'titleEn',
  'description',
  'descriptionEn',
  'category',
  'venueId',
  'place',
  'organiserName',
  'isFree',
  'price',
  'link',
  'imageUrl',
  'imageAlt',
  'startDate',
  'startTime',
  'endDate',
  'endTime',
  'repeat.interval',
  'repeat.weekdays',
  'repeat.monthDay',
  'repeat.week',
  'repeat.weekday',
  'repeat.until',
  'repeat.count',
  'repeat',
] as const;

/** The id of a field's control (or group), for the error summary's links. */
export const fieldId = (field: string) => `events-event-${field.replaceAll('.', '-')}`;

/** The form as typed: every text as text, empty when not given. */
export interface EventFormState {
  title: string;
  titleEn: string;
  description: string;
  descriptionEn: string;
  category: string;
  venueId: string;
  place: string;
  organiserName: string;
  isFree: boolean;
  price: string;
  link: string;
  imageUrl: string;
  imageAlt: string;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  repeat: RepeatState;
}

/** What the form sends: the API's event input, and `keepRule` to leave an imported rule be. */
export interface EventFormInput {
  title: string;
  titleEn?: string;
  description: string;
  descriptionEn?: string;
  category: string;
  venueId?: string;
  place?: string;
  organiserName?: string;
  price?: string;
  isFree: boolean;
  link?: string;
  imageUrl?: string;
  imageAlt?: string;
  startDate: string;
  startTime?: string;
  endDate?: string;
  endTime?: string;
  repeat?: Repeat;
  keepRule?: true;
}

/** The form for an event, or an empty one (first category, no venue) for a new event. */
export function formStateOf(event: StaffEvent | null, firstCategory: string): EventFormState {
  return {
    title: event?.title ?? '',
    titleEn: event?.titleEn ?? '',
    description: event?.description ?? '',
    descriptionEn: event?.descriptionEn ?? '',
    category: event?.category ?? firstCategory,
    venueId: event?.venueId ?? '',
    place: event?.place ?? '',
    organiserName: event?.organiserName ?? '',
    isFree: event?.isFree ?? false,
    price: event?.price ?? '',
    link: event?.link ?? '',
    imageUrl: event?.imageUrl ?? '',
    imageAlt: event?.imageAlt ?? '',
    startDate: event?.startDate ?? '',
    startTime: event?.startTime ?? '',
    endDate: event?.endDate && event.endDate !== event.startDate ? event.endDate : '',
    endTime: event?.endTime ?? '',
    repeat: repeatStateOf(event?.repeat ?? null, event?.rrule ?? null, event?.startDate ?? ''),
  };
}

const OPTIONAL_TEXTS = [
  'titleEn',
  'descriptionEn',
  'venueId',
  'place',
  'organiserName',
  'price',
  'link',
  'imageUrl',
  'imageAlt',
  'startTime',
  'endDate',
  'endTime',
] as const;

/** The input to send, or what the form can tell is missing before asking the server. */
export function inputOf(
  state: EventFormState,
  t: Translate,
): { ok: true; input: EventFormInput } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  if (state.title.trim().length < 2) errors.title = t('events.staff.form.titleMissing');
  if (!state.startDate) errors.startDate = t('events.staff.form.startDateMissing');
  if (state.imageUrl.trim() && !state.imageAlt.trim()) {
    errors.imageAlt = t('events.staff.form.imageAltMissing');
  }
  const series = repeatOf(state.repeat, t);
  if (!series.ok) Object.assign(errors, series.errors);
  if (Object.keys(errors).length || !series.ok) return { ok: false, errors };

  const input: EventFormInput = {
    title: state.title.trim(),
    description: state.description.trim(),
    category: state.category,
    isFree: state.isFree,
    startDate: state.startDate,
  };
  for (const key of OPTIONAL_TEXTS) {
    const value = state[key].trim();
    if (value) input[key] = value;
  }
  // Free admission has no price; a venue from the list needs no place text.
  if (state.isFree) delete input.price;
  if (input.venueId) delete input.place;
  if (series.repeat) input.repeat = series.repeat;
  if (series.keepRule) input.keepRule = true;
  return { ok: true, input };
}

import { addDaysToDate, errors } from '@city-app/core';
import type { EventInput } from '../../api/event-input.js';
import { EVENT_LIMITS } from '../../api/event-input.js';
import { categoryOf, type EventsConfig } from '../../config.js';
import { eventError } from '../../errors/events.js';
import { isReadableRule, lastSeriesDay } from '../../series/expand.js';
import { checkRepeat, toRRule } from '../../series/repeat.js';

/** An event's columns as stored, checked and worked out from what staff or a feed wrote. */
export interface EventRecord {
  title: string;
  titleEn: string | null;
  description: string;
  descriptionEn: string | null;
  category: string;
  venueId: string | null;
  place: string | null;
  organiserName: string | null;
  price: string | null;
  isFree: boolean;
  link: string | null;
  imageUrl: string | null;
  imageAlt: string | null;
  startsOn: string;
  startMinute: number | null;
  endsAfterDays: number;
  endMinute: number | null;
  rrule: string | null;
}

export const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** The HH:MM of minutes after midnight (1440: 24:00). */
export const timeOf = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * Checks what the schema cannot (the category exists in this town, the end follows the start,
 * the series ends within ten years) and gives the columns. Raises a validation error naming
 * the field, in both languages.
 */
export function eventRecord(
  input: EventInput,
  config: Pick<EventsConfig, 'categories'>,
  options: { rrule?: string } = {},
): EventRecord {
  if (!categoryOf(config, input.category)) {
    throw eventError(
      'events_category_unknown',
      { category: input.category, known: config.categories.map((c) => c.id).join(', ') },
      { field: 'category' },
    );
  }
  const allDay = input.startTime === undefined;
  if (allDay && input.endTime !== undefined) {
    throw errors.validation('endTime', {
      de: 'Eine Endzeit braucht eine Anfangszeit.',
      en: 'An end time needs a start time.',
    });
  }
  const endDate = input.endDate ?? input.startDate;
  const endsAfterDays = daysBetween(input.startDate, endDate);
  if (endsAfterDays < 0) {
    throw errors.validation('endDate', {
      de: 'Das Ende muss am oder nach dem ersten Tag liegen.',
      en: 'The end must fall on or after the first day.',
    });
  }
  if (endsAfterDays > EVENT_LIMITS.endsAfterDays) {
    throw errors.validation('endDate', {
      de: `Eine Veranstaltung dauert höchstens ${EVENT_LIMITS.endsAfterDays} Tage; legen Sie eine längere als Reihe an.`,
      en: `An event lasts at most ${EVENT_LIMITS.endsAfterDays} days; make a longer one a series.`,
    });
  }
  const startMinute = allDay ? null : minutesOf(input.startTime as string);
  const endMinute = input.endTime === undefined ? null : minutesOf(input.endTime);
  if (
    startMinute !== null &&
    endMinute !== null &&
    endsAfterDays === 0 &&
    endMinute <= startMinute
  ) {
    throw errors.validation('endTime', {
      de: 'Die Endzeit muss nach der Anfangszeit liegen (oder das Ende an einem späteren Tag).',
      en: 'The end time must follow the start time (or the end fall on a later day).',
    });
  }
  let rrule = options.rrule ?? null;
  if (input.repeat) {
    checkRepeat(input.repeat);
    if (input.repeat.until && input.repeat.until < input.startDate) {
      throw errors.validation('repeat.until', {
        de: 'Die Reihe muss am oder nach dem ersten Termin enden.',
        en: 'The series must end on or after its first date.',
      });
    }
    if (input.repeat.until && input.repeat.until > lastSeriesDay(input.startDate)) {
      throw errors.validation('repeat.until', {
        de: 'Eine Reihe endet spätestens zehn Jahre nach ihrem ersten Termin.',
        en: 'A series ends at most ten years after its first date.',
      });
    }
    rrule = toRRule(input.repeat, allDay);
  }
  if (rrule !== null && !isReadableRule(rrule)) {
    throw errors.validation('repeat', {
      de: 'Diese Wiederholungsregel ist nicht lesbar.',
      en: 'This repeat rule cannot be read.',
    });
  }
  return {
    title: input.title,
    titleEn: input.titleEn ?? null,
    description: input.description,
    descriptionEn: input.descriptionEn ?? null,
    category: input.category,
    venueId: input.venueId ?? null,
    place: input.place || null,
    organiserName: input.organiserName || null,
    price: input.price || null,
    isFree: input.isFree,
    link: input.link ?? null,
    imageUrl: input.imageUrl ?? null,
    imageAlt: input.imageAlt || null,
    startsOn: input.startDate,
    startMinute,
    endsAfterDays,
    endMinute,
    rrule,
  };
}

/** The end date of a record's first occurrence, for the form. */
export const endDateOf = (record: Pick<EventRecord, 'startsOn' | 'endsAfterDays'>) =>
  addDaysToDate(record.startsOn, record.endsAfterDays);

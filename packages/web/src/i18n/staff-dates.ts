import { formatLocalDate, type Locale } from '@city-app/core';

const language = (locale: Locale) => (locale === 'de' ? 'de-DE' : 'en-GB');

/** "Samstag, 12. Juni 2027": staff check dates by their weekday. */
export const formatStaffDate = (date: string, locale: Locale) =>
  formatLocalDate(date, locale, { weekday: true });

/** The wall-clock time of an instant in the town ("19:30"), whatever zone the browser is in. */
export function formatStaffTime(instant: string, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(language(locale), {
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(new Date(instant));
}

/**
 * A moment the server stored, as date and time ("12.06.2027, 19:30"): in `timeZone` when
 * given, else in the browser's.
 */
export function formatStaffInstant(instant: string, locale: Locale, timeZone?: string): string {
  return new Intl.DateTimeFormat(language(locale), {
    dateStyle: 'medium',
    timeStyle: 'short',
    ...(timeZone ? { timeZone } : {}),
  }).format(new Date(instant));
}

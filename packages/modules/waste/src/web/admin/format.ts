import { formatLocalDate, type Locale } from '@city-app/core';

/** "Mittwoch, 6. Januar 2027": staff check dates by their weekday. */
export const formatDate = (date: string, locale: Locale) =>
  formatLocalDate(date, locale, { weekday: true });

/** A moment the server stored, as the staff member's local date and time. */
export function formatInstant(instant: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(instant));
}

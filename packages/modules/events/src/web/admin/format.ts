import { formatLocalDate, type Locale } from '@city-app/core';

/** "Samstag, 12. Juni 2027": staff check dates by their weekday. */
export const formatDate = (date: string, locale: Locale) =>
  formatLocalDate(date, locale, { weekday: true });

/** The wall-clock time of an instant in the town ("19:30"), whatever zone the browser is in. */
export function formatTime(instant: string, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(new Date(instant));
}

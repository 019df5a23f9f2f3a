import type { Locale } from '@city-app/core';

/** A day as the town reads it, e.g. "6. Dezember 2026" or "6 December 2026". */
export function formatDay(iso: string, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    dateStyle: 'long',
    timeZone,
  }).format(new Date(iso));
}

/** A day and time as the town reads it, for a report's history. */
export function formatInstant(iso: string, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(iso));
}

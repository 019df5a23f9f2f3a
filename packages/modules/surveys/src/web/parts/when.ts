import type { Locale } from '@city-app/core';

/** An instant as the town reads it: "12. Mai 2027, 18:00" / "12 May 2027, 18:00". */
export function formatWhen(iso: string, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(iso));
}

import type { Locale } from '@city-app/core';

const LANGUAGE_TAGS: Record<Locale, string> = { de: 'de-DE', en: 'en-GB' };

/** "Dienstag, 3. März 2026, 18:00" in the town's time zone, wherever the phone is. */
export function formatStart(iso: string, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(LANGUAGE_TAGS[locale], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(new Date(iso));
}

/** "3. März 2026" for a day (`2026-03-03`). */
export function formatDay(day: string, locale: Locale): string {
  return new Intl.DateTimeFormat(LANGUAGE_TAGS[locale], {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));
}

/** "82 KB", "1,4 MB". */
export function formatSize(bytes: number, locale: Locale): string {
  const format = (n: number) =>
    new Intl.NumberFormat(LANGUAGE_TAGS[locale], { maximumFractionDigits: 1 }).format(n);
  return bytes < 1024 * 1024
    ? `${format(Math.max(1, bytes / 1024))} KB`
    : `${format(bytes / 1024 / 1024)} MB`;
}

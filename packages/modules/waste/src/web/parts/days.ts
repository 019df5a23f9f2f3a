import type { Locale, Translate } from '@city-app/core';

const DAY = 86_400_000;

/** Today as `YYYY-MM-DD` on this device's clock and zone, where the resident puts out bins. */
export function today(now = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Whole days from `from` to `to`, both calendar days. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

const formats = new Map<string, Intl.DateTimeFormat>();
/** A calendar day in words, e.g. "Dienstag, 5. Januar 2027"; read in UTC, it is no instant. */
export function formatDay(
  day: string,
  locale: Locale,
  style: 'long' | 'short' | 'month' = 'long',
): string {
  const key = `${locale}/${style}`;
  let format = formats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      style === 'long'
        ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }
        : style === 'short'
          ? { weekday: 'short', day: 'numeric', month: 'numeric', year: 'numeric' }
          : { month: 'long', year: 'numeric' };
    format = new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
      ...options,
      timeZone: 'UTC',
    });
    formats.set(key, format);
  }
  return format.format(new Date(`${day}T00:00:00Z`));
}

/** "heute", "morgen", "in 3 Tagen": how soon the bins must be out. */
export function howSoon(day: string, from: string, t: Translate): string {
  const days = daysBetween(from, day);
  if (days === 0) return t('waste.today');
  if (days === 1) return t('waste.tomorrow');
  return t('waste.inDays', { days });
}

import { formatLocalDate, type Locale } from '@city-app/core';

const LANGUAGE_TAGS: Record<Locale, string> = { de: 'de-DE', en: 'en-GB' };

/** Today's date `YYYY-MM-DD` in the town, wherever the phone is. */
export function todayIn(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** `YYYY-MM-DD` plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export function isLocalDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return addDays(value, 0) === value;
}

/** "Dienstag, 1. Dezember 2026" / "Tuesday, 1 December 2026" for a local date. */
export function formatDay(date: string, locale: Locale): string {
  return formatLocalDate(date, locale, { weekday: true });
}

/** The time of day of a local wall time `YYYY-MM-DDTHH:MM`. */
export function clock(localDateTime: string): string {
  return localDateTime.slice(11, 16);
}

/** "10:00 bis 11:00 Uhr" / "10:00 to 11:00". */
export function formatTimeRange(startLocal: string, endLocal: string, locale: Locale): string {
  return locale === 'de'
    ? `${clock(startLocal)} bis ${clock(endLocal)} Uhr`
    : `${clock(startLocal)} to ${clock(endLocal)}`;
}

/** "Dienstag, 1. Dezember 2026, 10:00 bis 11:00 Uhr": a whole free time, said in full. */
export function formatRange(
  range: { startLocal: string; endLocal: string },
  locale: Locale,
): string {
  return `${formatDay(range.startLocal.slice(0, 10), locale)}, ${formatTimeRange(range.startLocal, range.endLocal, locale)}`;
}

/** "1. Dezember 2026, 10:00" in the town's time zone, for an instant. */
export function formatInstant(iso: string, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(LANGUAGE_TAGS[locale], {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(iso));
}

/** "1. Dezember 2026" for a local date. */
export function formatDate(date: string, locale: Locale): string {
  return formatLocalDate(date, locale);
}

/** "1 Std. 30 Min." / "1 h 30 min". */
export function formatMinutes(minutes: number, locale: Locale): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const h = locale === 'de' ? 'Std.' : 'h';
  const m = locale === 'de' ? 'Min.' : 'min';
  if (!hours) return `${rest} ${m}`;
  return rest ? `${hours} ${h} ${rest} ${m}` : `${hours} ${h}`;
}

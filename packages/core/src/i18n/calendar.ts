import type { Locale } from './locale.js';

/**
 * Dates in words from wall-clock strings ("2026-12-01", "2026-12-01T10:00"), without
 * `Intl.DateTimeFormat`: its first use in a page loads the browser's locale data, which on a
 * slow phone costs more than everything else the home screen does. The server sends the
 * town's local dates; these functions only spell them, as de-DE and en-GB do.
 */

const MONTHS: Record<Locale, readonly string[]> = {
  de: [
    'Januar',
    'Februar',
    'März',
    'April',
    'Mai',
    'Juni',
    'Juli',
    'August',
    'September',
    'Oktober',
    'November',
    'Dezember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** Sunday first, as `Date#getUTCDay` counts. */
const WEEKDAYS: Record<Locale, readonly string[]> = {
  de: ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

function parts(date: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!match) throw new RangeError(`"${date}" is not a date as YYYY-MM-DD.`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/**
 * "1. Dezember 2026" / "1 December 2026"; with `weekday`, "Dienstag, 1. Dezember 2026" /
 * "Tuesday, 1 December 2026". Takes `YYYY-MM-DD` or the date part of a local date-time.
 */
export function formatLocalDate(
  date: string,
  locale: Locale,
  options: { weekday?: boolean } = {},
): string {
  const { year, month, day } = parts(date);
  const monthName = MONTHS[locale][month - 1];
  if (!monthName) throw new RangeError(`"${date}" has no month ${month}.`);
  const text = locale === 'de' ? `${day}. ${monthName} ${year}` : `${day} ${monthName} ${year}`;
  if (!options.weekday) return text;
  const weekday = WEEKDAYS[locale][new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  return `${weekday}, ${text}`;
}

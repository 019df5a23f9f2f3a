/**
 * What a date or time typed by a person must look like before anything computes with it.
 * `Date.UTC(2026, 1, 30)` silently gives 2 March; these checks refuse such a day instead, so
 * an impossible date can never be booked as another one.
 */

/** The years the app accepts: wide enough for archives and plans, narrow enough that arithmetic stays in range. */
export const YEAR_RANGE = { min: 1900, max: 2199 } as const;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;

/** Days in `month` (1–12) of `year`, by the Gregorian rules. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A year the app accepts (see `YEAR_RANGE`). */
export function isYearInRange(year: number): boolean {
  return Number.isInteger(year) && year >= YEAR_RANGE.min && year <= YEAR_RANGE.max;
}

/** `YYYY-MM-DD` naming a day that exists, in `YEAR_RANGE`. */
export function isCalendarDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return (
    isYearInRange(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

/** `HH:MM` from 00:00 to 23:59; with `endOfDay`, also 24:00 (the end of an opening interval). */
export function isTimeOfDay(value: string, options: { endOfDay?: boolean } = {}): boolean {
  if (options.endOfDay && value === '24:00') return true;
  const m = TIME.exec(value);
  return m !== null && Number(m[1]) <= 23 && Number(m[2]) <= 59;
}

/** `YYYY-MM-DDTHH:MM`: a wall-clock time in the town, both parts valid. */
export function isLocalDateTime(value: string): boolean {
  const [date, time, ...rest] = value.split('T');
  return rest.length === 0 && !!date && !!time && isCalendarDate(date) && isTimeOfDay(time);
}

const INSTANT =
  /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/i;

/**
 * An ISO 8601 instant with its offset (`2026-03-01T09:00:00+01:00`, `…Z`), every part valid
 * (no 2026-02-30, no 25:61, seconds to 59, offsets to ±23:59) and the year in `YEAR_RANGE`.
 */
export function isInstant(value: string): boolean {
  const m = INSTANT.exec(value);
  if (!m) return false;
  const [, date, time, seconds, zone, offsetHours, offsetMinutes] = m;
  if (!isCalendarDate(date as string) || !isTimeOfDay(time as string)) return false;
  if (seconds !== undefined && Number(seconds) > 59) return false;
  if (zone?.toUpperCase() === 'Z') return true;
  return Number(offsetHours) <= 23 && Number(offsetMinutes) <= 59;
}

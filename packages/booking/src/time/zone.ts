/**
 * Booking's local dates and times: opening hours and recurring series are wall-clock times
 * ("Tuesdays 18:00"); reservations are instants. The conversion goes through core's time-zone
 * module, so both daylight-saving changes come out right.
 */

import {
  assertTimeZone,
  isCalendarDate,
  isInstant,
  isTimeOfDay,
  offsetAt,
  wallClockToInstant,
} from '@city-app/core';

// The conversion itself is core's one time-zone module; this file adds booking's date arithmetic.
export { assertTimeZone, offsetAt };

const MINUTE = 60_000;
const DAY = 86_400_000;

/** A calendar date `YYYY-MM-DD` in the town. */
export type LocalDate = string;
/** A wall-clock time `HH:MM` (`24:00` allowed as the end of a day). */
export type LocalTime = string;

function parseDate(date: LocalDate): [number, number, number] {
  // Date.UTC would roll 2026-02-30 over into March: a day that does not exist is an error.
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m || !isCalendarDate(date)) {
    throw new RangeError(`"${date}" is not a date; write a day that exists as YYYY-MM-DD.`);
  }
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** Minutes since midnight of `HH:MM`; `24:00` is 1440. */
export function parseTime(time: LocalTime): number {
  const m = /^(\d{2}):(\d{2})(?::00)?$/.exec(time);
  const minutes = m ? Number(m[1]) * 60 + Number(m[2]) : Number.NaN;
  if (!m || Number(m[2]) > 59 || minutes > 1440) {
    throw new RangeError(`"${time}" is not a time of day; write it as HH:MM (00:00 to 24:00).`);
  }
  return minutes;
}

export function formatTime(minutes: number): LocalTime {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * The instant at which the town's clocks show `date` `time`. A wall time that does not exist
 * (skipped when clocks spring forward) maps to the same distance after the jump — 02:30 on the
 * last Sunday of March is 03:30 CEST; a wall time that happens twice (clocks fall back) maps to
 * the earlier one. (Temporal calls this "compatible".)
 */
export function zonedInstant(date: LocalDate, time: LocalTime | number, timeZone: string): number {
  const [y, mo, d] = parseDate(date);
  const minutes = typeof time === 'number' ? time : parseTime(time);
  return wallClockToInstant(Date.UTC(y, mo - 1, d) + minutes * MINUTE, timeZone);
}

/** Day number (days since 1970-01-01) of a local date, and back; for loops over many days. */
export function dayNumber(date: LocalDate): number {
  const [y, m, d] = parseDate(date);
  return Math.round(Date.UTC(y, m - 1, d) / DAY);
}

export function dayText(day: number): LocalDate {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** ISO weekday of a day number: 1970-01-01 was a Thursday (4). */
export function dayWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** `zonedInstant` for a day number and minutes since local midnight. */
export function zonedDayInstant(day: number, minutes: number, timeZone: string): number {
  return wallClockToInstant(day * DAY + minutes * MINUTE, timeZone);
}

/** The local calendar date and wall time of an instant. */
export function localParts(
  instant: number,
  timeZone: string,
): { date: LocalDate; minutes: number } {
  const wall = new Date(instant + offsetAt(instant, timeZone));
  return {
    date: wall.toISOString().slice(0, 10),
    minutes: wall.getUTCHours() * 60 + wall.getUTCMinutes(),
  };
}

// Slot search returns tens of thousands of times; `Date#toISOString` is the slow part of
// that, so whole minutes are written from a cached date and a table of the 1,440 times of day.
const HHMM = Array.from({ length: 1440 }, (_, m) => formatTime(m));
let cachedDay = Number.NaN;
let cachedDate = '';

/** `YYYY-MM-DDTHH:MM` of a UTC-based millisecond count. */
function minuteText(ms: number): string {
  const day = Math.floor(ms / DAY);
  if (day !== cachedDay) {
    cachedDay = day;
    cachedDate = new Date(day * DAY).toISOString().slice(0, 10);
  }
  const minute = Math.floor((ms - day * DAY) / MINUTE);
  if (ms % MINUTE !== 0 || day < 0 || day > 2_932_896)
    return new Date(ms).toISOString().slice(0, 16);
  return `${cachedDate}T${HHMM[minute]}`;
}

/** `YYYY-MM-DDTHH:MM` in the town's wall-clock time. */
export function formatLocal(instant: number, timeZone: string): string {
  return minuteText(instant + offsetAt(instant, timeZone));
}

/** `Date#toISOString()`, faster for whole minutes. */
export function isoInstant(instant: number): string {
  return instant % MINUTE === 0
    ? `${minuteText(instant)}:00.000Z`
    : new Date(instant).toISOString();
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const [y, m, d] = parseDate(date);
  return new Date(Date.UTC(y, m - 1, d) + days * DAY).toISOString().slice(0, 10);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: LocalDate): number {
  const [y, m, d] = parseDate(date);
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return day === 0 ? 7 : day;
}

export function daysBetween(from: LocalDate, to: LocalDate): number {
  const [y1, m1, d1] = parseDate(from);
  const [y2, m2, d2] = parseDate(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / DAY);
}

/** `YYYY-MM-DD` naming a day that exists (Date.parse takes 2026-02-30 for 2 March). */
export function isLocalDate(value: string): boolean {
  return isCalendarDate(value);
}

/** The local calendar period (day, ISO week from Monday, month) containing an instant. */
export function localPeriod(
  instant: number,
  period: 'day' | 'week' | 'month',
  timeZone: string,
): { start: number; end: number; first: LocalDate } {
  const { date } = localParts(instant, timeZone);
  let first = date;
  let next: LocalDate;
  if (period === 'day') next = addDays(date, 1);
  else if (period === 'week') {
    first = addDays(date, 1 - isoWeekday(date));
    next = addDays(first, 7);
  } else {
    first = `${date.slice(0, 7)}-01`;
    const [y, m] = parseDate(first);
    next = new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
  }
  return { start: zonedInstant(first, 0, timeZone), end: zonedInstant(next, 0, timeZone), first };
}

/**
 * Reads an instant from an ISO string with offset (`2025-03-30T10:00:00Z`,
 * `…+02:00`), a `Date`, or a local wall time without offset (`2025-03-30T10:00`), which is
 * read in the town's zone.
 */
export function toInstant(value: string | Date | number, timeZone: string): number {
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'number') return value;
  const local = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::00(?:\.0+)?)?$/.exec(value);
  if (local) {
    const [, date, time] = local as unknown as [string, string, string];
    // 25:61 or 2026-12-38 is no time at all, not a time on another day.
    if (!isCalendarDate(date) || !isTimeOfDay(time)) return Number.NaN;
    return zonedInstant(date, time, timeZone);
  }
  return isInstant(value) ? Date.parse(value) : Number.NaN;
}

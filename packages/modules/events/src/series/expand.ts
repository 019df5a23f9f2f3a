import { addDaysToDate, localToInstant } from '@city-app/core';
import ICAL from 'ical.js';
import { MAX_SERIES_COUNT, MAX_SERIES_YEARS } from './repeat.js';
import type { Occurrence, Schedule, ScheduleException } from './schedule.js';

/** A local-date window, both ends included. */
export interface DateWindow {
  from: string;
  to: string;
}

/** Whether ical.js reads the rule as one it can expand (FREQ given and known). */
export function isReadableRule(rrule: string): boolean {
  try {
    const recur = ICAL.Recur.fromString(rrule);
    return ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'].includes(recur.freq);
  } catch {
    return false;
  }
}

/** The last day any series may reach: ten years after its first. */
export function lastSeriesDay(startsOn: string): string {
  const [y, rest] = [Number(startsOn.slice(0, 4)), startsOn.slice(4)];
  return `${String(y + MAX_SERIES_YEARS).padStart(4, '0')}${rest === '-02-29' ? '-02-28' : rest}`;
}

/**
 * The dates a schedule's rule gives within the window, in order: the rule's own dates, as
 * local days, before any exception. Expanded in floating (wall-clock) time by ical.js, so no
 * clock change moves a date or a time; at most ten years and `MAX_SERIES_COUNT` dates.
 */
export function ruleDates(schedule: Schedule, window: DateWindow): string[] {
  const last = [window.to, lastSeriesDay(schedule.startsOn)].sort()[0] as string;
  if (!schedule.rrule) {
    return schedule.startsOn >= window.from && schedule.startsOn <= last ? [schedule.startsOn] : [];
  }
  const [year, month, day] = schedule.startsOn.split('-').map(Number) as [number, number, number];
  const minute = schedule.startMinute ?? 0;
  const start = ICAL.Time.fromData({
    year,
    month,
    day,
    hour: Math.floor(minute / 60),
    minute: minute % 60,
    isDate: schedule.startMinute === null,
  });
  const iterator = ICAL.Recur.fromString(schedule.rrule).iterator(start);
  const dates: string[] = [];
  for (let n = 0; n < MAX_SERIES_COUNT; n++) {
    const next = iterator.next();
    if (!next) break;
    const date = next.toString().slice(0, 10);
    if (date > last) break;
    if (date >= window.from) dates.push(date);
  }
  return dates;
}

function timesOf(
  date: string,
  startMinute: number | null,
  endMinute: number | null,
  endsAfterDays: number,
  timeZone: string,
): { startsAt: Date; endsAt: Date | null } {
  if (startMinute === null) {
    return {
      startsAt: new Date(localToInstant(date, 0, timeZone)),
      endsAt: new Date(localToInstant(addDaysToDate(date, endsAfterDays + 1), 0, timeZone)),
    };
  }
  const startsAt = new Date(localToInstant(date, startMinute, timeZone));
  if (endMinute === null) return { startsAt, endsAt: null };
  const endsAt = new Date(localToInstant(addDaysToDate(date, endsAfterDays), endMinute, timeZone));
  return { startsAt, endsAt: endsAt > startsAt ? endsAt : null };
}

/**
 * Every occurrence of a schedule whose rule date lies in the window, with its exceptions
 * applied: a cancelled date stays (struck through for residents), a moved one carries its
 * new day and times.
 */
export function occurrencesOf(
  schedule: Schedule,
  exceptions: readonly ScheduleException[],
  window: DateWindow,
  timeZone: string,
): Occurrence[] {
  const byDate = new Map(exceptions.map((e) => [e.originalDate, e]));
  const allDay = schedule.startMinute === null;
  return ruleDates(schedule, window).map((originalDate) => {
    const exception = byDate.get(originalDate);
    if (exception?.kind === 'moved' && exception.movedTo) {
      const startMinute = allDay ? null : (exception.movedStartMinute ?? schedule.startMinute);
      const endMinute = allDay
        ? null
        : exception.movedStartMinute != null
          ? (exception.movedEndMinute ?? null)
          : schedule.endMinute;
      return {
        originalDate,
        localDate: exception.movedTo,
        ...timesOf(exception.movedTo, startMinute, endMinute, schedule.endsAfterDays, timeZone),
        allDay,
        status: 'moved' as const,
      };
    }
    return {
      originalDate,
      localDate: originalDate,
      ...timesOf(
        originalDate,
        schedule.startMinute,
        schedule.endMinute,
        schedule.endsAfterDays,
        timeZone,
      ),
      allDay,
      status: exception?.kind === 'cancelled' ? ('cancelled' as const) : ('scheduled' as const),
    };
  });
}

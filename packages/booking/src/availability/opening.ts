import {
  dayNumber,
  dayText,
  dayWeekday,
  type LocalDate,
  type LocalTime,
  parseTime,
  zonedDayInstant,
  zonedInstant,
} from '../time/zone.js';
import { publicHoliday } from './holidays.js';

/** A half-open interval of instants (ms since epoch): `[start, end)`. */
export interface Interval {
  start: number;
  end: number;
}

/** Weekly opening hours; `closes` at or before `opens` means the interval runs past midnight. */
export interface WeeklyHours {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  opens: LocalTime;
  closes: LocalTime;
}

/** A date with other hours: closed, or its own intervals replacing the weekly ones. */
export interface DateException {
  date: LocalDate;
  closed: boolean;
  intervals?: { opens: LocalTime; closes: LocalTime }[];
  note?: string;
}

/** Everything that decides when a resource is open. */
export interface ResourceCalendar {
  timeZone: string;
  /** ISO 3166-2 code of the state whose public holidays close the resource, e.g. `DE-MV`. */
  state: string;
  closedOnPublicHolidays: boolean;
  weekly: WeeklyHours[];
  exceptions: Map<LocalDate, DateException>;
  blackouts: Interval[];
}

function dayIntervals(
  day: number,
  hours: { opens: LocalTime; closes: LocalTime }[],
  timeZone: string,
): Interval[] {
  const out: Interval[] = [];
  for (const h of hours) {
    const opens = parseTime(h.opens);
    const closes = parseTime(h.closes);
    const start = zonedDayInstant(day, opens, timeZone);
    const end =
      closes <= opens || closes === 1440
        ? zonedDayInstant(day + 1, closes % 1440, timeZone)
        : zonedDayInstant(day, closes, timeZone);
    if (end > start) out.push({ start, end });
  }
  return out;
}

/** Sorts and joins overlapping or touching intervals. */
export function mergeIntervals(intervals: Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a.start - b.start);
  const out: Interval[] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && i.start <= last.end) last.end = Math.max(last.end, i.end);
    else out.push({ start: i.start, end: i.end });
  }
  return out;
}

/** `intervals` minus `holes`; both sorted and merged. */
export function subtractIntervals(intervals: Interval[], holes: Interval[]): Interval[] {
  const out: Interval[] = [];
  let j = 0;
  for (const i of intervals) {
    let start = i.start;
    while (j < holes.length && (holes[j] as Interval).end <= start) j++;
    let k = j;
    while (k < holes.length && (holes[k] as Interval).start < i.end) {
      const h = holes[k] as Interval;
      if (h.start > start) out.push({ start, end: h.start });
      start = Math.max(start, h.end);
      k++;
    }
    if (start < i.end) out.push({ start, end: i.end });
  }
  return out;
}

/**
 * When the resource is open between the local dates `from` (inclusive) and `to` (exclusive),
 * as sorted, merged instants. Intervals that open on the day before `from` and run past
 * midnight are included. Each day uses its exception if it has one; otherwise it is closed on a
 * public holiday of the state (if the resource closes on holidays) and open per the weekly
 * hours. Blackouts are cut out.
 */
export function openIntervals(cal: ResourceCalendar, from: LocalDate, to: LocalDate): Interval[] {
  const byWeekday = new Map<number, WeeklyHours[]>();
  for (const h of cal.weekly) {
    const list = byWeekday.get(h.weekday) ?? [];
    list.push(h);
    byWeekday.set(h.weekday, list);
  }
  const raw: Interval[] = [];
  const last = dayNumber(to);
  for (let day = dayNumber(from) - 1; day < last; day++) {
    const date = dayText(day);
    const exception = cal.exceptions.get(date);
    let hours: { opens: LocalTime; closes: LocalTime }[];
    if (exception) hours = exception.closed ? [] : (exception.intervals ?? []);
    else if (cal.closedOnPublicHolidays && publicHoliday(cal.state, date)) hours = [];
    else hours = byWeekday.get(dayWeekday(day)) ?? [];
    raw.push(...dayIntervals(day, hours, cal.timeZone));
  }
  const dayStart = zonedInstant(from, 0, cal.timeZone);
  return subtractIntervals(mergeIntervals(raw), mergeIntervals(cal.blackouts)).filter(
    (i) => i.end > dayStart,
  );
}

import { publicHoliday } from '@city-app/booking';

/** A date as `YYYY-MM-DD`, without a time or zone. */
export type LocalDate = string;

/**
 * How often a tour of the starting calendar runs: every few weeks on one weekday (weekly in
 * the months `weekly` names, as organic waste often is in summer), or once a year on the n-th
 * weekday of a month (the Christmas-tree collection in January).
 */
export type Rhythm =
  | { weekday: number; every: number; offset: number; weekly?: { from: number; to: number } }
  | { weekday: number; month: number; week: number };

/** One generated pickup: the day it happens and, when a holiday moved it, the day planned. */
export interface SamplePickup {
  date: LocalDate;
  plannedDate: LocalDate | null;
}

const DAY_MS = 86_400_000;
// A Monday: weeks are counted from it without a break at the turn of the year, so a
// fortnightly tour keeps its rhythm from December into January (ISO week numbers do not).
const FIRST_MONDAY = Date.UTC(1970, 0, 5);

const toMs = (date: LocalDate) => Date.parse(`${date}T00:00:00Z`);
const toDate = (ms: number): LocalDate => new Date(ms).toISOString().slice(0, 10);
/** 1 = Monday … 7 = Sunday. */
const weekdayOf = (ms: number) => ((new Date(ms).getUTCDay() + 6) % 7) + 1;

/** The days a tour runs in `year`, as planned (before holiday shifts). */
export function plannedDates(rhythm: Rhythm, year: number): LocalDate[] {
  if ('month' in rhythm) {
    const first = Date.UTC(year, rhythm.month - 1, 1);
    const ahead = (rhythm.weekday - weekdayOf(first) + 7) % 7;
    const day = first + (ahead + (rhythm.week - 1) * 7) * DAY_MS;
    return new Date(day).getUTCMonth() === rhythm.month - 1 ? [toDate(day)] : [];
  }
  const dates: LocalDate[] = [];
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  let day = start + ((rhythm.weekday - weekdayOf(start) + 7) % 7) * DAY_MS;
  for (; day < end; day += 7 * DAY_MS) {
    const monday = day - (rhythm.weekday - 1) * DAY_MS;
    const week = (monday - FIRST_MONDAY) / (7 * DAY_MS);
    const month = new Date(day).getUTCMonth() + 1;
    const weekly = rhythm.weekly && month >= rhythm.weekly.from && month <= rhythm.weekly.to;
    if (weekly || week % rhythm.every === rhythm.offset) dates.push(toDate(day));
  }
  return dates;
}

/**
 * Where a pickup planned on `date` takes place: on the next working day (Monday to Saturday,
 * the German Werktag) when `date` is a public holiday of `state` (`DE-MV`, …). Holidays in a
 * row (the two days of Christmas) move it on until a working day.
 */
export function shiftForHoliday(date: LocalDate, state: string): SamplePickup {
  let day = toMs(date);
  if (!publicHoliday(state, date)) return { date, plannedDate: null };
  do day += DAY_MS;
  while (weekdayOf(day) === 7 || publicHoliday(state, toDate(day)));
  return { date: toDate(day), plannedDate: date };
}

/** A tour's sample pickups in the given years, each moved off the state's public holidays. */
export function samplePickups(rhythm: Rhythm, years: number[], state: string): SamplePickup[] {
  const seen = new Set<LocalDate>();
  const pickups: SamplePickup[] = [];
  for (const year of years) {
    for (const planned of plannedDates(rhythm, year)) {
      const pickup = shiftForHoliday(planned, state);
      // A tour never runs twice on one day (the table refuses it); with rhythms of a week
      // or more a shift of a day or two cannot meet the next date, but stay safe.
      if (seen.has(pickup.date)) continue;
      seen.add(pickup.date);
      pickups.push(pickup);
    }
  }
  return pickups;
}

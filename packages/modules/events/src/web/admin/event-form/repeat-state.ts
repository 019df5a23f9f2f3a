import type { Translate } from '@city-app/core';
import { type Repeat, WEEKDAYS, type Weekday } from '../../../series/repeat.js';

/** "keep": an imported rule the form cannot show, left as it is. */
export type RepeatChoice = 'none' | 'keep' | 'daily' | 'weekly' | 'monthly';
export type MonthlyBy = 'monthDay' | 'weekday';
export type SeriesEnd = 'never' | 'until' | 'count';
export const WEEKS = ['1', '2', '3', '4', '-1'] as const;

/** The series part of the form as typed: numbers stay text until sent. */
export interface RepeatState {
  choice: RepeatChoice;
  interval: string;
  weekdays: Weekday[];
  monthlyBy: MonthlyBy;
  monthDay: string;
  week: (typeof WEEKS)[number];
  weekday: Weekday;
  end: SeriesEnd;
  until: string;
  count: string;
}

/** The weekday (MO…SU) of a local date. */
export function weekdayOf(date: string): Weekday {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return WEEKDAYS[(day + 6) % 7] as Weekday;
}

/**
 * The form's series part for an event: its repeat, else "keep" for an imported rule, else
 * none — with the other choices prefilled from the first day, so choosing "weekly" or
 * "monthly" starts on that day's weekday or day of the month.
 */
export function repeatStateOf(
  repeat: Repeat | null,
  rrule: string | null,
  startDate: string,
): RepeatState {
  const state: RepeatState = {
    choice: repeat ? repeat.frequency : rrule ? 'keep' : 'none',
    interval: String(repeat?.interval ?? 1),
    monthlyBy: 'monthDay',
    ...dayParts(startDate),
    end: repeat?.until ? 'until' : repeat?.count ? 'count' : 'never',
    until: repeat?.until ?? '',
    count: repeat?.count ? String(repeat.count) : '',
  };
  if (repeat?.frequency === 'weekly') state.weekdays = [...repeat.weekdays];
  if (repeat?.frequency === 'monthly') {
    if (repeat.monthDay !== undefined) state.monthDay = String(repeat.monthDay);
    else {
      state.monthlyBy = 'weekday';
      state.week = String(repeat.week) as RepeatState['week'];
      state.weekday = repeat.weekday ?? state.weekday;
    }
  }
  return state;
}

/** What a first day suggests: its weekday, its day of the month, its week in the month. */
function dayParts(
  startDate: string,
): Pick<RepeatState, 'weekdays' | 'monthDay' | 'week' | 'weekday'> {
  const day = startDate ? Number(startDate.slice(8, 10)) : 1;
  const weekday = startDate ? weekdayOf(startDate) : 'MO';
  const week = String(Math.min(4, Math.ceil(day / 7))) as RepeatState['week'];
  return { weekdays: [weekday], monthDay: String(day), week, weekday };
}

const sameParts = (a: RepeatState, b: ReturnType<typeof dayParts>) =>
  a.weekdays.join() === b.weekdays.join() &&
  a.monthDay === b.monthDay &&
  a.week === b.week &&
  a.weekday === b.weekday;

/**
 * The series part after the first day changed from `before` to `after`: the days it suggested
 * follow the new day, unless staff chose other days themselves.
 */
export function followFirstDay(state: RepeatState, before: string, after: string): RepeatState {
  return sameParts(state, dayParts(before)) ? { ...state, ...dayParts(after) } : state;
}

const wholeNumber = (text: string) => (/^\s*\d{1,4}\s*$/.test(text) ? Number(text) : Number.NaN);

/** What the form sends for its series part, or the fields it finds wrong before sending. */
export type RepeatResult =
  | { ok: true; repeat?: Repeat; keepRule?: true }
  | { ok: false; errors: Record<string, string> };

/**
 * The `repeat` of the event input from what was typed. It checks only what the form can tell
 * at once (numbers, a weekday, an end day); the server checks the rest and names the field.
 */
export function repeatOf(state: RepeatState, t: Translate): RepeatResult {
  if (state.choice === 'none') return { ok: true };
  if (state.choice === 'keep') return { ok: true, keepRule: true };
  const errors: Record<string, string> = {};
  const interval = wholeNumber(state.interval);
  if (!(interval >= 1)) errors['repeat.interval'] = t('events.staff.repeat.numberInvalid');
  const end: { until?: string; count?: number } = {};
  if (state.end === 'until') {
    if (state.until) end.until = state.until;
    else errors['repeat.until'] = t('events.staff.repeat.untilMissing');
  }
  if (state.end === 'count') {
    const count = wholeNumber(state.count);
    if (count >= 1) end.count = count;
    else errors['repeat.count'] = t('events.staff.repeat.numberInvalid');
  }
  let repeat: Repeat;
  if (state.choice === 'daily') repeat = { frequency: 'daily', interval, ...end };
  else if (state.choice === 'weekly') {
    if (!state.weekdays.length)
      errors['repeat.weekdays'] = t('events.staff.repeat.weekdaysMissing');
    const weekdays = WEEKDAYS.filter((d) => state.weekdays.includes(d));
    repeat = { frequency: 'weekly', interval, weekdays, ...end };
  } else if (state.monthlyBy === 'monthDay') {
    const monthDay = wholeNumber(state.monthDay);
    if (!(monthDay >= 1 && monthDay <= 31)) {
      errors['repeat.monthDay'] = t('events.staff.repeat.numberInvalid');
    }
    repeat = { frequency: 'monthly', interval, monthDay, ...end };
  } else {
    const week = Number(state.week) as -1 | 1 | 2 | 3 | 4;
    repeat = { frequency: 'monthly', interval, week, weekday: state.weekday, ...end };
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, repeat };
}

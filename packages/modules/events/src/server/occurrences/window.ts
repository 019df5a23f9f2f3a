import { addDaysToDate, localDateOf } from '@city-app/core';
import type { DateWindow } from '../../series/expand.js';

/** How far ahead the dates of a series are written out; a daily job moves the end along. */
export const AHEAD_DAYS = 550;
/** How far back dates stay, for the month view and "what was on". */
export const BEHIND_DAYS = 400;

/** The local days whose dates `events_occurrences` holds on `now`'s day. */
export function occurrenceWindow(now: Date, timeZone: string): DateWindow {
  const today = localDateOf(now, timeZone);
  return { from: addDaysToDate(today, -BEHIND_DAYS), to: addDaysToDate(today, AHEAD_DAYS) };
}

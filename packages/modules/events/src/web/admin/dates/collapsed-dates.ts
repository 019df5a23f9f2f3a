import type { StaffDate } from './date-table.js';

/** How many dates a long series shows until staff ask for all of them. */
export const COLLAPSED_DATES = 5;

/**
 * The dates a long series shows before "Alle 52 Termine zeigen", so its page stays short on a
 * phone: the next few from today on (the last few when all are past). A list hardly longer
 * than that is shown whole: hiding one or two dates behind a button saves nothing.
 */
export function collapsedDates(dates: readonly StaffDate[], today: string): readonly StaffDate[] {
  if (dates.length <= COLLAPSED_DATES + 2) return dates;
  const next = dates.findIndex((d) => d.localDate >= today);
  const start = Math.min(next === -1 ? dates.length : next, dates.length - COLLAPSED_DATES);
  return dates.slice(start, start + COLLAPSED_DATES);
}

import { wallClockToInstant } from '@city-app/core';

/**
 * The UTC instant of a wall-clock time in `timeZone`, e.g. midnight of 2025-03-30 in
 * Europe/Berlin, through core's time-zone module (right on the days clocks change).
 */
export function zonedTimeToUtc(
  local: { year: number; month: number; day: number; hour?: number; minute?: number },
  timeZone: string,
): Date {
  const wall = Date.UTC(local.year, local.month - 1, local.day, local.hour ?? 0, local.minute ?? 0);
  return new Date(wallClockToInstant(wall, timeZone));
}

/**
 * Reads a content date: `2025-03-01` (midnight in the town's time zone) or an ISO date-time
 * with offset (`2025-03-01T09:30:00+01:00`). Returns null for anything else.
 */
export function parseContentDate(text: string, timeZone: string): Date | null {
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (dateOnly) {
    const [year, month, day] = dateOnly.slice(1).map(Number) as [number, number, number];
    const date = zonedTimeToUtc({ year, month, day }, timeZone);
    const check = new Date(Date.UTC(year, month - 1, day));
    return check.getUTCMonth() === month - 1 && check.getUTCDate() === day ? date : null;
  }
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text))
    return null;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? null : date;
}

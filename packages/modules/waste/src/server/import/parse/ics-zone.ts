import { isTimeZone, localDateOf, wallClockToInstant } from '@city-app/core';
import type ICAL from 'ical.js';
import { findIana } from 'windows-iana';

/**
 * Where a TZID points: an IANA zone the runtime knows (the zone database decides the offset,
 * so an outdated VTIMEZONE in the file cannot shift a date), or only the file's VTIMEZONE.
 */
export type ZoneRef = { iana: string } | { vtimezone: ICAL.Timezone } | null;

/**
 * The IANA zone a TZID names. Outlook and Exchange write Windows names ("W. Europe Standard
 * Time"), mapped through the Unicode CLDR table; some servers prefix the IANA name with a path
 * ("/citadel.org/20210210_1/Europe/Berlin").
 */
export function ianaZone(tzid: string): string | undefined {
  const name = tzid.trim();
  if (/^[A-Za-z_][A-Za-z0-9_/+-]*$/.test(name) && isTimeZone(name)) return name;
  const windows = findIana(name)[0];
  if (windows) return windows;
  const tail = /([A-Z][A-Za-z_]+\/[A-Za-z_+-]+)$/.exec(name)?.[1];
  return tail && isTimeZone(tail) ? tail : undefined;
}

export function resolveZone(tzid: string, vtimezones: Map<string, ICAL.Timezone>): ZoneRef {
  const iana = ianaZone(tzid);
  if (iana) return { iana };
  const vtimezone = vtimezones.get(tzid);
  return vtimezone ? { vtimezone } : null;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The calendar date of an ICAL.Time as written, YYYY-MM-DD. */
export function writtenDate(time: ICAL.Time): string {
  return `${pad(time.year, 4)}-${pad(time.month)}-${pad(time.day)}`;
}

/**
 * The town's local date of a DTSTART: a DATE as written; a UTC time, or a time in a named
 * zone, as the date the town's clocks show at that instant (23:30 UTC is the next day in
 * Berlin); a floating time, which has no zone, as written — it means the town's own time.
 * `zone` is undefined for UTC and floating times.
 */
export function townDate(
  time: ICAL.Time,
  zone: ZoneRef | undefined,
  utc: boolean,
  timezone: string,
): string {
  if (time.isDate) return writtenDate(time);
  const wall = Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second);
  if (utc) return localDateOf(wall, timezone);
  if (!zone) return writtenDate(time);
  if ('iana' in zone) return localDateOf(wallClockToInstant(wall, zone.iana), timezone);
  // ICAL.Timezone gives the offset of a wall time in seconds.
  return localDateOf(wall - zone.vtimezone.utcOffset(time) * 1000, timezone);
}

/**
 * The town's wall-clock time ↔ instants, through the IANA zone database that `Intl` ships.
 * Opening hours, reminders at 18:00 and a news item's day are wall-clock readings; the
 * database stores instants. Converting through the zone (never by adding a fixed offset)
 * keeps both daylight-saving changes right. Booking, news and the kernel's scheduler use this
 * one module.
 */

const MINUTE = 60_000;
const DAY = 86_400_000;

// Germany's zones are known to be valid: checking them through Intl would load the ICU
// time-zone data, tens of milliseconds of every CLI run.
const GERMAN_TIME_ZONES = new Set(['Europe/Berlin', 'Europe/Busingen']);

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Whether `Intl` knows the IANA zone name (e.g. `Europe/Berlin`). */
export function isTimeZone(timeZone: string): boolean {
  if (GERMAN_TIME_ZONES.has(timeZone)) return true;
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Throws a clear error for a zone name `Intl` does not know. */
export function assertTimeZone(timeZone: string): void {
  if (!isTimeZone(timeZone)) {
    throw new RangeError(
      `Unknown time zone "${timeZone}". Use an IANA zone name such as "Europe/Berlin".`,
    );
  }
}

// Zone offsets change only at quarter hours (UTC) in the zone database, so one lookup per
// quarter hour is enough; `Intl` formatting is the slow part of slot search without this.
const QUARTER = 15 * MINUTE;
const offsetCache = new Map<string, Map<number, number>>();

/** Offset of the zone from UTC at `instant`, in milliseconds (Berlin: +1 h or +2 h). */
export function offsetAt(instant: number, timeZone: string): number {
  const bucket = Math.floor(instant / QUARTER);
  let cache = offsetCache.get(timeZone);
  if (!cache) {
    cache = new Map();
    offsetCache.set(timeZone, cache);
  }
  const hit = cache.get(bucket);
  if (hit !== undefined) return hit;
  const at = bucket * QUARTER;
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(at))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const wall = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  const offset = wall - at;
  if (cache.size > 200_000) cache.clear();
  cache.set(bucket, offset);
  return offset;
}

/**
 * The instant whose wall-clock reading in the zone, written as if it were UTC, is `wall`.
 * A reading that does not exist (skipped when clocks spring forward) maps to the same
 * distance after the jump — 02:30 on the last Sunday of March is 03:30 CEST; a reading that
 * happens twice (clocks fall back) maps to the earlier one. (Temporal calls this "compatible".)
 */
export function wallClockToInstant(wall: number, timeZone: string): number {
  const before = offsetAt(wall - DAY, timeZone);
  const after = offsetAt(wall + DAY, timeZone);
  const early = wall - before;
  const late = wall - after;
  const earlyValid = offsetAt(early, timeZone) === before;
  const lateValid = offsetAt(late, timeZone) === after;
  if (earlyValid && lateValid) return Math.min(early, late);
  if (earlyValid) return early;
  if (lateValid) return late;
  // In a gap: the offset before the jump puts the time after it, by the same distance.
  return early;
}

/** The wall-clock reading of `instant` in the zone, as a UTC-based millisecond count. */
export function instantToWallClock(instant: number, timeZone: string): number {
  return instant + offsetAt(instant, timeZone);
}

/**
 * The instant at which the town's clocks show `minutes` after midnight of `date`
 * (`YYYY-MM-DD`, a day that exists; the caller checks it). See `wallClockToInstant` for
 * readings skipped or repeated by a clock change.
 */
export function localToInstant(date: string, minutes: number, timeZone: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return wallClockToInstant(Date.UTC(y, m - 1, d) + minutes * MINUTE, timeZone);
}

/** The town's calendar date (`YYYY-MM-DD`) and minutes since local midnight at `instant`. */
export function instantToLocal(
  instant: number,
  timeZone: string,
): { date: string; minutes: number } {
  const wall = instantToWallClock(instant, timeZone);
  const day = Math.floor(wall / DAY);
  return {
    date: new Date(day * DAY).toISOString().slice(0, 10),
    minutes: Math.floor((wall - day * DAY) / MINUTE),
  };
}

/** The town's calendar date (`YYYY-MM-DD`) at `instant`. */
export function localDateOf(instant: number | Date, timeZone: string): string {
  return instantToLocal(typeof instant === 'number' ? instant : instant.getTime(), timeZone).date;
}

/** The calendar date `days` after `date` (`YYYY-MM-DD`; negative goes back). */
export function addDaysToDate(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) + days * DAY).toISOString().slice(0, 10);
}

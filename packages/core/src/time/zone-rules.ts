/**
 * A zone's clock changes as rules, read from the zone database that `Intl` ships: what an
 * iCalendar VTIMEZONE says, so that a calendar app places local times without knowing the
 * zone itself. Neither ical.js nor ical-generator derives these rules from the runtime's zone
 * database (ical-generator takes them from a data package pinned at its release), so they are
 * found here, by search over the offsets.
 */
import { offsetAt } from './zone.js';

const MINUTE = 60_000;
const DAY = 86_400_000;

/** One kind of clock change (or the zone's only offset, when it has no changes). */
export interface ZoneRule {
  kind: 'standard' | 'daylight';
  /** Wall-clock time before the (first) change, `YYYY-MM-DDTHH:MM`. */
  start: string;
  /** Offsets from UTC before and after the change, in milliseconds. */
  offsetFrom: number;
  offsetTo: number;
  /** Set when the change recurs on the last Sunday of this month (1–12) every year, as in the EU. */
  lastSundayOf?: number;
  /** The zone's abbreviation after the change (`CEST`), where `Intl` knows one. */
  name?: string;
}

interface Change {
  at: number;
  from: number;
  to: number;
}

/** Every offset change between two instants, to the minute (days first, then bisection). */
function changes(timeZone: string, fromMs: number, toMs: number): Change[] {
  const out: Change[] = [];
  let prev = offsetAt(fromMs, timeZone);
  for (let t = fromMs + DAY; t <= toMs; t += DAY) {
    const cur = offsetAt(t, timeZone);
    if (cur === prev) continue;
    let lo = t - DAY;
    let hi = t;
    while (hi - lo > MINUTE) {
      const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
      if (offsetAt(mid, timeZone) === prev) lo = mid;
      else hi = mid;
    }
    out.push({ at: hi, from: prev, to: cur });
    prev = cur;
  }
  return out;
}

function abbreviation(instant: number, timeZone: string): string | undefined {
  const name = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'short' })
    .formatToParts(new Date(instant))
    .find((p) => p.type === 'timeZoneName')?.value;
  return name && !/^(GMT|UTC)/.test(name) ? name : undefined;
}

const wallText = (change: Change) => new Date(change.at + change.from).toISOString().slice(0, 16);

/** Whether all changes of a kind fall on the last Sunday of one month, at one wall time. */
function lastSundayMonth(list: Change[]): number | undefined {
  const walls = list.map((c) => new Date(c.at + c.from));
  const first = walls[0];
  const same = list.every((c) => c.from === list[0]?.from && c.to === list[0]?.to);
  if (!first || !same) return undefined;
  const yearly = walls.every((w) => {
    const daysInMonth = new Date(Date.UTC(w.getUTCFullYear(), w.getUTCMonth() + 1, 0)).getUTCDate();
    return (
      w.getUTCDay() === 0 &&
      w.getUTCDate() + 7 > daysInMonth &&
      w.getUTCMonth() === first.getUTCMonth() &&
      w.getUTCHours() === first.getUTCHours() &&
      w.getUTCMinutes() === first.getUTCMinutes()
    );
  });
  return yearly ? first.getUTCMonth() + 1 : undefined;
}

/**
 * The rules of `timeZone` for the years `fromYear`–`toYear`. Changes that recur on the last
 * Sunday of a month give one rule each (`lastSundayOf`); others are listed one by one.
 */
export function zoneRules(timeZone: string, fromYear: number, toYear: number): readonly ZoneRule[] {
  // The search asks `Intl` for hundreds of offsets; every booking's .ics needs the same few
  // years, so each answer is kept (the zone database does not change while the process runs).
  const key = `${timeZone}:${fromYear}:${toYear}`;
  let rules = known.get(key);
  if (!rules) {
    if (known.size >= KNOWN_MAX) known.clear();
    rules = searchRules(timeZone, fromYear, toYear);
    known.set(key, rules);
  }
  return rules;
}

const KNOWN_MAX = 64;
const known = new Map<string, readonly ZoneRule[]>();

function searchRules(timeZone: string, fromYear: number, toYear: number): ZoneRule[] {
  // Start a year early: a VTIMEZONE says nothing about times before its first rule.
  const start = Date.UTC(fromYear - 1, 0, 1);
  const found = changes(timeZone, start, Date.UTC(toYear + 1, 0, 1));
  const rule = (kind: ZoneRule['kind'], c: Change, lastSundayOf?: number): ZoneRule => {
    const name = abbreviation(c.at, timeZone);
    return {
      kind,
      start: wallText(c),
      offsetFrom: c.from,
      offsetTo: c.to,
      ...(lastSundayOf ? { lastSundayOf } : {}),
      ...(name ? { name } : {}),
    };
  };
  if (found.length === 0) {
    const offset = offsetAt(start, timeZone);
    return [rule('standard', { at: Date.UTC(1970, 0, 1) - offset, from: offset, to: offset })];
  }
  const rules: ZoneRule[] = [];
  for (const kind of ['daylight', 'standard'] as const) {
    const list = found.filter((c) => (kind === 'daylight' ? c.to > c.from : c.to < c.from));
    const month = lastSundayMonth(list);
    if (month && list[0]) rules.push(rule(kind, list[0], month));
    else for (const c of list) rules.push(rule(kind, c));
  }
  return rules;
}

/**
 * Whether the town's clocks show the wall time of `instant` twice (the hour repeated when
 * they fall back), so that the wall time alone cannot say which instant is meant.
 */
export function isRepeatedWallTime(instant: number, timeZone: string): boolean {
  const wall = instant + offsetAt(instant, timeZone);
  return [instant - 3_600_000, instant + 3_600_000].some(
    (other) => other + offsetAt(other, timeZone) === wall,
  );
}

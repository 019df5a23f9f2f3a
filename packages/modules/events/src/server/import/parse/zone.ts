import { instantToLocal, isTimeZone, wallClockToInstant } from '@city-app/core';
import ICAL from 'ical.js';
import { findIana } from 'windows-iana';

/** A moment as the town's clocks show it: a local day, and minutes after midnight (none: all day). */
export interface TownTime {
  date: string;
  minute: number | null;
}

/** A TZID the file uses that neither the zone database nor the file's VTIMEZONEs know. */
export class UnknownZone extends Error {
  constructor(readonly tzid: string) {
    super(`unknown time zone ${tzid}`);
  }
}

/**
 * The IANA zone a TZID names: an IANA name as such; a Windows name ("W. Europe Standard
 * Time", written by Outlook and eM Client) through the CLDR table; or an IANA name at the end
 * of a path some servers write ("/citadel.org/20210210_1/Europe/Berlin").
 */
export function ianaZoneOf(tzid: string): string | undefined {
  const name = tzid.trim();
  if (isTimeZone(name)) return name;
  const fromWindows = findIana(name)[0];
  if (fromWindows) return fromWindows;
  const tail = name.split('/').slice(-2).join('/');
  return tail.includes('/') && isTimeZone(tail) ? tail : undefined;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const writtenDay = (t: ICAL.Time) => `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}`;

/**
 * Turns the times of one file into the town's wall-clock time. The zone database decides the
 * offset of a zone it knows, so an outdated VTIMEZONE in the file cannot shift a date; the
 * file's own VTIMEZONE serves for names it does not know.
 */
export class TownClock {
  constructor(
    readonly townZone: string,
    private readonly vtimezones: ReadonlyMap<string, ICAL.Timezone>,
    /** X-WR-TIMEZONE: the zone a calendar's floating times are meant in. */
    private readonly floatingZone: string | undefined,
  ) {}

  /** The instant of a date-time; `tzid` is the TZID parameter of its property. */
  instantOf(time: ICAL.Time, tzid: string | undefined): number {
    const wall = Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second);
    if (time.zone === ICAL.Timezone.utcTimezone) return wall;
    if (!tzid) return wallClockToInstant(wall, this.floatingZone ?? this.townZone);
    const iana = ianaZoneOf(tzid);
    if (iana) return wallClockToInstant(wall, iana);
    const vtimezone = this.vtimezones.get(tzid);
    if (!vtimezone) throw new UnknownZone(tzid);
    return wall - vtimezone.utcOffset(time) * 1000;
  }

  /** A DATE as written (whatever its TZID); a DATE-TIME as the town's clocks show it. */
  local(time: ICAL.Time, tzid: string | undefined): TownTime {
    if (time.isDate) return { date: writtenDay(time), minute: null };
    const { date, minutes } = instantToLocal(this.instantOf(time, tzid), this.townZone);
    return { date, minute: minutes };
  }
}

/** The TZID parameter of a property, if it has one. */
export function tzidOf(property: ICAL.Property | null): string | undefined {
  const tzid = property?.getParameter('tzid');
  return typeof tzid === 'string' && tzid !== '' ? tzid : undefined;
}

/**
 * iCalendar (RFC 5545): one `.ics` per reservation and a feed per resource. Times are written
 * in the town's zone with a VTIMEZONE built from the zone database, so calendar apps show the
 * right wall-clock time on both sides of a daylight-saving change.
 */
import type { Reservation } from '../reservations/model.js';
import type { Resource } from '../resources/model.js';
import { formatLocal, localParts, offsetAt, zonedInstant } from '../time/zone.js';

const CRLF = '\r\n';
const DAY = 86_400_000;
const MINUTE = 60_000;

/** Escapes TEXT values (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets without splitting a UTF-8 character (§3.1). */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

const utcStamp = (ms: number) => `${new Date(ms).toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;
const localStamp = (local: string) => `${local.replace(/[-:]/g, '')}00`; // YYYYMMDDTHHMM → …SS

function offsetText(ms: number): string {
  const sign = ms < 0 ? '-' : '+';
  const m = Math.abs(ms) / MINUTE;
  return `${sign}${String(Math.floor(m / 60)).padStart(2, '0')}${String(m % 60).padStart(2, '0')}`;
}

function zoneAbbreviation(instant: number, timeZone: string): string | undefined {
  const name = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'short' })
    .formatToParts(new Date(instant))
    .find((p) => p.type === 'timeZoneName')?.value;
  return name && !/^(GMT|UTC)/.test(name) ? name : undefined;
}

interface Transition {
  at: number;
  from: number;
  to: number;
}

function transitions(timeZone: string, fromMs: number, toMs: number): Transition[] {
  const out: Transition[] = [];
  let prev = offsetAt(fromMs, timeZone);
  for (let t = fromMs + DAY; t <= toMs; t += DAY) {
    const cur = offsetAt(t, timeZone);
    if (cur !== prev) {
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
  }
  return out;
}

/**
 * A VTIMEZONE for `timeZone` covering the years `fromYear`–`toYear`. Where every change of a
 * kind falls on the last Sunday of one month at one wall time (as in the EU), it is written as
 * a yearly RRULE; otherwise each change is listed.
 */
export function vtimezone(timeZone: string, fromYear: number, toYear: number): string[] {
  // Start a year early: a VTIMEZONE says nothing about times before its first DTSTART.
  const start = Date.UTC(fromYear - 1, 0, 1);
  const found = transitions(timeZone, start, Date.UTC(toYear + 1, 0, 1));
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  const component = (kind: 'DAYLIGHT' | 'STANDARD', t: Transition, rrule?: string) => {
    const name = zoneAbbreviation(t.at, timeZone);
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${localStamp(new Date(t.at + t.from).toISOString().slice(0, 16))}`,
      `TZOFFSETFROM:${offsetText(t.from)}`,
      `TZOFFSETTO:${offsetText(t.to)}`,
      ...(rrule ? [rrule] : []),
      ...(name ? [`TZNAME:${name}`] : []),
      `END:${kind}`,
    );
  };
  if (found.length === 0) {
    const offset = offsetAt(start, timeZone);
    component('STANDARD', { at: Date.UTC(1970, 0, 1) - offset, from: offset, to: offset });
  }
  for (const kind of ['DAYLIGHT', 'STANDARD'] as const) {
    const list = found.filter((t) => (kind === 'DAYLIGHT' ? t.to > t.from : t.to < t.from));
    if (list.length === 0) continue;
    const walls = list.map((t) => new Date(t.at + t.from));
    const lastSunday = walls.every((w) => {
      const daysInMonth = new Date(
        Date.UTC(w.getUTCFullYear(), w.getUTCMonth() + 1, 0),
      ).getUTCDate();
      return (
        w.getUTCDay() === 0 &&
        w.getUTCDate() + 7 > daysInMonth &&
        w.getUTCMonth() === walls[0]?.getUTCMonth() &&
        w.getUTCHours() === walls[0]?.getUTCHours() &&
        w.getUTCMinutes() === walls[0]?.getUTCMinutes() &&
        list.every((t) => t.from === list[0]?.from && t.to === list[0]?.to)
      );
    });
    if (lastSunday && walls[0]) {
      component(
        kind,
        list[0] as Transition,
        `RRULE:FREQ=YEARLY;BYMONTH=${walls[0].getUTCMonth() + 1};BYDAY=-1SU`,
      );
    } else {
      for (const t of list) component(kind, t);
    }
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

/**
 * DTSTART/DTEND in the zone. A wall time that occurs twice (clocks fall back) is written in UTC:
 * RFC 5545 reads it as the first occurrence, but parsers differ, and UTC cannot be misread.
 */
function dateTime(name: string, ms: number, timeZone: string): string {
  const local = formatLocal(ms, timeZone);
  const { date, minutes } = localParts(ms, timeZone);
  const twice =
    formatLocal(ms - 3_600_000, timeZone) === local ||
    formatLocal(ms + 3_600_000, timeZone) === local;
  if (twice || zonedInstant(date, minutes, timeZone) !== ms || ms % MINUTE !== 0) {
    return `${name}:${utcStamp(ms)}`;
  }
  return `${name};TZID=${timeZone}:${localStamp(local)}`;
}

const STATUS: Record<Reservation['status'], string> = {
  pending: 'TENTATIVE',
  confirmed: 'CONFIRMED',
  checked_in: 'CONFIRMED',
  no_show: 'CONFIRMED',
  cancelled: 'CANCELLED',
  declined: 'CANCELLED',
};

export interface IcsOptions {
  timezone: string;
  /** Host part of the UIDs, e.g. the town's domain. */
  uidDomain?: string;
  /** DTSTAMP; defaults to now. */
  now?: Date;
  /** Calendar name of a feed. */
  name?: string;
  /** Feeds leave out who booked unless this is set (e.g. for staff). */
  includePersons?: boolean;
}

function event(r: Reservation, resource: Resource, o: IcsOptions, withPerson: boolean): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${r.id}@${o.uidDomain ?? 'city-app'}`,
    `DTSTAMP:${utcStamp((o.now ?? new Date()).getTime())}`,
    dateTime('DTSTART', Date.parse(r.start), o.timezone),
    dateTime('DTEND', Date.parse(r.end), o.timezone),
    `SUMMARY:${escapeText(resource.name.de)}${resource.name.en ? escapeText(` / ${resource.name.en}`) : ''}`,
    `STATUS:${STATUS[r.status]}`,
  ];
  if (resource.location) lines.push(`LOCATION:${escapeText(resource.location)}`);
  const description = [
    r.seats > 1 ? `Plätze / seats: ${r.seats}` : '',
    withPerson ? `Gebucht von / booked by: ${r.personId}` : '',
    withPerson && r.note ? r.note : '',
  ].filter(Boolean);
  if (description.length) lines.push(`DESCRIPTION:${escapeText(description.join('\n'))}`);
  lines.push('END:VEVENT');
  return lines;
}

function calendar(
  body: string[],
  reservations: Reservation[],
  o: IcsOptions,
  extra: string[] = [],
): string {
  const years = reservations.flatMap((r) => [
    new Date(r.start).getUTCFullYear(),
    new Date(r.end).getUTCFullYear(),
  ]);
  const thisYear = (o.now ?? new Date()).getUTCFullYear();
  const from = Math.min(thisYear, ...years);
  const to = Math.max(thisYear, ...years);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//city-app//booking//DE',
    'CALSCALE:GREGORIAN',
    ...extra,
    ...vtimezone(o.timezone, from, to),
    ...body,
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join(CRLF)}${CRLF}`;
}

/** The `.ics` of one reservation, for the person who booked it. */
export function reservationIcs(
  reservation: Reservation,
  resource: Resource,
  options: IcsOptions,
): string {
  return calendar(event(reservation, resource, options, true), [reservation], options, [
    'METHOD:PUBLISH',
  ]);
}

/** A subscribable feed of a resource's active reservations. */
export function resourceFeedIcs(
  resource: Resource,
  reservations: Reservation[],
  options: IcsOptions,
): string {
  const body = reservations.flatMap((r) =>
    event(r, resource, options, options.includePersons ?? false),
  );
  return calendar(body, reservations, options, [
    `X-WR-CALNAME:${escapeText(options.name ?? resource.name.de)}`,
    `X-WR-TIMEZONE:${options.timezone}`,
  ]);
}

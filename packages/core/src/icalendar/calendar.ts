/**
 * iCalendar (RFC 5545) writing for every part of city-app: a booking's `.ics`, a resource's
 * feed, "Meine Termine". ical.js writes the text (escaping, folding, CRLF); it was chosen over
 * ical-generator because it is already the parser of our tests, reads what it writes, and runs
 * on Node 20 (ical-generator 11 needs Node 22 and a time-zone peer package). What ical.js does
 * not do is here: times in the town's zone with a VTIMEZONE built from the runtime's zone
 * database (see `../time/zone-rules.ts`), so calendar apps show the right wall-clock hour on
 * both sides of a daylight-saving change.
 */
import ICAL from 'ical.js';
import { instantToWallClock } from '../time/zone.js';
import { isRepeatedWallTime, zoneRules } from '../time/zone-rules.js';

export type EventStatus = 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';

/** One VEVENT. */
export interface CalendarEvent {
  /** Globally unique and stable: a changed event replaces the old one in the calendar. */
  uid: string;
  /** An instant (ISO 8601), or a day `YYYY-MM-DD` for an all-day event. */
  start: string;
  /** As `start`; an all-day event's end is the day after its last day. */
  end?: string;
  summary: string;
  status?: EventStatus;
  location?: string;
  description?: string;
  url?: string;
}

export interface CalendarOptions {
  /** PRODID, e.g. `-//city-app//booking//DE`. */
  productId: string;
  /** The town's zone (IANA), e.g. `Europe/Berlin`. */
  timezone: string;
  /** DTSTAMP of every event. */
  now: Date;
  /** `METHOD:PUBLISH` for a single `.ics` sent to a person. */
  method?: 'PUBLISH';
  /** A subscribed calendar's name (X-WR-CALNAME). */
  name?: string;
  /** How often a subscribing calendar should look again, as an RFC 5545 duration (`PT4H`). */
  refreshInterval?: string;
}

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

// ical.js writes properties its design set does not know verbatim: a calendar's name with a
// comma or a line break would break the line. Calendar apps read X-WR-CALNAME as TEXT, so it
// is registered as TEXT and escaped like SUMMARY.
ICAL.design.icalendar.property['x-wr-calname'] = { defaultType: 'text' };

/** `+0200` from milliseconds. */
const utcOffset = (ms: number) => ICAL.UtcOffset.fromSeconds(ms / 1000);

/** The VTIMEZONE of `timezone` for the years the calendar's events fall in. */
export function vtimezone(timezone: string, fromYear: number, toYear: number): ICAL.Component {
  const zone = new ICAL.Component('vtimezone');
  zone.addPropertyWithValue('tzid', timezone);
  for (const rule of zoneRules(timezone, fromYear, toYear)) {
    const part = new ICAL.Component(rule.kind);
    part.addPropertyWithValue('dtstart', ICAL.Time.fromDateTimeString(`${rule.start}:00`));
    part.addPropertyWithValue('tzoffsetfrom', utcOffset(rule.offsetFrom));
    part.addPropertyWithValue('tzoffsetto', utcOffset(rule.offsetTo));
    if (rule.lastSundayOf) {
      part.addPropertyWithValue(
        'rrule',
        ICAL.Recur.fromString(`FREQ=YEARLY;BYMONTH=${rule.lastSundayOf};BYDAY=-1SU`),
      );
    }
    if (rule.name) part.addPropertyWithValue('tzname', rule.name);
    zone.addSubcomponent(part);
  }
  return zone;
}

/**
 * DTSTART/DTEND: a day as DATE, an instant as local time with TZID (§3.3.5 form 3), to the
 * second. A wall time of the hour that autumn repeats names two instants: that one is written
 * in UTC, which no reader can place in the wrong hour.
 */
function timeProperty(name: string, value: string, timezone: string): ICAL.Property {
  const property = new ICAL.Property(name);
  if (DAY_PATTERN.test(value)) {
    property.setValue(ICAL.Time.fromDateString(value));
    return property;
  }
  const at = Math.floor(Date.parse(value) / 1000) * 1000;
  if (isRepeatedWallTime(at, timezone)) {
    property.setValue(ICAL.Time.fromJSDate(new Date(at), true));
    return property;
  }
  const wall = new Date(instantToWallClock(at, timezone)).toISOString().slice(0, 19);
  property.setValue(ICAL.Time.fromDateTimeString(wall));
  property.setParameter('tzid', timezone);
  return property;
}

function vevent(event: CalendarEvent, options: CalendarOptions): ICAL.Component {
  const component = new ICAL.Component('vevent');
  component.addPropertyWithValue('uid', event.uid);
  component.addPropertyWithValue('dtstamp', ICAL.Time.fromJSDate(options.now, true));
  component.addProperty(timeProperty('dtstart', event.start, options.timezone));
  if (event.end) component.addProperty(timeProperty('dtend', event.end, options.timezone));
  // TEXT holds no CR: a line break is `\n`, which ical.js writes as the escape `\n`.
  const text = (value: string) => value.replace(/\r\n?/g, '\n');
  component.addPropertyWithValue('summary', text(event.summary));
  if (event.status) component.addPropertyWithValue('status', event.status);
  if (event.location) component.addPropertyWithValue('location', text(event.location));
  if (event.description) component.addPropertyWithValue('description', text(event.description));
  if (event.url) component.addPropertyWithValue('url', event.url);
  return component;
}

/** The local year of an event's start and end, for the VTIMEZONE's range. */
function years(event: CalendarEvent, timezone: string): number[] {
  const year = (value: string) =>
    DAY_PATTERN.test(value)
      ? Number(value.slice(0, 4))
      : new Date(instantToWallClock(Date.parse(value), timezone)).getUTCFullYear();
  return event.end ? [year(event.start), year(event.end)] : [year(event.start)];
}

/**
 * RFC 5545 §3.1: a line is at most 75 octets, the leading space of a continuation included.
 * ical.js counts 75 octets after that space, so it writes with one less.
 */
export function calendarText(calendar: ICAL.Component): string {
  const foldLength = ICAL.foldLength;
  ICAL.foldLength = foldLength - 1;
  try {
    return `${calendar.toString()}\r\n`;
  } finally {
    ICAL.foldLength = foldLength;
  }
}

/** A VCALENDAR with its events and the VTIMEZONE they need, as `text/calendar`. */
export function writeCalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const calendar = new ICAL.Component('vcalendar');
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('prodid', options.productId);
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  if (options.method) calendar.addPropertyWithValue('method', options.method);
  if (options.name !== undefined) {
    calendar.addPropertyWithValue('x-wr-calname', options.name);
    calendar.addPropertyWithValue('x-wr-timezone', options.timezone);
  }
  if (options.refreshInterval) {
    // Not in ical.js's design set: it writes VALUE=DURATION itself from the value's type.
    calendar.addPropertyWithValue(
      'refresh-interval',
      ICAL.Duration.fromString(options.refreshInterval),
    );
  }
  const thisYear = new Date(instantToWallClock(options.now.getTime(), options.timezone));
  const all = [thisYear.getUTCFullYear(), ...events.flatMap((e) => years(e, options.timezone))];
  calendar.addSubcomponent(vtimezone(options.timezone, Math.min(...all), Math.max(...all)));
  for (const event of events) calendar.addSubcomponent(vevent(event, options));
  return calendarText(calendar);
}

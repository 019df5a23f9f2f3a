/**
 * "Meine Termine" as an iCalendar feed (RFC 5545) that a phone's calendar subscribes to.
 * ical.js writes the components (escaping, folding, CRLF); the VTIMEZONE comes from the
 * booking core, which builds it from the zone database, so times keep their wall-clock hour
 * on both sides of a daylight-saving change.
 */
import { addDays, formatLocal, vtimezone } from '@city-app/booking';
import { type Locale, localize, type MyDate } from '@city-app/core';
import ICAL from 'ical.js';

export interface CalendarFeed {
  /** The calendar's name, e.g. "Meine Termine – HageNOW!". */
  name: string;
  /** The town's zone (IANA), e.g. Europe/Berlin. */
  timezone: string;
  locale: Locale;
  /** Origin of the app, for each entry's URL and the UIDs' host. */
  origin: string;
  now: Date;
}

const HOUR = 3_600_000;

const STATUS: Record<MyDate['status'], string> = {
  confirmed: 'CONFIRMED',
  tentative: 'TENTATIVE',
  cancelled: 'CANCELLED',
};

/**
 * A date-time in the town's zone, written as local time with TZID (RFC 5545 §3.3.5 form 3).
 * A wall time of the hour that autumn repeats names two instants: that one is written in UTC,
 * which no reader can place in the wrong hour.
 */
function zonedProperty(name: string, instant: string, timezone: string): ICAL.Property {
  const property = new ICAL.Property(name);
  const at = Date.parse(instant);
  const wall = formatLocal(at, timezone);
  const twice = [at - HOUR, at + HOUR].some((other) => formatLocal(other, timezone) === wall);
  if (twice) {
    property.setValue(ICAL.Time.fromJSDate(new Date(at), true));
    return property;
  }
  property.setValue(ICAL.Time.fromDateTimeString(`${wall}:00`));
  property.setParameter('tzid', timezone);
  return property;
}

function dateProperty(name: string, date: string): ICAL.Property {
  const property = new ICAL.Property(name);
  property.setValue(ICAL.Time.fromDateString(date));
  return property;
}

function yearOf(entry: MyDate, timezone: string): number[] {
  const at = (value: string) =>
    Number((entry.allDay ? value : formatLocal(Date.parse(value), timezone)).slice(0, 4));
  return entry.end ? [at(entry.start), at(entry.end)] : [at(entry.start)];
}

function event(entry: MyDate, feed: CalendarFeed, host: string): ICAL.Component {
  const vevent = new ICAL.Component('vevent');
  // Stable per module and entry: a changed booking updates the event instead of adding one.
  vevent.addPropertyWithValue('uid', `${entry.module.id}.${entry.id}@${host}`);
  vevent.addPropertyWithValue('dtstamp', ICAL.Time.fromJSDate(feed.now, true));
  if (entry.allDay) {
    vevent.addProperty(dateProperty('dtstart', entry.start));
    vevent.addProperty(dateProperty('dtend', entry.end ?? addDays(entry.start, 1)));
  } else {
    vevent.addProperty(zonedProperty('dtstart', entry.start, feed.timezone));
    if (entry.end) vevent.addProperty(zonedProperty('dtend', entry.end, feed.timezone));
  }
  vevent.addPropertyWithValue('summary', localize(entry.title, feed.locale));
  vevent.addPropertyWithValue('status', STATUS[entry.status]);
  if (entry.location) vevent.addPropertyWithValue('location', entry.location);
  const about = [localize(entry.module.title, feed.locale)];
  if (entry.detail) about.push(localize(entry.detail, feed.locale));
  vevent.addPropertyWithValue('description', about.join('\n'));
  // The module's screen, never the entry's own path: that may hold a private link, and a
  // subscribed calendar is read by the calendar's provider too.
  vevent.addPropertyWithValue('url', `${feed.origin}${firstSegment(entry.path)}`);
  return vevent;
}

/** `/experimentierraum/buchung/abc` → `/experimentierraum`. */
function firstSegment(path: string): string {
  return `/${path.split('/')[1] ?? ''}`;
}

/** The whole feed of one installation's dates, as text/calendar. */
export function datesCalendar(entries: readonly MyDate[], feed: CalendarFeed): string {
  const calendar = new ICAL.Component('vcalendar');
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('prodid', '-//city-app//Meine Termine//DE');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  calendar.addPropertyWithValue('x-wr-calname', feed.name);
  calendar.addPropertyWithValue('x-wr-timezone', feed.timezone);
  // Calendars that honour it look again every few hours, not once a week.
  calendar
    .addPropertyWithValue('refresh-interval', ICAL.Duration.fromString('PT4H'))
    .setParameter('value', 'DURATION');
  const years = entries.flatMap((entry) => yearOf(entry, feed.timezone));
  const thisYear = Number(formatLocal(feed.now.getTime(), feed.timezone).slice(0, 4));
  const zone = vtimezone(feed.timezone, Math.min(thisYear, ...years), Math.max(thisYear, ...years));
  calendar.addSubcomponent(
    new ICAL.Component(
      ICAL.parse(['BEGIN:VCALENDAR', ...zone, 'END:VCALENDAR'].join('\r\n')),
    ).getFirstSubcomponent('vtimezone') as ICAL.Component,
  );
  const host = new URL(feed.origin).hostname;
  for (const entry of entries) calendar.addSubcomponent(event(entry, feed, host));
  return `${calendar.toString()}\r\n`;
}

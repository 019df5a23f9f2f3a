/**
 * "Meine Termine" as an iCalendar feed (RFC 5545) that a phone's calendar subscribes to,
 * written by core's iCalendar writer (ical.js, with a VTIMEZONE from the zone database), so
 * times keep their wall-clock hour on both sides of a daylight-saving change.
 */
import { addDaysToDate, type Locale, localize, type MyDate } from '@city-app/core';
import { type CalendarEvent, type EventStatus, writeCalendar } from '@city-app/core/icalendar';

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

const STATUS: Record<MyDate['status'], EventStatus> = {
  confirmed: 'CONFIRMED',
  tentative: 'TENTATIVE',
  cancelled: 'CANCELLED',
};

function event(entry: MyDate, feed: CalendarFeed, host: string): CalendarEvent {
  const about = [localize(entry.module.title, feed.locale)];
  if (entry.detail) about.push(localize(entry.detail, feed.locale));
  // An all-day entry without an end lasts its one day (DTEND is the day after).
  const end = entry.end ?? (entry.allDay ? addDaysToDate(entry.start, 1) : undefined);
  return {
    // Stable per module and entry: a changed booking updates the event instead of adding one.
    uid: `${entry.module.id}.${entry.id}@${host}`,
    start: entry.start,
    ...(end ? { end } : {}),
    summary: localize(entry.title, feed.locale),
    status: STATUS[entry.status],
    ...(entry.location ? { location: entry.location } : {}),
    description: about.join('\n'),
    // The module's screen, never the entry's own path: that may hold a private link, and a
    // subscribed calendar is read by the calendar's provider too.
    url: `${feed.origin}${firstSegment(entry.path)}`,
  };
}

/** `/experimentierraum/buchung/abc` → `/experimentierraum`. */
function firstSegment(path: string): string {
  return `/${path.split('/')[1] ?? ''}`;
}

/** The whole feed of one installation's dates, as text/calendar. */
export function datesCalendar(entries: readonly MyDate[], feed: CalendarFeed): string {
  const host = new URL(feed.origin).hostname;
  return writeCalendar(
    entries.map((entry) => event(entry, feed, host)),
    {
      productId: '-//city-app//Meine Termine//DE',
      timezone: feed.timezone,
      now: feed.now,
      name: feed.name,
      // Calendars that honour it look again every few hours, not once a week.
      refreshInterval: 'PT4H',
    },
  );
}

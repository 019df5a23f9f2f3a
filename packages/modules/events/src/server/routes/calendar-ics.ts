import { addDaysToDate, instantToLocal, type Locale, localToInstant } from '@city-app/core';
import { calendarText, vtimezone } from '@city-app/core/icalendar';
import ICAL from 'ical.js';
import type { EventsConfig } from '../../config.js';
import { categoryTitle } from '../events/category-title.js';
import { type ChangedDate, type FeedOutEvent, whereOf } from './calendar-read.js';

/** What every calendar the events module writes needs to know. */
export interface CalendarContext {
  config: Pick<EventsConfig, 'categories'>;
  timeZone: string;
  locale: Locale;
  /** The events' pages: `<pages>/<id>`. */
  pages: string;
  /** The host part of every UID. */
  host: string;
  now: Date;
}

/** The UID of an event's series in every calendar the app writes; stable across changes. */
export const seriesUid = (id: string, host: string) => `event-${id}@${host}`;

const pad = (n: number) => String(n).padStart(2, '0');

/** A floating time of a local day and minute (1440: midnight after it), to carry the TZID. */
function wallTime(date: string, minute: number): ICAL.Time {
  const day = minute >= 1440 ? addDaysToDate(date, 1) : date;
  const m = minute % 1440;
  return ICAL.Time.fromDateTimeString(`${day}T${pad(Math.floor(m / 60))}:${pad(m % 60)}:00`);
}

function dateProperty(name: string, value: ICAL.Time, timeZone: string): ICAL.Property {
  const property = new ICAL.Property(name);
  property.setValue(value);
  if (!value.isDate) property.setParameter('tzid', timeZone);
  return property;
}

/** An instant as the town's wall-clock time (with TZID), or its day for an all-day date. */
function instantTime(instant: Date, timeZone: string, allDay: boolean): ICAL.Time {
  const { date, minutes } = instantToLocal(instant.getTime(), timeZone);
  return allDay ? ICAL.Time.fromDateString(date) : wallTime(date, minutes);
}

/**
 * The rule as RFC 5545 asks for beside a DTSTART with TZID: UNTIL in UTC (the app keeps it in
 * the town's wall-clock time, as the series is expanded); for an all-day series, a DATE.
 */
function exportedRule(rrule: string, allDay: boolean, timeZone: string): ICAL.Recur {
  const recur = ICAL.Recur.fromString(rrule);
  const until = recur.until;
  if (until) {
    const day = until.toString().slice(0, 10);
    if (allDay) recur.until = ICAL.Time.fromDateString(day);
    else {
      const minute = until.isDate ? 1439 : until.hour * 60 + until.minute;
      recur.until = ICAL.Time.fromJSDate(new Date(localToInstant(day, minute, timeZone)), true);
    }
  }
  return recur;
}

function texts(event: FeedOutEvent, ctx: CalendarContext) {
  const { row } = event;
  const en = ctx.locale === 'en';
  const description = (en && row.description_en) || row.description;
  return {
    summary: (en && row.title_en) || row.title,
    description: [description, row.link].filter(Boolean).join('\n\n'),
    location: whereOf(event),
    category: categoryTitle(ctx.config, row.category)[ctx.locale] ?? row.category,
  };
}

/** SUMMARY, DESCRIPTION, LOCATION, URL, CATEGORIES, LAST-MODIFIED: what every VEVENT of an event carries. */
function describe(component: ICAL.Component, event: FeedOutEvent, ctx: CalendarContext): void {
  const t = texts(event, ctx);
  component.addPropertyWithValue('dtstamp', ICAL.Time.fromJSDate(ctx.now, true));
  component.addPropertyWithValue(
    'last-modified',
    ICAL.Time.fromJSDate(new Date(event.row.updated_at), true),
  );
  component.addPropertyWithValue('summary', t.summary);
  if (t.description) component.addPropertyWithValue('description', t.description);
  if (t.location) component.addPropertyWithValue('location', t.location);
  component.addPropertyWithValue('url', `${ctx.pages}/${event.row.id}`);
  component.addPropertyWithValue('categories', t.category);
  if (event.row.cancelled) component.addPropertyWithValue('status', 'CANCELLED');
}

/** The first date's start and end as DTSTART and DTEND. */
function seriesTimes(component: ICAL.Component, event: FeedOutEvent, timeZone: string): void {
  const { row } = event;
  if (row.start_minute === null) {
    component.addProperty(
      dateProperty('dtstart', ICAL.Time.fromDateString(row.starts_on), timeZone),
    );
    const end = addDaysToDate(row.starts_on, row.ends_after_days + 1);
    component.addProperty(dateProperty('dtend', ICAL.Time.fromDateString(end), timeZone));
    return;
  }
  component.addProperty(
    dateProperty('dtstart', wallTime(row.starts_on, row.start_minute), timeZone),
  );
  if (row.end_minute !== null) {
    const endDay = addDaysToDate(row.starts_on, row.ends_after_days);
    component.addProperty(dateProperty('dtend', wallTime(endDay, row.end_minute), timeZone));
  }
}

/** The rule's date a change replaces, as RECURRENCE-ID or EXDATE write it. */
function ruleDate(event: FeedOutEvent, date: string): ICAL.Time {
  const minute = event.row.start_minute;
  return minute === null ? ICAL.Time.fromDateString(date) : wallTime(date, minute);
}

/** A moved date as its own VEVENT (same UID, RECURRENCE-ID the rule's date). */
function movedDate(event: FeedOutEvent, moved: ChangedDate, ctx: CalendarContext): ICAL.Component {
  const component = new ICAL.Component('vevent');
  component.addPropertyWithValue('uid', seriesUid(event.row.id, ctx.host));
  component.addProperty(
    dateProperty('recurrence-id', ruleDate(event, moved.originalDate), ctx.timeZone),
  );
  const allDay = event.row.start_minute === null;
  component.addProperty(
    dateProperty('dtstart', instantTime(moved.startsAt, ctx.timeZone, allDay), ctx.timeZone),
  );
  if (moved.endsAt) {
    component.addProperty(
      dateProperty('dtend', instantTime(moved.endsAt, ctx.timeZone, allDay), ctx.timeZone),
    );
  }
  describe(component, event, ctx);
  return component;
}

/**
 * An event as calendar apps keep it: one VEVENT with DTSTART/DTEND in the town's zone and
 * the series' RRULE, its cancelled dates as EXDATE, and each moved date as a VEVENT of its
 * own with the rule's date as RECURRENCE-ID.
 */
export function eventComponents(event: FeedOutEvent, ctx: CalendarContext): ICAL.Component[] {
  const { row } = event;
  const master = new ICAL.Component('vevent');
  master.addPropertyWithValue('uid', seriesUid(row.id, ctx.host));
  seriesTimes(master, event, ctx.timeZone);
  if (!row.rrule) {
    describe(master, event, ctx);
    return [master];
  }
  master.addPropertyWithValue(
    'rrule',
    exportedRule(row.rrule, row.start_minute === null, ctx.timeZone),
  );
  for (const date of event.changed.filter((d) => d.status === 'cancelled')) {
    master.addProperty(dateProperty('exdate', ruleDate(event, date.originalDate), ctx.timeZone));
  }
  describe(master, event, ctx);
  const moved = event.changed.filter((d) => d.status === 'moved');
  return [master, ...moved.map((d) => movedDate(event, d, ctx))];
}

/**
 * A VCALENDAR of whole events with the town's VTIMEZONE, as `text/calendar`; `name` makes
 * it a subscribable calendar (X-WR-CALNAME), else a file to add once (METHOD:PUBLISH).
 */
export function eventsCalendar(
  events: readonly FeedOutEvent[],
  ctx: CalendarContext,
  name?: string,
): string {
  const calendar = new ICAL.Component('vcalendar');
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('prodid', '-//city-app//events//DE');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  if (name === undefined) calendar.addPropertyWithValue('method', 'PUBLISH');
  else {
    calendar.addPropertyWithValue('x-wr-calname', name);
    calendar.addPropertyWithValue('x-wr-timezone', ctx.timeZone);
  }
  const years = events.map((e) => Number(e.row.starts_on.slice(0, 4)));
  const thisYear = Number(instantToLocal(ctx.now.getTime(), ctx.timeZone).date.slice(0, 4));
  calendar.addSubcomponent(
    vtimezone(ctx.timeZone, Math.min(thisYear, ...years), Math.max(thisYear + 2, ...years)),
  );
  for (const event of events) {
    for (const component of eventComponents(event, ctx)) calendar.addSubcomponent(component);
  }
  return calendarText(calendar);
}

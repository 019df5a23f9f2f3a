import { addDaysToDate } from '@city-app/core';
import ICAL from 'ical.js';
import type { FeedEvent, FeedException } from './feed-event.js';
import { type TownClock, type TownTime, tzidOf } from './zone.js';

/** A rule ical.js cannot expand, or one that would take it too long. */
export class UnreadableRule extends Error {
  constructor(readonly rule: string) {
    super(`unreadable rule ${rule}`);
  }
}

const text = (component: ICAL.Component, name: string): string => {
  const value = component.getFirstPropertyValue(name);
  return typeof value === 'string' ? value.trim() : '';
};

const isCancelled = (component: ICAL.Component) =>
  text(component, 'status').toUpperCase() === 'CANCELLED';

/**
 * Where an event or an overridden date ends, in the town's time: DTEND, else DTSTART plus
 * DURATION. An all-day event's DTEND is the day after its last day; an end at or before the
 * start (Thunderbird writes `DURATION:PT0S`) means no end is known.
 */
function endOf(component: ICAL.Component, start: TownTime, clock: TownClock): TownTime | null {
  const dtstart = component.getFirstProperty('dtstart');
  const dtend = component.getFirstProperty('dtend');
  const startTime = dtstart?.getFirstValue() as ICAL.Time;
  let end: TownTime | null = null;
  if (dtend) {
    const endTime = dtend.getFirstValue() as ICAL.Time;
    end =
      start.minute === null
        ? { date: addDaysToDate(clock.local(endTime, tzidOf(dtend)).date, -1), minute: null }
        : clock.local(endTime, tzidOf(dtend));
  } else {
    const duration = component.getFirstPropertyValue('duration');
    if (!(duration instanceof ICAL.Duration)) return null;
    if (start.minute === null) {
      const days = Math.floor(duration.toSeconds() / 86_400);
      return days > 1 ? { date: addDaysToDate(start.date, days - 1), minute: null } : null;
    }
    const at = clock.instantOf(startTime, tzidOf(dtstart)) + duration.toSeconds() * 1000;
    const endTime = ICAL.Time.fromJSDate(new Date(at), true);
    end = clock.local(endTime, undefined);
  }
  if (start.minute === null) return end && end.date > start.date ? end : null;
  if (end.minute === null) return null;
  return end.date > start.date || (end.date === start.date && end.minute > start.minute)
    ? end
    : null;
}

/** The RRULE with UNTIL as the town's wall-clock time (the series is expanded in it), or raises. */
function townRule(component: ICAL.Component, start: TownTime, clock: TownClock): string | null {
  const property = component.getFirstProperty('rrule');
  if (!property) return null;
  const recur = property.getFirstValue() as ICAL.Recur;
  const written = recur.toString();
  if (!['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'].includes(recur.freq)) {
    throw new UnreadableRule(written);
  }
  if ((recur.interval ?? 1) > 1_000) throw new UnreadableRule(written);
  if (recur.until) {
    const until = clock.local(recur.until, tzidOf(component.getFirstProperty('dtstart')));
    const minute = until.minute ?? 24 * 60 - 1;
    const [year, month, day] = until.date.split('-').map(Number) as [number, number, number];
    recur.until = ICAL.Time.fromData({
      year,
      month,
      day,
      ...(start.minute === null
        ? { isDate: true }
        : { hour: Math.floor(minute / 60), minute: minute % 60 }),
    });
  }
  return recur.toString();
}

/** EXDATEs as cancelled dates, each as the town's day the rule gives it. */
function excludedDates(component: ICAL.Component, clock: TownClock): FeedException[] {
  return component.getAllProperties('exdate').flatMap((property) =>
    (property.getValues() as ICAL.Time[]).map((time) => ({
      originalDate: clock.local(time, tzidOf(property)).date,
      kind: 'cancelled' as const,
    })),
  );
}

/**
 * An overridden date (RECURRENCE-ID): cancelled when it says so, moved when its day or times
 * differ from the series'; `null` when only its texts differ, which the town's calendar keeps
 * per series, not per date.
 */
function overrideOf(
  component: ICAL.Component,
  series: Pick<FeedEvent, 'start' | 'end'>,
  clock: TownClock,
): FeedException | null {
  const id = component.getFirstProperty('recurrence-id');
  const originalDate = clock.local(id?.getFirstValue() as ICAL.Time, tzidOf(id ?? null)).date;
  if (isCancelled(component)) return { originalDate, kind: 'cancelled' };
  const dtstart = component.getFirstProperty('dtstart');
  if (!dtstart) return null;
  const start = clock.local(dtstart.getFirstValue() as ICAL.Time, tzidOf(dtstart));
  const end = endOf(component, start, clock);
  const endMinute = end?.minute ?? null;
  const seriesEnd = series.end?.minute ?? null;
  if (
    start.date === originalDate &&
    start.minute === series.start.minute &&
    endMinute === seriesEnd
  ) {
    return null;
  }
  return {
    originalDate,
    kind: 'moved',
    movedTo: start.date,
    movedStartMinute: start.minute,
    movedEndMinute: start.minute === null ? null : endMinute,
  };
}

/** The text of ORGANIZER's CN: a name, never the address (a person's e-mail is not ours to show). */
function organiserOf(component: ICAL.Component): string {
  const cn = component.getFirstProperty('organizer')?.getParameter('cn');
  return typeof cn === 'string' ? cn.trim() : '';
}

/** A date that does not exist (30 February), which ical.js would roll over into March. */
export class ImpossibleDate extends Error {}

const DATED = ['dtstart', 'dtend', 'recurrence-id', 'exdate'];

/** Refuses a component whose dates, as written, name a day or time that does not exist. */
function checkWrittenDates(component: ICAL.Component): void {
  for (const property of DATED.flatMap((name) => component.getAllProperties(name))) {
    for (const raw of (property.jCal as unknown[]).slice(3)) {
      const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2}))?/.exec(String(raw));
      if (!m) throw new ImpossibleDate(String(raw));
      const [y, mo, d, h = 0, mi = 0, se = 0] = m.slice(1).map((part) => Number(part ?? 0));
      const at = new Date(Date.UTC(y as number, (mo as number) - 1, d, h, mi, se));
      if (at.getUTCMonth() !== (mo as number) - 1 || at.getUTCDate() !== d || h > 23 || mi > 59) {
        throw new ImpossibleDate(String(raw));
      }
    }
  }
}

/** A series (or single event) and its overridden dates → what the town's calendar stores. */
export function readEvent(
  master: ICAL.Component,
  overrides: readonly ICAL.Component[],
  clock: TownClock,
): FeedEvent {
  for (const component of [master, ...overrides]) checkWrittenDates(component);
  const dtstart = master.getFirstProperty('dtstart') as ICAL.Property;
  const start = clock.local(dtstart.getFirstValue() as ICAL.Time, tzidOf(dtstart));
  const end = endOf(master, start, clock);
  const rrule = townRule(master, start, clock);
  const exceptions = new Map<string, FeedException>();
  if (rrule) {
    for (const exception of excludedDates(master, clock))
      exceptions.set(exception.originalDate, exception);
    for (const override of overrides) {
      const exception = overrideOf(override, { start, end }, clock);
      if (exception) exceptions.set(exception.originalDate, exception);
    }
  }
  return {
    uid: text(master, 'uid'),
    summary: text(master, 'summary'),
    description: text(master, 'description'),
    location: text(master, 'location'),
    url: text(master, 'url'),
    organiser: organiserOf(master),
    categories: master
      .getAllProperties('categories')
      .flatMap((p) => p.getValues() as string[])
      .map((c) => String(c).trim())
      .filter(Boolean),
    cancelled: isCancelled(master),
    start,
    end,
    rrule,
    exceptions: [...exceptions.values()].sort((a, b) =>
      a.originalDate.localeCompare(b.originalDate),
    ),
  };
}

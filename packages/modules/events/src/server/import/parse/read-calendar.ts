import ICAL from 'ical.js';
import { feedError } from '../../../errors/feeds.js';
import type { FeedEvent, FeedWarning } from './feed-event.js';
import { readLeniently } from './lenient.js';
import { assertEventCount } from './limits.js';
import { readEvent, UnreadableRule } from './read-event.js';
import { ianaZoneOf, TownClock, UnknownZone } from './zone.js';

export interface CalendarReading {
  /** X-WR-CALNAME, when the calendar names itself. */
  name?: string;
  events: FeedEvent[];
  warnings: FeedWarning[];
}

// Calendar apps read these as TEXT; ical.js would leave them unescaped.
ICAL.design.icalendar.property['x-wr-calname'] = { defaultType: 'text' };
ICAL.design.icalendar.property['x-wr-timezone'] = { defaultType: 'text' };

const NOT_ICALENDAR = {
  de: 'die Zeilen folgen nicht dem Aufbau NAME:Wert mit BEGIN und END',
  en: 'its lines do not follow the form NAME:value with BEGIN and END',
};
const NO_VCALENDAR = {
  de: 'sie enthält keinen VCALENDAR',
  en: 'it holds no VCALENDAR',
};

/** The file's calendars (some exports put several into one file). */
function calendarsOf(text: string, warnings: FeedWarning[]): ICAL.Component[] {
  let parsed: unknown[];
  try {
    parsed = ICAL.parse(text) as unknown[];
  } catch {
    const lenient = readLeniently(text);
    if (!lenient) throw feedError('events_ics_unreadable', { reason: NOT_ICALENDAR });
    warnings.push(...lenient.warnings);
    return [lenient.calendar];
  }
  const roots = (Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[][];
  const calendars = roots
    .map((jcal) => new ICAL.Component(jcal as never))
    .filter((c) => c.name === 'vcalendar');
  if (!calendars.length) throw feedError('events_ics_unreadable', { reason: NO_VCALENDAR });
  return calendars;
}

/** The file's VTIMEZONEs by TZID, for names the zone database does not know. */
function vtimezonesOf(calendars: ICAL.Component[]): Map<string, ICAL.Timezone> {
  const zones = new Map<string, ICAL.Timezone>();
  for (const component of calendars.flatMap((c) => c.getAllSubcomponents('vtimezone'))) {
    const tzid = component.getFirstPropertyValue('tzid');
    if (typeof tzid === 'string') zones.set(tzid, new ICAL.Timezone(component));
  }
  return zones;
}

const uidOf = (c: ICAL.Component) => String(c.getFirstPropertyValue('uid') ?? '').trim();

/**
 * Reads an iCalendar file (RFC 5545) into the events it holds, with times in the town's
 * wall-clock time: each series with its rule, its EXDATEs as cancelled dates and its
 * overridden dates (RECURRENCE-ID) as cancelled or moved ones. An event that cannot be read
 * is left out with a warning; a file that is no calendar, or too large, is refused.
 */
export function readCalendar(text: string, options: { timeZone: string }): CalendarReading {
  const warnings: FeedWarning[] = [];
  const calendars = calendarsOf(text, warnings);
  const vevents = calendars.flatMap((c) => c.getAllSubcomponents('vevent'));
  assertEventCount(vevents.length);
  const floating = calendars
    .map((c) => c.getFirstPropertyValue('x-wr-timezone'))
    .find((z): z is string => typeof z === 'string');
  const clock = new TownClock(
    options.timeZone,
    vtimezonesOf(calendars),
    floating ? ianaZoneOf(floating) : undefined,
  );
  const reading: CalendarReading = { events: [], warnings };
  const name = calendars[0]?.getFirstPropertyValue('x-wr-calname');
  if (typeof name === 'string' && name.trim()) reading.name = name.trim();

  const masters = new Map<string, ICAL.Component>();
  const overrides = new Map<string, ICAL.Component[]>();
  const orphans: ICAL.Component[] = [];
  vevents.forEach((vevent, index) => {
    const uid = uidOf(vevent);
    const item = uid || `VEVENT ${index + 1}`;
    if (!uid) reading.warnings.push({ item, key: 'skip.noUid' });
    else if (!vevent.hasProperty('dtstart')) reading.warnings.push({ item, key: 'skip.noStart' });
    else if (vevent.hasProperty('recurrence-id')) {
      overrides.set(uid, [...(overrides.get(uid) ?? []), vevent]);
    } else if (masters.has(uid)) reading.warnings.push({ item, key: 'skip.duplicate' });
    else masters.set(uid, vevent);
  });
  for (const [uid, list] of overrides) if (!masters.has(uid)) orphans.push(...list);

  const read = (master: ICAL.Component, own: ICAL.Component[], key: string) => {
    try {
      const event = readEvent(master, own, clock);
      reading.events.push({ ...event, uid: key });
      if (master.hasProperty('rdate')) reading.warnings.push({ item: key, key: 'note.rdate' });
    } catch (error) {
      reading.warnings.push(warningOf(error, key));
    }
  };
  for (const [uid, master] of masters) read(master, overrides.get(uid) ?? [], uid);
  // An overridden date whose series the feed left out stands alone, keyed by its date.
  for (const orphan of orphans) {
    const id = orphan.getFirstProperty('recurrence-id');
    const day = (id?.getFirstValue() as ICAL.Time | null)?.toString().slice(0, 10) ?? '';
    orphan.removeAllProperties('recurrence-id');
    orphan.removeAllProperties('rrule');
    read(orphan, [], `${uidOf(orphan)}#${day}`);
  }
  return reading;
}

function warningOf(error: unknown, item: string): FeedWarning {
  if (error instanceof UnknownZone) {
    return { item, key: 'skip.zone', params: { zone: error.tzid.slice(0, 80) } };
  }
  if (error instanceof UnreadableRule) {
    return { item, key: 'skip.rule', params: { rule: error.rule.slice(0, 120) } };
  }
  return { item, key: 'skip.unreadable' };
}

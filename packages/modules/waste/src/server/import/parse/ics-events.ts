import ICAL from 'ical.js';
import type { ParseWarning } from '../parsed.js';
import {
  type ComponentBlock,
  type ContentLine,
  nameAndValue,
  outlineCalendar,
} from './ics-lines.js';
import { OccurrenceReader } from './ics-occurrences.js';
import { ianaZone } from './ics-zone.js';
import { parseWarnings } from './warnings.js';

/** One day an event takes place on, with the texts the parsers read a pickup from. */
export interface IcsOccurrence {
  summary: string;
  location: string;
  description: string;
  /** The town's local date, YYYY-MM-DD. */
  date: string;
  cancelled: boolean;
  ref: string;
}

export interface IcsReading {
  /** X-WR-CALNAME: some authorities name the street or area there. */
  calendarName?: string;
  /** X-WR-CALDESC. */
  calendarDescription?: string;
  occurrences: IcsOccurrence[];
  warnings: ParseWarning[];
}

// Calendar apps read these as TEXT; ical.js leaves properties it does not know unescaped
// ("Bahnhofstraße\\, 19230 Hagenow").
ICAL.design.icalendar.property['x-wr-calname'] = { defaultType: 'text' };
ICAL.design.icalendar.property['x-wr-caldesc'] = { defaultType: 'text' };

const wrap = (lines: ContentLine[]) =>
  `BEGIN:VCALENDAR\r\n${lines.map((l) => l.text).join('\r\n')}\r\nEND:VCALENDAR`;

/** A component parsed alone, so that one unreadable event does not cost the others. */
function parseBlock(block: ComponentBlock): ICAL.Component | undefined {
  if (hasImpossibleDate(block.lines)) return undefined;
  try {
    const calendar = new ICAL.Component(ICAL.parse(wrap(block.lines)));
    return calendar.getFirstSubcomponent(block.name.toLowerCase()) ?? undefined;
  } catch {
    return undefined;
  }
}

// ical.js rolls an impossible date over (30 February → 2 March) instead of refusing it.
const DATE_VALUE = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z?)?$/;
const DATED = new Set(['DTSTART', 'DTEND', 'RECURRENCE-ID', 'EXDATE']);
// ical.js walks every step of a rule's interval: a series once in a million days takes seconds.
const MAX_INTERVAL = 1000;

function hasImpossibleDate(lines: ContentLine[]): boolean {
  return lines.some((line) => {
    const [name, value] = nameAndValue(line.text);
    if (name === 'RRULE') {
      return Number(/(?:^|;)INTERVAL=(\d+)/i.exec(value)?.[1] ?? 1) > MAX_INTERVAL;
    }
    if (!DATED.has(name)) return false;
    return value.split(',').some((item) => {
      const m = DATE_VALUE.exec(item.trim());
      if (!m) return true;
      const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = m
        .slice(1)
        .map((part) => Number(part ?? 0));
      const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
      return (
        month < 1 || month > 12 || day < 1 || day > days || hour > 23 || minute > 59 || second > 60
      );
    });
  });
}

/**
 * Reads every event of an iCalendar file as the days it takes place on, in the town's zone:
 * series (RRULE, RDATE) expanded without the EXDATE days and with their overridden occurrences
 * (RECURRENCE-ID), bounded; cancelled events and occurrences marked. What it cannot read
 * becomes a warning; a file that is no iCalendar a catalogue error.
 */
export function readIcs(text: string, options: { timezone: string }): IcsReading {
  const outline = outlineCalendar(text);
  const reading: IcsReading = { occurrences: [], warnings: [] };
  const head = parseCalendarProperties(outline.properties);
  if (head.name) reading.calendarName = head.name;
  if (head.description) reading.calendarDescription = head.description;

  const vtimezones = new Map<string, ICAL.Timezone>();
  for (const block of outline.components) {
    if (block.name !== 'VTIMEZONE') continue;
    const component = parseBlock(block);
    const tzid = component?.getFirstPropertyValue('tzid');
    if (component && typeof tzid === 'string') vtimezones.set(tzid, new ICAL.Timezone(component));
  }
  // ical.js compares a series' UNTIL (often UTC) with its times through the zones it knows;
  // the file's zones are known to it while this file is read, and only then.
  withZones(vtimezones, () => {
    const events = readEvents(outline.components, reading);
    const floating = head.timezone ? ianaZone(head.timezone) : undefined;
    const reader = new OccurrenceReader(options.timezone, vtimezones, floating, reading);
    for (const event of relateExceptions(events))
      reader.read(event, lineRef(lines.get(event) ?? 0));
  });
  return reading;
}

const lineRef = (line: number) => `Zeile ${line}`;

function withZones(zones: Map<string, ICAL.Timezone>, read: () => void): void {
  const before = new Map<string, ICAL.Timezone>();
  for (const [tzid, zone] of zones) {
    if (ICAL.TimezoneService.has(tzid)) before.set(tzid, ICAL.TimezoneService.get(tzid));
    ICAL.TimezoneService.register(zone, tzid);
  }
  try {
    read();
  } finally {
    for (const tzid of zones.keys()) {
      ICAL.TimezoneService.remove(tzid);
      const previous = before.get(tzid);
      if (previous) ICAL.TimezoneService.register(previous, tzid);
    }
  }
}

/** The file's events that can be read, each with the line it begins on; warnings for the rest. */
function readEvents(blocks: ComponentBlock[], reading: IcsReading): ICAL.Event[] {
  const events: ICAL.Event[] = [];
  for (const block of blocks) {
    if (block.name !== 'VEVENT') continue;
    const component = parseBlock(block);
    const ref = `${lineRef(block.line)} ${uidOf(block.lines)}`.trim();
    if (!component) reading.warnings.push(parseWarnings.eventUnreadable(ref));
    else if (!component.hasProperty('dtstart')) {
      reading.warnings.push(parseWarnings.eventWithoutDate(ref));
    } else {
      const event = new ICAL.Event(component);
      lines.set(event, block.line);
      events.push(event);
    }
  }
  return events;
}

// The line each event begins on, for warnings about events without a UID.
const lines = new WeakMap<ICAL.Event, number>();

/**
 * Attaches each overridden occurrence (RECURRENCE-ID) to its series; returns the events to
 * read: series, single events, and overrides whose series is missing from the file.
 */
function relateExceptions(events: ICAL.Event[]): ICAL.Event[] {
  const masters = new Map<string, ICAL.Event>();
  for (const event of events) {
    if (!event.isRecurrenceException() && event.uid) masters.set(event.uid, event);
  }
  return events.filter((event) => {
    const master = event.isRecurrenceException() ? masters.get(event.uid) : undefined;
    if (master) master.relateException(event);
    return !master;
  });
}

function uidOf(lines: ContentLine[]): string {
  for (const line of lines) {
    const [name, value] = nameAndValue(line.text);
    if (name === 'UID') return `UID ${value.slice(0, 80)}`;
  }
  return '';
}

function parseCalendarProperties(lines: ContentLine[]) {
  const text = (name: string, component: ICAL.Component | undefined) => {
    const value = component?.getFirstPropertyValue(name);
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  };
  let component: ICAL.Component | undefined;
  try {
    component = new ICAL.Component(ICAL.parse(wrap(lines)));
  } catch {
    // An unreadable calendar property costs its name, not the events.
  }
  return {
    name: text('x-wr-calname', component),
    description: text('x-wr-caldesc', component) ?? text('description', component),
    timezone: text('x-wr-timezone', component),
  };
}

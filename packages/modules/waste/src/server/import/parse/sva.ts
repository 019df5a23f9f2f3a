import type { ParsedCalendar, ParsedLocation } from '../parsed.js';
import { readIcs } from './ics-events.js';
import { cleanLabel } from './label.js';
import { parseWarnings } from './warnings.js';

/*
 * The Smart Village App's waste calendar export, one file per address
 * (`GET /waste_calendar/export?street=…&city=…`). Its shape, as written by
 * `app/controllers/notification/wastes_controller.rb` (`ical_export`) in the repository
 * smart-village-solutions/smart-village-app-mainserver:
 * - the calendar is always named "Abfallkalender" (NAME, X-WR-CALNAME); its DESCRIPTION and
 *   X-WR-CALDESC read "Alle Abholtermine der Müllabfuhr für <street>, <zip> <city>";
 * - one all-day event per pickup (DTSTART;VALUE=DATE, DTEND the day after), METHOD:PUBLISH;
 * - SUMMARY "Abfallkalender: <type label>", DESCRIPTION "Abholung <type label> in <street>",
 *   LOCATION "<street>, <zip> <city>" — the street as the app's address has it, which may end
 *   in a house number ("Agnetenstraße 10").
 * So the street comes from LOCATION, else from the calendar's description, else from the
 * event's description; the label is the SUMMARY without its "Abfallkalender: " prefix.
 */

const CALENDAR_DESCRIPTION = /\bfür\s+(.+)$/i;
const EVENT_DESCRIPTION = /^Abholung\s+.+\s+in\s+(.+)$/i;
const HOUSE_NUMBER = /^(.*\S)\s+(\d{1,5})\s*[a-zA-Z]?$/;

export function parseSva(text: string, options: { timezone: string }): ParsedCalendar {
  const reading = readIcs(text, options);
  const calendar: ParsedCalendar = { pickups: [], warnings: reading.warnings };
  const fromCalendar = CALENDAR_DESCRIPTION.exec(reading.calendarDescription ?? '')?.[1];
  for (const occurrence of reading.occurrences) {
    if (occurrence.summary.trim() === '') {
      calendar.warnings.push(parseWarnings.eventWithoutLabel(occurrence.ref));
      continue;
    }
    const street =
      beforeComma(occurrence.location) ||
      beforeComma(fromCalendar ?? '') ||
      beforeComma(EVENT_DESCRIPTION.exec(occurrence.description.trim())?.[1] ?? '');
    calendar.pickups.push({
      location: street ? streetLocation(street) : null,
      label: cleanLabel(occurrence.summary),
      date: occurrence.date,
      cancelled: occurrence.cancelled,
      ref: occurrence.ref,
    });
  }
  const first = calendar.pickups.find((pickup) => pickup.location)?.location;
  // The app names every calendar "Abfallkalender"; its street is the name worth showing.
  if (first) calendar.calendarName = first.name;
  else if (reading.calendarName) calendar.calendarName = reading.calendarName;
  return calendar;
}

const beforeComma = (text: string) => (text.split(',')[0] ?? '').trim();

/** "Bahnhofstraße" is the whole street; "Agnetenstraße 10" that one house of it. */
function streetLocation(street: string): ParsedLocation {
  const numbered = HOUSE_NUMBER.exec(street);
  if (!numbered?.[1]) return { kind: 'street', name: street };
  const number = Number(numbered[2]);
  return { kind: 'street', name: numbered[1], houseFrom: number, houseTo: number };
}

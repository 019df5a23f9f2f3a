import type { ParsedCalendar } from '../parsed.js';
import { readIcs } from './ics-events.js';
import { cleanLabel } from './label.js';
import { parseWarnings } from './warnings.js';

/**
 * An iCalendar file of the authority (one street or area per file, as most publish them) →
 * pickups: each day an event takes place on, its SUMMARY cleaned of decoration as the label.
 */
export function parseIcs(text: string, options: { timezone: string }): ParsedCalendar {
  const reading = readIcs(text, options);
  const calendar: ParsedCalendar = { pickups: [], warnings: reading.warnings };
  if (reading.calendarName) calendar.calendarName = reading.calendarName;
  for (const occurrence of reading.occurrences) {
    if (occurrence.summary.trim() === '') {
      calendar.warnings.push(parseWarnings.eventWithoutLabel(occurrence.ref));
      continue;
    }
    calendar.pickups.push({
      location: null,
      label: cleanLabel(occurrence.summary),
      date: occurrence.date,
      cancelled: occurrence.cancelled,
      ref: occurrence.ref,
    });
  }
  return calendar;
}

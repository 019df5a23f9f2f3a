// Interface of the parsers slice's module (`parseCalendar`); at merge their file replaces this one.
import { cityError } from '@city-app/core';
import type { ParsedCalendar } from '../parsed.js';

export type CalendarFormat = 'ics' | 'csv' | 'sva';

export interface ParseOptions {
  /** The town's zone (IANA): pickups are dated by its clocks. */
  timezone: string;
  /** The charset the sender declared (Content-Type, the import form); detected when absent. */
  charset?: string;
}

/** One of the authority's files → the pickups it states. */
export function parseCalendar(
  _bytes: Uint8Array,
  format: CalendarFormat,
  _options: ParseOptions,
): ParsedCalendar {
  throw cityError('unknown_format', { id: 'waste', what: format, formats: 'ics, csv, sva' });
}

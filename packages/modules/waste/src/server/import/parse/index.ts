// Interface of the parsers slice's module (`parseCalendar`); at merge their file replaces this one.
import { cityError } from '@city-app/core';
import type { ImportFormat } from '../../../api/import-plan.js';
import type { ParsedCalendar } from '../parsed.js';

/** Reads a file of the authority in `format` into pickups. */
export function parseCalendar(
  _bytes: Uint8Array,
  format: ImportFormat,
  _options: { timezone: string },
): ParsedCalendar {
  throw cityError('unknown_format', {
    id: 'waste',
    what: format,
    formats: 'ics, csv, sva',
  });
}

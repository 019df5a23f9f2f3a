import type { ParsedCalendar } from '../parsed.js';
import { parseCsv } from './csv.js';
import { decodeText } from './decode.js';
import { parseIcs } from './ics.js';
import { assertFileSize } from './limits.js';
import { parseSva } from './sva.js';

export type CalendarFormat = 'ics' | 'csv' | 'sva';

export interface ParseOptions {
  /** The town's zone (IANA): pickups are dated by its clocks. */
  timezone: string;
  /** The charset the sender declared (Content-Type, the import form); detected when absent. */
  charset?: string;
}

/**
 * One of the authority's files → the pickups it states, for the import to map and plan. Pure:
 * no database, no network. Refuses a file over 5 MB, one with more than 50,000 pickups, and
 * one that is not of the format, each with a catalogue error; skips what it cannot read in an
 * otherwise good file with a warning.
 */
export function parseCalendar(
  bytes: Uint8Array,
  format: CalendarFormat,
  options: ParseOptions,
): ParsedCalendar {
  assertFileSize(bytes);
  const text = decodeText(bytes, options.charset);
  if (format === 'csv') return parseCsv(text);
  if (format === 'sva') return parseSva(text, options);
  return parseIcs(text, options);
}

export { houseNumbersText, parseHouseNumbers } from './house-numbers.js';
export { cleanLabel } from './label.js';
export { MAX_FILE_BYTES, MAX_PICKUPS } from './limits.js';

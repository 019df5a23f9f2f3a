import type { Localized } from '@city-app/core';

/**
 * Where a parsed pickup is: a street (all of it, or the house numbers between two numbers,
 * perhaps only the odd or even ones) or a whole area such as a village.
 */
export interface ParsedLocation {
  kind: 'street' | 'area';
  name: string;
  district?: string;
  houseFrom?: number;
  houseTo?: number;
  parity?: 'all' | 'odd' | 'even';
}

/**
 * One pickup as a file of the authority states it, before its text is mapped to a waste type.
 * The parsers (iCalendar, CSV, the Smart Village App's export) produce these; the import plans
 * and applies them.
 */
export interface ParsedPickup {
  /** Where, when the file says it (CSV rows); null for a file of one location (an ICS per street). */
  location: ParsedLocation | null;
  /**
   * The text naming the waste, with the file's decoration removed ("Abfuhr: Papier 4-wö." →
   * "Papier"); it may still name several types ("Restabfall, Papier").
   */
  label: string;
  /** The local date of the pickup in the town's time zone, YYYY-MM-DD. */
  date: string;
  /** The file says this pickup does not take place (STATUS:CANCELLED, a cancelled occurrence). */
  cancelled: boolean;
  /** Where in the file it came from, for warnings: "UID … 2027-01-05", "Zeile 12". */
  ref: string;
}

/** Something a parser skipped, and why, in both languages. */
export interface ParseWarning {
  message: Localized;
  ref?: string;
}

export interface ParsedCalendar {
  pickups: ParsedPickup[];
  warnings: ParseWarning[];
  /**
   * The calendar's own name (iCalendar X-WR-CALNAME), which some authorities set to the street
   * or area of a per-street file; absent when the file has none or it names no place.
   */
  calendarName?: string;
}

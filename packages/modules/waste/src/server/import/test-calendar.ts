import type { ParsedCalendar, ParsedLocation, ParsedPickup } from './parsed.js';

/**
 * Builds parsed calendars by hand for the import's tests: `street('Bahnhofstraße')` and
 * `pickups(location, 'Papier', ['2027-01-05', …])`.
 */
export function street(name: string, extra: Partial<ParsedLocation> = {}): ParsedLocation {
  return { kind: 'street', name, ...extra };
}

export function pickups(
  location: ParsedLocation | null,
  label: string,
  dates: string[],
  cancelled: string[] = [],
): ParsedPickup[] {
  return [
    ...dates.map((date, i) => ({ location, label, date, cancelled: false, ref: `Zeile ${i + 1}` })),
    ...cancelled.map((date) => ({ location, label, date, cancelled: true, ref: date })),
  ];
}

export function calendar(...lists: ParsedPickup[][]): ParsedCalendar {
  return { pickups: lists.flat(), warnings: [] };
}

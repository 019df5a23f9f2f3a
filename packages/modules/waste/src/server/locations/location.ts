import type { Locale } from '@city-app/core';
import type { WasteLocation } from '../../api/pickups.js';

/** A row of `waste_locations` as the residents' queries select it. */
export interface LocationRow {
  id: number;
  kind: 'street' | 'area';
  name: string;
  district: string | null;
  house_from: number | null;
  house_to: number | null;
  house_parity: 'all' | 'odd' | 'even';
}

export const LOCATION_COLUMNS =
  'l.id, l.kind, l.name, l.district, l.house_from, l.house_to, l.house_parity';

const PARITY: Record<Locale, Record<'odd' | 'even', string>> = {
  de: { odd: 'ungerade', even: 'gerade' },
  en: { odd: 'odd', even: 'even' },
};
const OPEN_END: Record<Locale, { from: string; to: string }> = {
  de: { from: 'ab', to: 'bis' },
  en: { from: 'from', to: 'up to' },
};

/** "1–19 (ungerade)", "ab 20", or null when the location is the whole street or an area. */
export function houseNumbers(row: LocationRow, locale: Locale): string | null {
  const { house_from: from, house_to: to, house_parity: parity } = row;
  let range: string | null = null;
  if (from !== null && to !== null) range = from === to ? `${from}` : `${from}–${to}`;
  else if (from !== null) range = `${OPEN_END[locale].from} ${from}`;
  else if (to !== null) range = `${OPEN_END[locale].to} ${to}`;
  if (parity === 'all') return range;
  const words = PARITY[locale][parity];
  return range ? `${range} (${words})` : words;
}

/** The location as residents see it: name, house numbers and district on one line. */
export function toLocation(row: LocationRow, locale: Locale): WasteLocation {
  const numbers = houseNumbers(row, locale);
  const label = [row.name, numbers, row.district && row.district !== row.name ? row.district : null]
    .filter(Boolean)
    .join(', ');
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    district: row.district,
    houseNumbers: numbers,
    label,
  };
}

import type { Translate } from '@city-app/core';
import type { StaffLocation } from '../../api/staff.js';

type Place = Pick<StaffLocation, 'name' | 'district' | 'houseFrom' | 'houseTo' | 'parity'>;

/**
 * "Lange Straße, 1–19 (ungerade), Zentrum", "Ring, ab 20": the location on one line, worded
 * as residents read it.
 */
export function locationLabel(t: Translate, l: Place): string {
  const { houseFrom: from, houseTo: to, parity } = l;
  let numbers: string | null = null;
  if (from != null && to != null) numbers = from === to ? `${from}` : `${from}–${to}`;
  else if (from != null) numbers = t('waste.admin.houses.from', { n: from });
  else if (to != null) numbers = t('waste.admin.houses.to', { n: to });
  if (parity !== 'all') {
    const words = t(`waste.admin.parity.${parity}`);
    numbers = numbers ? `${numbers} (${words})` : words;
  }
  const district = l.district && l.district !== l.name ? l.district : null;
  return [l.name, numbers, district].filter(Boolean).join(', ');
}

import type { Translate } from '@city-app/core';
import type { StaffLocation } from '../../api/staff.js';

type Place = Pick<StaffLocation, 'name' | 'district' | 'houseFrom' | 'houseTo' | 'parity'>;

/** "Lange Straße 1–19 (ungerade), Zentrum": the location on one line, in the page's language. */
export function locationLabel(t: Translate, l: Place): string {
  let text = l.name;
  if (l.houseFrom != null || l.houseTo != null) {
    text += ` ${l.houseFrom ?? ''}–${l.houseTo ?? ''}`;
  }
  if (l.parity !== 'all') text += ` (${t(`waste.admin.parity.${l.parity}`)})`;
  if (l.district) text += `, ${l.district}`;
  return text;
}

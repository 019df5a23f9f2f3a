import type { Locale } from '@city-app/core';
import type { Pickup } from '../../api/pickups.js';
import { residentMessages } from '../../messages/resident.js';

const DATE_FORMAT: Record<Locale, Intl.DateTimeFormat> = {
  de: new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }),
};

/** "05.01.2027" / "5 Jan 2027": a calendar day, not an instant, so read in UTC. */
export function formatDay(day: string, locale: Locale): string {
  return DATE_FORMAT[locale].format(new Date(`${day}T00:00:00Z`));
}

/**
 * What a changed pickup says beside its type, the same words as on the residents' screens:
 * "fällt aus", "verschoben wegen Feiertag, statt am 01.01.2027", or null when it is as planned.
 * Outside the browser (calendar feed, "Meine Termine") the catalogue is read directly.
 */
export function pickupChange(pickup: Pickup, locale: Locale): string | null {
  const words = residentMessages[locale];
  if (pickup.status === 'cancelled') return words['waste.cancelled'];
  if (!pickup.plannedDate || pickup.plannedDate === pickup.date) return null;
  const why = words[`waste.reason.${pickup.reason ?? 'other'}`];
  const from = words['waste.movedFrom'].replace('{date}', formatDay(pickup.plannedDate, locale));
  return `${why}, ${from}`;
}

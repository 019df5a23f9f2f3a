import Holidays from 'date-holidays';
import type { LocalDate } from '../time/zone.js';

/**
 * Public holidays of a German state (`DE-MV`, `DE-BY`, …) from the maintained date-holidays
 * data: only days off by law (type "public"), not observances. Cached per state and year.
 */
const cache = new Map<string, Map<LocalDate, string>>();

export function publicHolidays(state: string, year: number): Map<LocalDate, string> {
  const key = `${state}:${year}`;
  let days = cache.get(key);
  if (!days) {
    const [country, region] = state.split('-');
    const calendar = new Holidays(country ?? 'DE', region ?? '', { types: ['public'] });
    days = new Map();
    for (const h of calendar.getHolidays(year) || []) {
      if (h.type === 'public') days.set(h.date.slice(0, 10), h.name);
    }
    cache.set(key, days);
  }
  return days;
}

/** The name of the public holiday on `date` in `state`, if it is one. */
export function publicHoliday(state: string, date: LocalDate): string | undefined {
  return publicHolidays(state, Number(date.slice(0, 4))).get(date);
}

/** Whether date-holidays knows the state; used to validate the town's configuration. */
export function isKnownState(state: string): boolean {
  const [country, region] = state.split('-');
  if (!country || !region) return false;
  const regions = new Holidays().getStates(country);
  return Boolean(regions && region in regions);
}

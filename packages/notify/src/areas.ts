import { cityError } from '@city-app/core';

/** Refuses an area the town does not have; without a list of areas every one is accepted. */
export function checkAreas(areas: string[] | undefined, list: string[], field: string): void {
  if (!areas) return;
  const unknown = list.filter((a) => !areas.includes(a));
  if (unknown.length) {
    const known = areas.length ? areas.join(', ') : { de: 'keine', en: 'none' };
    throw cityError('notify_unknown_area', { area: unknown[0] ?? '', known }, { field });
  }
}

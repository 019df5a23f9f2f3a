import type { ApiClient } from '@city-app/web';
import { loadPickups, type PickupsView } from '../parts/saved-pickups.js';
import { readStoredLocation } from '../parts/stored-location.js';

/** What the home widget shows: nothing chosen yet, or the chosen street's pickups. */
export type NextPickupData = { chosen: false } | ({ chosen: true } & PickupsView);

/**
 * The widget's data, loaded by the shell as the app opens (in the browser, never while
 * rendering): the same request as the calendar screen, so either fills the offline copy.
 */
export async function nextPickupData(api: ApiClient): Promise<NextPickupData> {
  const location = readStoredLocation();
  if (!location) return { chosen: false };
  return { chosen: true, ...(await loadPickups(api, location.id)) };
}

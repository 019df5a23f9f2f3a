import { type ApiClient, isApiError } from '@city-app/web';
import type { PickupList } from '../../api/pickups.js';

/** The last answer for the chosen street, kept so the calendar opens without a network. */
export const PICKUPS_STORAGE_KEY = 'city-app:waste-pickups';

export interface SavedPickups {
  list: PickupList;
  /** When the server gave this answer (ISO instant). */
  savedAt: string;
}

/** What a screen shows: the fresh answer, or the saved one and since when it stands. */
export interface PickupsView {
  list: PickupList;
  /** Set when the network failed and the answer is the one saved at that instant. */
  staleSince: string | null;
}

export const pickupsPath = (locationId: number) => `/api/waste/locations/${locationId}/pickups`;

function readSaved(locationId: number): SavedPickups | null {
  try {
    const text = globalThis.localStorage?.getItem(PICKUPS_STORAGE_KEY);
    const saved = text ? (JSON.parse(text) as SavedPickups) : null;
    return saved?.list?.location?.id === locationId ? saved : null;
  } catch {
    return null;
  }
}

/**
 * The street's pickups for the whole published range (this year and the next) in one request,
 * always the same address, so the service worker keeps it too. Each answer is saved on the
 * device; when the server cannot be reached the saved one is shown with its date.
 */
export async function loadPickups(
  api: Pick<ApiClient, 'get'>,
  locationId: number,
  now: () => Date = () => new Date(),
): Promise<PickupsView> {
  try {
    const list = await api.get<PickupList>(pickupsPath(locationId));
    try {
      const saved: SavedPickups = { list, savedAt: now().toISOString() };
      localStorage.setItem(PICKUPS_STORAGE_KEY, JSON.stringify(saved));
    } catch {
      // Storage full or refused: the calendar still shows, only not offline.
    }
    return { list, staleSince: null };
  } catch (error) {
    // A refusal (the street is gone) is not a missing network: no old answer for it.
    if (isApiError(error) && error.status >= 400 && error.status < 500) throw error;
    const saved = readSaved(locationId);
    if (saved) return { list: saved.list, staleSince: saved.savedAt };
    throw error;
  }
}

import { useCallback, useEffect, useState } from 'react';
import type { WasteLocation } from '../../api/pickups.js';

/** Where this device keeps the resident's street: no account, nothing on the server. */
export const LOCATION_STORAGE_KEY = 'city-app:waste-location';

/** The chosen location, or null; never throws (private mode, storage full, bad JSON). */
export function readStoredLocation(): WasteLocation | null {
  try {
    const text = globalThis.localStorage?.getItem(LOCATION_STORAGE_KEY);
    if (!text) return null;
    const value = JSON.parse(text) as Partial<WasteLocation>;
    return typeof value.id === 'number' && typeof value.label === 'string'
      ? (value as WasteLocation)
      : null;
  } catch {
    return null;
  }
}

export function storeLocation(location: WasteLocation | null): void {
  try {
    if (location) localStorage.setItem(LOCATION_STORAGE_KEY, JSON.stringify(location));
    else localStorage.removeItem(LOCATION_STORAGE_KEY);
  } catch {
    // Storage refused (private mode): the choice lasts this visit.
  }
}

/**
 * The chosen location: `undefined` until read (storage is read in an effect, so the first
 * render is the same on the server and in the browser), then the location or `null`.
 */
export function useStoredLocation(): [
  WasteLocation | null | undefined,
  (location: WasteLocation | null) => void,
] {
  const [location, setLocation] = useState<WasteLocation | null | undefined>(undefined);
  useEffect(() => setLocation(readStoredLocation()), []);
  const choose = useCallback((next: WasteLocation | null) => {
    storeLocation(next);
    setLocation(next);
  }, []);
  return [location, choose];
}

import type { Point } from '../parts/map-slot.js';

/** Where the device is, or the catalogue key saying why that is not known. */
export type Located = { point: Point; accuracy: number } | { problem: string };

/**
 * Asks the browser for the device's position once. The resident clicked for it; a refusal or
 * a failure leaves the address field as the way on.
 */
export function locate(geolocation: Geolocation | undefined): Promise<Located> {
  if (!geolocation) return Promise.resolve({ problem: 'reports.new.locateUnsupported' });
  return new Promise((resolve) => {
    geolocation.getCurrentPosition(
      (position) =>
        resolve({
          point: {
            lat: Math.round(position.coords.latitude * 1e7) / 1e7,
            lon: Math.round(position.coords.longitude * 1e7) / 1e7,
          },
          accuracy: Math.round(position.coords.accuracy),
        }),
      (failure) =>
        resolve({
          problem:
            failure.code === failure.PERMISSION_DENIED
              ? 'reports.new.locateDenied'
              : 'reports.new.locateFailed',
        }),
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 },
    );
  });
}

import { useModule, useResource } from '@city-app/web';
import type { WasteLocation } from '../../api/pickups.js';
import type { WasteConfig } from '../../config.js';
import { meta } from '../../meta.js';
import { loadSampleFlag } from './sample-flag.js';
import { loadPickups } from './saved-pickups.js';
import { useStoredLocation } from './stored-location.js';

/**
 * What every resident screen of the calendar needs: the chosen street (from this device),
 * its pickups (saved for offline use) and whether the dates are still samples. The types come
 * from the town's options, built into the app, so they show offline too.
 */
export function useWasteCalendar() {
  const module = useModule<WasteConfig>(meta.id);
  const { api } = module;
  const [location, choose] = useStoredLocation();
  const id = location?.id;
  const pickups = useResource(
    () => (id === undefined ? new Promise<never>(() => {}) : loadPickups(api, id)),
    [api, id],
  );
  const sample = useResource(() => loadSampleFlag(api), [api]);
  return {
    ...module,
    types: module.options.types ?? [],
    location,
    choose: choose as (location: WasteLocation | null) => void,
    pickups,
    sample: sample.state === 'ready' && sample.data,
  };
}

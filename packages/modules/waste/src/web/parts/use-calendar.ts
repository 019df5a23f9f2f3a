import { useModule, useResource } from '@city-app/web';
import type { WasteLocation } from '../../api/pickups.js';
import type { WasteConfig } from '../../config.js';
import { meta } from '../../meta.js';
import type { CalendarSummary } from '../../summary.js';
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
  // Only the sample flag is needed; offline the notice stays away rather than blocking.
  const summary = useResource(() => api.get<CalendarSummary>('/api/waste'), [api]);
  return {
    ...module,
    types: module.options.types ?? [],
    location,
    choose: choose as (location: WasteLocation | null) => void,
    pickups,
    sample: summary.state === 'ready' && summary.data.sample,
  };
}

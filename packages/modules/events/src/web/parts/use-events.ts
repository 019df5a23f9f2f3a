import { useCity, useModule } from '@city-app/web';
import type { EventsConfig } from '../../config.js';
import { meta } from '../../meta.js';

/**
 * What every resident screen of the events module needs: its options, messages and API
 * client, the town's name and the zone its clocks run in (times are shown as the town reads them).
 */
export function useEvents() {
  const module = useModule<EventsConfig>(meta.id);
  const { city } = useCity();
  return { ...module, timeZone: city.timezone, town: city.town.name };
}

export type EventsContext = ReturnType<typeof useEvents>;

import { useCity, useModule } from '@city-app/web';
import type { ReportsConfig } from '../../config.js';
import { meta } from '../../meta.js';

/**
 * What every resident screen of the reports module needs: its options, messages and API
 * client, the town's name and the zone its clocks run in (dates as the town reads them).
 */
export function useReports() {
  const module = useModule<ReportsConfig>(meta.id);
  const { city } = useCity();
  return { ...module, timeZone: city.timezone, town: city.town.name };
}

export type ReportsContext = ReturnType<typeof useReports>;

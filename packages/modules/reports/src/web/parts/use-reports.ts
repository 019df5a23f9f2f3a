import { useCity, useModule, withOwnWords } from '@city-app/web';
import { useMemo } from 'react';
import type { ReportsConfig } from '../../config.js';
import { mapMessages } from '../../messages/map.js';
import { residentMessages } from '../../messages/resident.js';
import { meta } from '../../meta.js';

/** The residents' screens' own words: they come with those screens, not the app's first load. */
const own = {
  de: { ...residentMessages.de, ...mapMessages.de },
  en: { ...residentMessages.en, ...mapMessages.en },
};

/**
 * What every resident screen of the reports module needs: its options, messages and API
 * client, the town's name and the zone its clocks run in (dates as the town reads them).
 */
export function useReports() {
  const module = useModule<ReportsConfig>(meta.id);
  const { city } = useCity();
  const { locale, t: app } = module;
  const t = useMemo(() => withOwnWords(locale, app, own), [locale, app]);
  return { ...module, t, timeZone: city.timezone, town: city.town.name };
}

export type ReportsContext = ReturnType<typeof useReports>;

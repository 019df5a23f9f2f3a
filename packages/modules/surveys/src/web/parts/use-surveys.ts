import { useCity, useModule } from '@city-app/web';
import type { SurveysConfig } from '../../config.js';
import { meta } from '../../meta.js';
import { formatWhen } from './when.js';

/** What every resident screen needs: words, API, options, and dates in the town's zone. */
export function useSurveys() {
  const module = useModule<SurveysConfig>(meta.id);
  const { city } = useCity();
  const when = (iso: string) => formatWhen(iso, module.locale, city.timezone);
  return { ...module, when };
}

export type SurveysContext = ReturnType<typeof useSurveys>;

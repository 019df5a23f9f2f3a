import { useCity, useModule, withOwnWords } from '@city-app/web';
import { useMemo } from 'react';
import type { SurveysConfig } from '../../config.js';
import { messages } from '../../messages/index.js';
import { meta } from '../../meta.js';
import { formatWhen } from './when.js';

/** What every resident screen needs: words, API, options, and dates in the town's zone. */
export function useSurveys() {
  const module = useModule<SurveysConfig>(meta.id);
  const { city } = useCity();
  // The module's words travel with its screens, not with the app's first script.
  const t = useMemo(() => withOwnWords(module.locale, module.t, messages), [module]);
  const when = (iso: string) => formatWhen(iso, module.locale, city.timezone);
  return { ...module, t, when };
}

export type SurveysContext = ReturnType<typeof useSurveys>;

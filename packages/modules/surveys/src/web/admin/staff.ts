import type { Locale, Translate } from '@city-app/core';
import { type ApiClient, useCity, withOwnWords } from '@city-app/web';
import { useMemo } from 'react';
import { messages } from '../../messages/index.js';

/**
 * What a staff screen needs from the app: words, language, the town's zone, the API and
 * navigation. Screens take it as a prop, so tests render them with a fake API.
 */
export interface Staff {
  t: Translate;
  locale: Locale;
  timeZone: string;
  api: ApiClient;
  navigate(path: string): void;
}

export function useStaff(): Staff {
  const { t: app, locale, city, api, navigate } = useCity();
  // The module's words travel with its screens, not with the app's first script.
  const t = useMemo(() => withOwnWords(locale, app, messages), [locale, app]);
  return { t, locale, timeZone: city.timezone, api, navigate };
}

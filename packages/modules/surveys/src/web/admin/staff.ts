import type { Locale, Translate } from '@city-app/core';
import { type ApiClient, useCity } from '@city-app/web';

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
  const { t, locale, city, api, navigate } = useCity();
  return { t, locale, timeZone: city.timezone, api, navigate };
}

import type { Locale, Translate } from '@city-app/core';
import { type ApiClient, useCity } from '@city-app/web';

/**
 * What a staff screen needs from the app: words, language, the API and navigation. The screens
 * take it as a prop, so tests render them with a fake API and no app around them.
 */
export interface Staff {
  t: Translate;
  locale: Locale;
  api: ApiClient;
  navigate(path: string): void;
}

export function useStaff(): Staff {
  const { t, locale, api, navigate } = useCity();
  return { t, locale, api, navigate };
}

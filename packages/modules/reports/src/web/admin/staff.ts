import type { Locale, Translate } from '@city-app/core';
import { type ApiClient, useCity, withOwnWords } from '@city-app/web';
import { useMemo } from 'react';
import { staffMessages } from '../../messages/staff.js';

/**
 * What a staff screen needs from the app: words, language, the town's zone (the server gives
 * instants), the API and navigation. Screens take it as a prop, so tests render them with a
 * fake API and no app around them.
 */
export interface Staff {
  t: Translate;
  locale: Locale;
  timeZone: string;
  api: ApiClient;
  navigate(path: string): void;
}

/**
 * The staff screens' words come with these screens (about 8 KB compressed a resident's phone
 * never loads); every other key — statuses, categories, the app's own — from the app.
 */
export function useStaff(): Staff {
  const { t: app, locale, city, api, navigate } = useCity();
  const t = useMemo(() => withOwnWords(locale, app, staffMessages), [locale, app]);
  return { t, locale, timeZone: city.timezone, api, navigate };
}

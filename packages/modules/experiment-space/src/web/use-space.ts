import { useCity } from '@city-app/web';
import { useMemo } from 'react';
import { type Space, spaceFor } from './space.js';

export type { Space } from './space.js';

/** The module's translator, language and time zone for the current screen. */
export function useSpace(): Space {
  const { city, locale, navigate } = useCity();
  return useMemo(
    () => spaceFor(locale, city.timezone, navigate),
    [locale, city.timezone, navigate],
  );
}

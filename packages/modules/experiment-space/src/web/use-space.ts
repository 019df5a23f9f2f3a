import { useCity, useModule } from '@city-app/web';
import { useMemo } from 'react';
import { meta } from '../meta.js';
import { type Space, spaceApi, spaceFor } from './space.js';

export type { Space } from './space.js';

/** The module's translator, language, time zone and API client for the current screen. */
export function useSpace(): Space {
  const { locale, navigate, api } = useModule(meta.id);
  const { city } = useCity();
  // Its own memo: a change of language gives a new translator, not new requests.
  const moduleApi = useMemo(() => spaceApi(api), [api]);
  return useMemo(
    () => spaceFor(locale, city.timezone, navigate, moduleApi),
    [locale, city.timezone, navigate, moduleApi],
  );
}

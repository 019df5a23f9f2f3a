import { useCity, withOwnWords } from '@city-app/web';
import { useMemo } from 'react';
import { residentMessages } from '../messages/resident.js';

/**
 * What every council screen needs from the app, with the module's own words layered over the
 * app's: they travel with the screens that load on demand, not with the app's first script.
 */
export function useCouncil() {
  const app = useCity();
  const t = useMemo(() => withOwnWords(app.locale, app.t, residentMessages), [app.locale, app.t]);
  return { ...app, t };
}

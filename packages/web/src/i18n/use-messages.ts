import { createTranslator, type MessageCatalogue, type Translate } from '@city-app/core';
import { useMemo } from 'react';
import { useCity } from '../app/context.js';

/** A translator for a lazily loaded page's own catalogue, falling back to the app's for other keys. */
export function useMessages(catalogue: MessageCatalogue): Translate {
  const { locale, t } = useCity();
  return useMemo(() => {
    const own = createTranslator(locale, catalogue);
    return (key, params) => (key in catalogue.de ? own(key, params) : t(key, params));
  }, [locale, t, catalogue]);
}

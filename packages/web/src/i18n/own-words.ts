import {
  createTranslator,
  type Locale,
  type MessageCatalogue,
  type Translate,
} from '@city-app/core';

/**
 * The app's translator with a screen's own words first: catalogues that travel with the
 * screens that use them, not with the app's first load (see `docs/modules.md`).
 */
export function withOwnWords(locale: Locale, app: Translate, own: MessageCatalogue): Translate {
  const words = createTranslator(locale, own);
  const keys = own.de ?? {};
  return (key, params) => (key in keys ? words(key, params) : app(key, params));
}

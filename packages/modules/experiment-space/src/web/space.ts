import { createTranslator, type Locale, type Translate } from '@city-app/core';
import type { OptionalLocalized } from '../api.js';
import { meta } from '../meta.js';
import { webMessages } from './messages.js';

export interface Space {
  /** Translates a key below `experiment-space.`, e.g. `t('book.submit')`. */
  t: Translate;
  locale: Locale;
  timeZone: string;
  /** A text from the API in the app's language, German when there is no translation. */
  text(value: OptionalLocalized | null | undefined): string;
  navigate(path: string): void;
}

/**
 * What every screen of the module needs. The screens' own strings load with the screens (not
 * with the home screen), so they have their own translator.
 */
export function spaceFor(
  locale: Locale,
  timeZone: string,
  navigate: (path: string) => void,
): Space {
  const translate = createTranslator(locale, meta.messages, webMessages);
  return {
    t: (key, params) => translate(`experiment-space.${key}`, params),
    locale,
    timeZone,
    text: (value) => (value ? (value[locale] ?? value.de ?? '') : ''),
    navigate,
  };
}

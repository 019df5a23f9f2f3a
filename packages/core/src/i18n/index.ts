export { formatLocalDate } from './calendar.js';
export {
  DEFAULT_LOCALE,
  isLocale,
  LOCALES,
  type Locale,
  type Localized,
  localize,
} from './locale.js';
export { localeFromAcceptLanguage } from './negotiate.js';
export {
  createTranslator,
  type MessageCatalogue,
  type Messages,
  missingTranslations,
  type Translate,
} from './translator.js';

import { createTranslator, type Locale } from '@city-app/core';
import { pushMessages } from '../../messages/push.js';

const translators = {
  de: createTranslator('de', pushMessages),
  en: createTranslator('en', pushMessages),
};

/** One push text in one language, its `{placeholders}` filled. */
export const translate = (locale: Locale, key: string, params?: Record<string, string>): string =>
  translators[locale](key, params);

/** "Sa., 12. Juni, 19:00" / "Sat 12 June, 19:00": short enough for a lock screen. */
export function shortWhen(start: Date, allDay: boolean, timeZone: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    ...(allDay ? {} : { hour: '2-digit', minute: '2-digit' }),
    timeZone,
  }).format(start);
}

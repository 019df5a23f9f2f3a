import { type Bilingual, createTranslator, type Locale } from '@city-app/core';
import type { WasteConfig } from '../../config.js';
import { pushMessages } from '../../messages/push.js';

const translators = {
  de: createTranslator('de', pushMessages),
  en: createTranslator('en', pushMessages),
};

/** One push text in one language, its `{placeholders}` filled. */
export const translate = (locale: Locale, key: string, params?: Record<string, string>): string =>
  translators[locale](key, params);

/** Both languages of one message; the device shows its own. */
export function bilingual(
  key: string,
  params: (locale: Locale) => Record<string, string>,
): Bilingual {
  return { de: translate('de', key, params('de')), en: translate('en', key, params('en')) };
}

/** A waste type's name in a language; its id when the town has since removed the type. */
export function typeName(config: WasteConfig, typeId: string, locale: Locale): string {
  return config.types.find((t) => t.id === typeId)?.name[locale] ?? typeId;
}

/** "Mi., 7. Jan." / "Wed, 7 Jan": short enough for a lock screen, with the weekday. */
export function shortDate(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(new Date(`${date}T12:00:00Z`));
}

/** "6:00" / "6:00 am" — the time the bins must be out. */
export function clockTime(time: string, locale: Locale): string {
  const [h, m] = time.split(':').map(Number) as [number, number];
  if (locale === 'de') return `${h}:${String(m).padStart(2, '0')}`;
  const hour = h % 12 === 0 ? 12 : h % 12;
  return `${hour}:${String(m).padStart(2, '0')} ${h < 12 ? 'am' : 'pm'}`;
}

/**
 * The key under which messages about one pickup replace each other on the device and at the
 * push service (Web Push `Topic`): a reminder, and a later message that the date moved.
 */
export function pickupCollapseKey(locationId: number, typeId: string, date: string): string {
  return `waste-${locationId}-${typeId}-${date.replaceAll('-', '')}`;
}

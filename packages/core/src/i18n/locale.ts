/** The app's languages: German first (the town's language), English for visitors. */
export const LOCALES = ['de', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'de';

/** A text in every locale. German is required; English falls back to German when absent. */
export type Localized = { de: string; en?: string };

export function localize(text: Localized | string, locale: Locale): string {
  if (typeof text === 'string') return text;
  return text[locale] ?? text.de;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

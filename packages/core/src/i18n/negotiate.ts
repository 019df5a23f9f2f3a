import { DEFAULT_LOCALE, isLocale, type Locale } from './locale.js';

/**
 * The app's language a request asks for in `Accept-Language` (`en-GB,en;q=0.9,de;q=0.8`):
 * the supported one with the highest weight, German when none is named or the header is
 * garbage. Only the first 20 entries count, so a huge header costs nothing.
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale {
  if (!header) return DEFAULT_LOCALE;
  let best: { locale: Locale; weight: number } | undefined;
  for (const entry of header.slice(0, 500).split(',').slice(0, 20)) {
    const [range = '', ...params] = entry.trim().split(';');
    const language = range.trim().toLowerCase().split('-')[0];
    if (!isLocale(language)) continue;
    const q = params.map((p) => /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/.exec(p)?.[1]).find(Boolean);
    const weight = q === undefined ? 1 : Number(q);
    if (weight > 0 && (!best || weight > best.weight)) best = { locale: language, weight };
  }
  return best?.locale ?? DEFAULT_LOCALE;
}

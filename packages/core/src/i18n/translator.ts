import type { Locale } from './locale.js';

/** Flat message catalogues per locale: `{ de: { 'home.title': 'Alles auf einen Blick' }, en: {…} }`. */
export type Messages = Record<string, string>;
export type MessageCatalogue = { de: Messages; en: Messages };

export type Translate = (key: string, params?: Record<string, string | number>) => string;

/**
 * A translator for one locale over one or more catalogues (the shell's plus each module's).
 * `{name}` placeholders are filled from `params`. A missing key falls back to German, then
 * to the key itself, so a gap shows up on screen instead of crashing it.
 */
export function createTranslator(locale: Locale, ...catalogues: MessageCatalogue[]): Translate {
  const merged: Messages = {};
  const fallback: Messages = {};
  for (const catalogue of catalogues) {
    Object.assign(fallback, catalogue.de);
    Object.assign(merged, catalogue[locale]);
  }
  return (key, params) => {
    const template = merged[key] ?? fallback[key] ?? key;
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
  };
}

/** Keys present in one locale but not the other: used by tests so every string is translated. */
export function missingTranslations(catalogue: MessageCatalogue): { de: string[]; en: string[] } {
  const de = Object.keys(catalogue.de);
  const en = Object.keys(catalogue.en);
  return { de: en.filter((k) => !(k in catalogue.de)), en: de.filter((k) => !(k in catalogue.en)) };
}

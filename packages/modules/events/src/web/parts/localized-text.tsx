import type { Locale } from '@city-app/core';
import type { Localized } from '../../api/localized.js';

/**
 * The text in the reader's language: English where the app speaks English and the event has
 * it, else German — then marked `lang="de"`, so a screen reader reads it in German (WCAG 3.1.2).
 */
export function localizedText(text: Localized, locale: Locale): { text: string; lang?: 'de' } {
  if (locale === 'en' && text.en) return { text: text.en };
  return locale === 'de' ? { text: text.de } : { text: text.de, lang: 'de' };
}

/**
 * What the town or an organiser wrote only in German (a price, a venue's note, staff's word on
 * a date): marked `lang="de"` where the app speaks another language.
 */
export function GermanText({ text, locale }: { text: string; locale: Locale }) {
  return <span lang={locale === 'de' ? undefined : 'de'}>{text}</span>;
}

/** A span with the text in the reader's language, `lang="de"` where it falls back. */
export function LocalizedText({ text, locale }: { text: Localized; locale: Locale }) {
  const shown = localizedText(text, locale);
  return <span lang={shown.lang}>{shown.text}</span>;
}

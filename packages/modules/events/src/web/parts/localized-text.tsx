import type { Locale } from '@city-app/core';
import type { ElementType, ReactNode } from 'react';
import type { Localized } from '../../api/localized.js';

/**
 * The text in the reader's language: English where the app speaks English and the event has
 * it, else German — then marked `lang="de"`, so a screen reader reads it in German (WCAG 3.1.2).
 */
export function localizedText(text: Localized, locale: Locale): { text: string; lang?: 'de' } {
  if (locale === 'en' && text.en) return { text: text.en };
  return locale === 'de' ? { text: text.de } : { text: text.de, lang: 'de' };
}

/** Renders `text` as `as` (a `span` by default) with `lang="de"` where it falls back. */
export function LocalizedText({
  text,
  locale,
  as: Tag = 'span',
  id,
  className,
  children,
}: {
  text: Localized;
  locale: Locale;
  as?: ElementType;
  id?: string;
  className?: string;
  /** Shown after the text inside the element (e.g. a hidden suffix). */
  children?: ReactNode;
}) {
  const shown = localizedText(text, locale);
  return (
    <Tag id={id} className={className} lang={shown.lang}>
      {shown.text}
      {children}
    </Tag>
  );
}

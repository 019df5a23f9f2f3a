import { useCity } from '@city-app/web';
import type { ReactNode } from 'react';

/**
 * What the council information system wrote (names, places, kinds, results) stays German in
 * every language of the app, so it is marked `lang="de"` where the app speaks another: a
 * screen reader then reads it in German (WCAG 3.1.2).
 */
export function SourceText({ children }: { children: ReactNode }) {
  const { locale } = useCity();
  return <span lang={locale === 'de' ? undefined : 'de'}>{children}</span>;
}

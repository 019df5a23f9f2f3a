import type { Locale, Translate } from '@city-app/core';
import { GermanText } from '../../parts/localized-text.js';

// Stands in for the German text while the sentence is translated, then marks where it goes.
const SLOT = '\u0000';

/**
 * A sentence of the interface (`key`) around a text someone wrote in German, such as an
 * organiser's title: the sentence in the app's language, the text marked `lang="de"` (WCAG 3.1.2).
 */
export function GermanInSentence({
  t,
  locale,
  messageKey,
  param,
  text,
}: {
  t: Translate;
  locale: Locale;
  messageKey: string;
  param: string;
  text: string;
}) {
  const [before = '', ...rest] = t(messageKey, { [param]: SLOT }).split(SLOT);
  return (
    <>
      {before}
      <GermanText text={text} locale={locale} />
      {rest.join(text)}
    </>
  );
}

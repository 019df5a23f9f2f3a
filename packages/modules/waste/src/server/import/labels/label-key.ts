import { foldGerman } from '../../../text/fold.js';

/**
 * The form of a text from the authority's files that the mapping table compares: folded
 * (`foldGerman`), every space and punctuation mark dropped. So "Papier / Pappe",
 * "papier-pappe" and "PAPIER/PAPPE" are one entry, "Müll" and "Muell" too. (Unlike a street's
 * search key, "str." means nothing here.)
 */
export function labelKey(text: string): string {
  return foldGerman(text)
    .replace(/[^a-z0-9]/g, '')
    .slice(0, 120);
}

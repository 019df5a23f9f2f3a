import { foldGerman } from '../text/fold.js';

/**
 * The form of a street or place name that search compares: folded (`foldGerman`), "str." and
 * "strasse" the same, no spaces, hyphens or dots. So "Bahnhofst" finds "Bahnhofstraße", and
 * "Dr.-Raber-Str" finds "Dr.-Raber-Straße".
 */
export function searchKey(name: string): string {
  return foldGerman(name)
    .replace(/str\.(?=\s|$|-|,)/g, 'strasse')
    .replace(/str$/g, 'strasse')
    .replace(/[^a-z0-9]/g, '');
}

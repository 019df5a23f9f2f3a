/**
 * The form of a street or place name that search compares: lower case, umlauts and ß spelled
 * out, "str." and "strasse" the same, no spaces, hyphens or dots. So "Bahnhofst" finds
 * "Bahnhofstraße", and "Dr.-Raber-Str" finds "Dr.-Raber-Straße".
 */
export function searchKey(name: string): string {
  return name
    .normalize('NFC')
    .toLocaleLowerCase('de-DE')
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/str\.(?=\s|$|-|,)/g, 'strasse')
    .replace(/str$/g, 'strasse')
    .replace(/[^a-z0-9]/g, '');
}

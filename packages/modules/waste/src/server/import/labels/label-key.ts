/**
 * The form of a text from the authority's files that the mapping table compares: lower case,
 * umlauts and ß spelled out, accents and every space and punctuation mark dropped. So
 * "Papier / Pappe", "papier-pappe" and "PAPIER/PAPPE" are one entry, "Müll" and "Muell" too.
 * (Unlike a street's search key, "str." means nothing here.)
 */
export function labelKey(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('de-DE')
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '')
    .slice(0, 120);
}

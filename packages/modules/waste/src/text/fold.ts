/**
 * German text folded for comparison: lower case, umlauts and ß spelled out (ä → ae, ß → ss),
 * other accents dropped. Street search and the import's mapping table both compare this way,
 * so "Möllner" and "moellner", "Müll" and "Muell" are the same.
 */
export function foldGerman(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('de-DE')
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

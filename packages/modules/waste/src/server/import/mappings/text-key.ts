/**
 * The key a text of the authority's files is mapped by: case, spacing and Unicode form do not
 * matter ("Gelber  Sack" and "gelber sack" are one entry). At most 120 characters, as the table allows.
 */
export function textKey(label: string): string {
  return label
    .normalize('NFC')
    .toLocaleLowerCase('de-DE')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
}

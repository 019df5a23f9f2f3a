/**
 * A URL- and npm-safe slug from a German place name: umlauts and ß transliterated as
 * Germans write them (Löcknitz → loecknitz), other accents dropped, everything that is not
 * a letter or digit becomes one hyphen. "Boizenburg/Elbe" → "boizenburg-elbe".
 */
export function slugify(name: string): string {
  return name
    .trim()
    .replace(/Ä/g, 'Ae')
    .replace(/Ö/g, 'Oe')
    .replace(/Ü/g, 'Ue')
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/g, '');
}

export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

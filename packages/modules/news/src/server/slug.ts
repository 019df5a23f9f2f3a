import { slugify } from '@city-app/core';

const MAX_SLUG_LENGTH = 64;
const FALLBACK_SLUG = 'nachricht';

/** The address part of an article derived from its title: "Baustelle Lange Straße" → "baustelle-lange-strasse". */
export function baseSlug(title: string): string {
  return slugify(title) || FALLBACK_SLUG;
}

/**
 * The first of `base`, `base-2`, `base-3`, … that is not taken. The base is shortened when
 * the suffix would make the slug longer than 64 characters.
 */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const stem = base.slice(0, MAX_SLUG_LENGTH - suffix.length).replace(/-+$/, '');
    const candidate = `${stem}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

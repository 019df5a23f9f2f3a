import type { Bilingual } from '../errors/template.js';
import type { Localized } from '../i18n/locale.js';

/** Both languages: the privacy page is legal text and must not fall back. */
type Both = Bilingual;

/**
 * One kind of personal data a module (or the kernel) stores, as the privacy page explains
 * it. `{option}` in `retention` is filled from the module's option of that name in the town
 * config, or from `optionDefaults` when the town left it out, so the page says the period the
 * town actually set.
 */
export interface PersonalDataDeclaration {
  /** Stable id within the module, e.g. "bookings". */
  id: string;
  /** A short name of the record, e.g. "Bookings". */
  title: Both;
  /** What is stored, e.g. "Name, e-mail address and the booked time". */
  what: Both;
  /** Why, with the legal basis (GDPR article). */
  purpose: Both;
  /** How long it is kept. */
  retention: Both;
  /** Who can see it. */
  access: Both;
  /** Defaults of the options `retention` names, as the module's config schema has them. */
  optionDefaults?: Record<string, number | string>;
}

const FIELDS = ['title', 'what', 'purpose', 'retention', 'access'] as const;

/**
 * Problems of a declaration list, each as "<id>.<field>: …". A module must declare what it
 * stores; one that stores nothing declares an empty list, so forgetting is never silent.
 */
export function personalDataProblems(declarations: unknown): string[] {
  if (!Array.isArray(declarations)) {
    return [
      'personalData is missing: declare what personal data the module stores (an empty list if none).',
    ];
  }
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const [index, item] of declarations.entries()) {
    const declaration = item as Partial<PersonalDataDeclaration>;
    const id = typeof declaration.id === 'string' && declaration.id ? declaration.id : `#${index}`;
    if (id.startsWith('#')) problems.push(`${id}: has no id.`);
    else if (seen.has(id)) problems.push(`${id}: is declared twice.`);
    seen.add(id);
    for (const field of FIELDS) {
      const text = declaration[field] as Partial<Localized> | undefined;
      for (const locale of ['de', 'en'] as const) {
        if (typeof text?.[locale] !== 'string' || !text[locale]?.trim()) {
          problems.push(
            `${id}.${field}: the ${locale === 'de' ? 'German' : 'English'} text is missing.`,
          );
        }
      }
    }
    for (const name of (declaration.retention?.de ?? '').match(/\{(\w+)\}/g) ?? []) {
      const option = name.slice(1, -1);
      if (declaration.optionDefaults?.[option] === undefined) {
        problems.push(`${id}.retention: {${option}} has no entry in optionDefaults.`);
      }
    }
  }
  return problems;
}

/** The retention text in one language, `{option}` filled from the module's options. */
export function retentionText(
  declaration: PersonalDataDeclaration,
  locale: 'de' | 'en',
  options: Record<string, unknown> = {},
): string {
  return declaration.retention[locale].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = options[name] ?? declaration.optionDefaults?.[name];
    return typeof value === 'number' || typeof value === 'string' ? String(value) : whole;
  });
}

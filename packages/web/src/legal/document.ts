import { type Bilingual, type CityConfig, known, type Locale, localize } from '@city-app/core';

/**
 * The legal pages as data (blocks in sections), so tests can check what each page says and
 * the page component only draws them. Values a town has not filled in yet (left out or a
 * placeholder) are dropped here, before any block is made: residents see what is known.
 */
export type LegalBlock =
  | { kind: 'text'; text: string }
  | { kind: 'address'; lines: string[] }
  | { kind: 'list'; items: string[] }
  | { kind: 'contact'; email?: string; phone?: string; emailLabel: string; phoneLabel: string }
  | { kind: 'link'; href: string; text: string; internal: boolean }
  | { kind: 'record'; heading: string; rows: { label: string; text: string }[] };

export interface LegalSection {
  heading: string;
  blocks: LegalBlock[];
}

export interface LegalDocument {
  title: string;
  lead: string;
  sections: LegalSection[];
}

/** Both languages are required here, so no legal sentence can go untranslated. */
export type Both = Bilingual;

/** What the legal pages read of the town config (never the modules' options). */
export type LegalCity = Pick<CityConfig, 'town' | 'branding' | 'legal'>;

export function say(locale: Locale) {
  return (text: Both) => localize(text, locale);
}

export function text(value: string): LegalBlock {
  return { kind: 'text', text: value };
}

export function lines(value: string): string[] {
  return value
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** A contact block with what is known of e-mail and phone; nothing when neither is. */
export function contact(locale: Locale, email?: string, phone?: string): LegalBlock[] {
  const s = say(locale);
  const knownEmail = known(email);
  const knownPhone = known(phone);
  if (!knownEmail && !knownPhone) return [];
  return [
    {
      kind: 'contact',
      ...(knownEmail ? { email: knownEmail } : {}),
      ...(knownPhone ? { phone: knownPhone } : {}),
      emailLabel: s({ de: 'E-Mail', en: 'E-mail' }),
      phoneLabel: s({ de: 'Telefon', en: 'Phone' }),
    },
  ];
}

import type { Language } from './language.js';

/** The words of the terminal prompts around a question: the keys to press, yes and no. */
export const TERMINAL_MESSAGES = {
  de: {
    /** Keys and actions the prompts name in their help line, by the prompts' own words. */
    keys: {
      navigate: 'blättern',
      select: 'auswählen',
      space: 'Leertaste',
      all: 'alle',
      invert: 'umkehren',
      submit: 'bestätigen',
    } as Record<string, string>,
    yes: 'Ja',
    no: 'Nein',
  },
  en: {
    keys: {} as Record<string, string>,
    yes: 'Yes',
    no: 'No',
  },
} as const satisfies Record<Language, unknown>;

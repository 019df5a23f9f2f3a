import type { z } from 'zod';
import zodGerman from 'zod/v4/locales/de.js';
import zodEnglish from 'zod/v4/locales/en.js';
import type { Locale } from '../i18n/locale.js';

/**
 * What a config check says about one option, in German and English. Each text follows the
 * option's dotted path ("town.name: ist erforderlich."), so it is a phrase, not a sentence
 * with a subject.
 */
export interface ConfigIssueTexts {
  required: string;
  mustBe: (expected: string, found?: string) => string;
  /** The kinds of value an option takes, by zod's type name. */
  types: Record<string, string>;
  found: {
    null: string;
    list: string;
    group: string;
    text: (quoted: string) => string;
    number: (n: number) => string;
  };
  notAnOption: string;
  didYouMean: (name: string) => string;
  optionsHere: (names: readonly string[]) => string;
  use: (value: string) => string;
  /** Texts of the town schema's own checks, by the key their issue carries in `params.text`. */
  checks: {
    hexColour: string;
    email: string;
    timeZone: string;
    contrast: (p: { colour: string; ratio: string; textColour: string; nearest: string }) => string;
  };
  noModule: (id: string) => string;
  installOrRemove: (known: readonly string[]) => string;
}

export const CONFIG_ISSUE_TEXTS: Record<Locale, ConfigIssueTexts> = {
  de: {
    required: 'ist erforderlich.',
    mustBe: (expected, found) =>
      found === undefined ? `muss ${expected} sein.` : `muss ${expected} sein, nicht ${found}.`,
    types: {
      string: 'ein Text',
      number: 'eine Zahl',
      int: 'eine ganze Zahl',
      boolean: 'true oder false',
      array: 'eine Liste',
      object: 'eine Gruppe von Optionen ({ … })',
      date: 'ein Datum',
      bigint: 'eine ganze Zahl',
      null: 'null',
    },
    found: {
      null: 'null',
      list: 'eine Liste',
      group: 'eine Gruppe von Optionen',
      text: (quoted) => `der Text ${quoted}`,
      number: (n) => `die Zahl ${n}`,
    },
    notAnOption: 'ist hier keine Option.',
    didYouMean: (name) => `Meinten Sie „${name}“?`,
    optionsHere: (names) => `Optionen hier: ${names.join(', ')}.`,
    use: (value) => `Verwenden Sie ${value}.`,
    checks: {
      hexColour: 'Verwenden Sie eine Hex-Farbe wie #1a5f7a.',
      email: 'Verwenden Sie eine E-Mail-Adresse wie rathaus@example.de.',
      timeZone: 'Verwenden Sie eine IANA-Zeitzone wie Europe/Berlin.',
      contrast: ({ colour, ratio, textColour, nearest }) =>
        `${colour} erreicht gegen die Textfarbe ${textColour} nur ${ratio.replace('.', ',')}:1; WCAG 2.1 AA verlangt 4,5:1. Die nächste Farbe, die genügt, ist ${nearest}.`,
    },
    noModule: (id) => `kein Modul „${id}“ ist installiert.`,
    installOrRemove: (known) =>
      `Installieren Sie sein Paket (${known.length ? `bekannt: ${known.join(', ')}` : 'keines installiert'}) oder entfernen Sie es.`,
  },
  en: {
    required: 'is required.',
    mustBe: (expected, found) =>
      found === undefined ? `must be ${expected}.` : `must be ${expected}, not ${found}.`,
    types: {
      string: 'text',
      number: 'a number',
      int: 'a whole number',
      boolean: 'true or false',
      array: 'a list',
      object: 'a group of options ({ … })',
      date: 'a date',
      bigint: 'a whole number',
      null: 'null',
    },
    found: {
      null: 'null',
      list: 'a list',
      group: 'a group of options',
      text: (quoted) => `the text ${quoted}`,
      number: (n) => `the number ${n}`,
    },
    notAnOption: 'is not an option here.',
    didYouMean: (name) => `Did you mean "${name}"?`,
    optionsHere: (names) => `Options here: ${names.join(', ')}.`,
    use: (value) => `Use ${value}.`,
    checks: {
      hexColour: 'Use a hex colour such as #1a5f7a.',
      email: 'Use an e-mail address such as rathaus@example.de.',
      timeZone: 'Use an IANA time zone such as Europe/Berlin.',
      contrast: ({ colour, ratio, textColour, nearest }) =>
        `${colour} reaches only ${ratio}:1 against the text colour ${textColour}; WCAG 2.1 AA needs 4.5:1. The nearest colour that passes is ${nearest}.`,
    },
    noModule: (id) => `no module "${id}" is installed.`,
    installOrRemove: (known) =>
      `Install its package (${known.length ? `known: ${known.join(', ')}` : 'none installed'}) or remove it.`,
  },
};

const ZOD_TEXTS = { de: zodGerman().localeError, en: zodEnglish().localeError };

function zodText(locale: Locale, issue: z.core.$ZodIssue): string | undefined {
  const text = ZOD_TEXTS[locale](issue as unknown as z.core.$ZodRawIssue);
  return typeof text === 'string' ? text : text?.message;
}

/**
 * zod's own wording of an issue (too short, not one of the choices …) in `locale`. A message
 * a schema set itself (a module's own check) is its author's words and is kept as written.
 */
export function zodMessage(issue: z.core.$ZodIssue, locale: Locale): string {
  if (locale === 'en' || issue.message !== zodText('en', issue)) return issue.message;
  return zodText(locale, issue) ?? issue.message;
}

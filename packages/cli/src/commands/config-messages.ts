import type { Locale } from '@city-app/core';

/**
 * What `city-app config explain` and `config schema` say, in the town's language. The words
 * of JSON Schema (string, integer, minimum, maxLength …) and the options' paths stay as they
 * are: they are what an editor and the config file use.
 */
export const CONFIG_MESSAGES = {
  de: {
    type: 'Typ:     ',
    required: 'Pflicht: ',
    default: 'Standard:',
    options: 'Optionen:',
    yes: 'ja',
    no: 'nein',
    // The options' descriptions are written once, in English, beside their schema.
    schemaDescription: (text: string) => `${text} (Beschreibung auf Englisch)`,
    oneOf: (values: string) => `eins von ${values}`,
    arrayOf: (item: string) => `Liste von ${item}`,
    format: (format: string) => `Format ${format}`,
    pattern: (pattern: string) => `Muster ${pattern}`,
    wrote: (file: string, modules: number) =>
      `${file} geschrieben (${modules === 1 ? '1 Modul' : `${modules} Module`} einbezogen).`,
  },
  en: {
    type: 'type:    ',
    required: 'required:',
    default: 'default: ',
    options: 'options: ',
    yes: 'yes',
    no: 'no',
    schemaDescription: (text: string) => text,
    oneOf: (values: string) => `one of ${values}`,
    arrayOf: (item: string) => `array of ${item}`,
    format: (format: string) => `format ${format}`,
    pattern: (pattern: string) => `pattern ${pattern}`,
    wrote: (file: string, modules: number) =>
      `Wrote ${file} (${modules} module${modules === 1 ? '' : 's'} included).`,
  },
} as const satisfies Record<Locale, unknown>;

export type ConfigMessages = (typeof CONFIG_MESSAGES)[Locale];

import type { Locale } from '../i18n/locale.js';

/** A text in both languages; `{name}` marks a parameter. */
export interface Bilingual<S extends string = string> {
  de: S;
  en: S;
}

/** The parameter names a template mentions: `'{n} of {total}'` gives `'n' | 'total'`. */
export type Placeholders<S> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/**
 * A parameter's value. A text already worded in both languages (a validation message from a
 * translator, a resource's name) is passed as `{ de, en? }` and rendered in the reader's
 * language, German when there is no English.
 */
export type ParamValue = string | number | { de: string; en?: string };

export function fillTemplate(
  template: string,
  params: Readonly<Record<string, ParamValue>>,
  locale: Locale,
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'object' ? (value[locale] ?? value.de) : String(value);
  });
}

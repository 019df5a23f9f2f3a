import type { ExitKind } from './exit-codes.js';
import type { Bilingual, ParamValue, Placeholders } from './template.js';

/**
 * One error a person may meet. The catalogue's key is its stable id; `code` is what the API
 * and scripts match (several ids may share one, e.g. every kind of `invalid_input`).
 */
export interface ErrorEntry {
  /** The code clients match; the id when absent. */
  code?: string;
  /** HTTP status when the error crosses the API. */
  status: number;
  /** The command-line tools' exit kind for it. */
  exit: ExitKind;
  title: Bilingual;
  message: Bilingual;
  hint?: Bilingual;
}

export type ErrorEntries = Record<string, ErrorEntry>;

type Texts<E extends ErrorEntry> =
  | E['title'][keyof Bilingual]
  | E['message'][keyof Bilingual]
  | (E['hint'] extends Bilingual ? E['hint'][keyof Bilingual] : never);

/** The parameters an entry's texts mention, each required. */
export type ParamsOf<E extends ErrorEntry> = { [Name in Placeholders<Texts<E>>]: ParamValue };

/** Keeps the literal texts, so each entry's parameters are typed from its templates. */
export function defineErrors<const T extends ErrorEntries>(entries: T): T {
  return entries;
}

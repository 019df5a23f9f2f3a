import { createContext, type ReactNode, useContext, useId } from 'react';

/**
 * The few words the components say themselves. German by default (the town's language);
 * the shell provides the translation for the chosen locale.
 */
export interface UiStrings {
  required: string;
  optional: string;
  errorPrefix: string;
  errorSummaryTitle: string;
  close: string;
  loading: string;
}

export const GERMAN_UI_STRINGS: UiStrings = {
  required: 'Pflichtfeld',
  optional: 'freiwillig',
  errorPrefix: 'Fehler:',
  errorSummaryTitle: 'Bitte korrigieren Sie die folgenden Angaben',
  close: 'Schließen',
  loading: 'Wird geladen …',
};

export const ENGLISH_UI_STRINGS: UiStrings = {
  required: 'required',
  optional: 'optional',
  errorPrefix: 'Error:',
  errorSummaryTitle: 'Please correct the following',
  close: 'Close',
  loading: 'Loading …',
};

const UiStringsContext = createContext<UiStrings>(GERMAN_UI_STRINGS);

export function UiStringsProvider({ value, children }: { value: UiStrings; children: ReactNode }) {
  return <UiStringsContext.Provider value={value}>{children}</UiStringsContext.Provider>;
}

export function useUiStrings(): UiStrings {
  return useContext(UiStringsContext);
}

/** Joins class names, skipping empty ones. */
export function cx(...names: Array<string | false | null | undefined>): string {
  return names.filter(Boolean).join(' ');
}

/** A stable id that is safe in CSS selectors and `href="#…"` (React's own ids contain colons or guillemets). */
export function useDomId(prefix: string): string {
  return `${prefix}-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
}

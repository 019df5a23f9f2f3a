/**
 * The exit codes of both command-line tools (`city-app` and `create-city-app`), by kind of
 * outcome. Every catalogue entry names its kind, so a script sees the same number for the
 * same kind of failure whichever tool it ran.
 */
import type { Bilingual } from './template.js';

export const EXIT_CODES = {
  ok: 0,
  /** A check found problems (config validate, doctor), or an update left conflicts. */
  problems: 1,
  /** Invalid or missing input; nothing was written. */
  invalid_input: 2,
  /** The target folder holds files that would be overwritten; nothing was written. */
  target_conflict: 3,
  /** Installing the dependencies failed; the files were written. */
  install_failed: 4,
  /** A fault of the tool itself (EX_SOFTWARE of sysexits.h). */
  unexpected: 70,
  /** Cancelled by the person (Ctrl-C): 128 + SIGINT. */
  cancelled: 130,
} as const;

export type ExitKind = keyof typeof EXIT_CODES;

/** What each exit kind means, for `--help` and the docs. */
export const EXIT_MEANINGS: Record<ExitKind, Bilingual> = {
  ok: { de: 'Erfolg', en: 'success' },
  problems: {
    de: 'Eine Prüfung fand Probleme, oder ein Update ließ Konflikte zurück',
    en: 'a check found problems, or an update left conflicts',
  },
  invalid_input: {
    de: 'Ungültige oder fehlende Eingabe; nichts wurde geschrieben',
    en: 'invalid or missing input; nothing was written',
  },
  target_conflict: {
    de: 'Der Zielordner enthält Dateien, die überschrieben würden; nichts wurde geschrieben',
    en: 'the target folder holds files that would be overwritten; nothing was written',
  },
  install_failed: {
    de: 'Die Installation der Abhängigkeiten schlug fehl; die Dateien sind geschrieben',
    en: 'installing the dependencies failed; the files were written',
  },
  unexpected: { de: 'Unerwarteter Fehler des Werkzeugs', en: 'an unexpected fault of the tool' },
  cancelled: { de: 'Abgebrochen (Strg+C)', en: 'cancelled (Ctrl+C)' },
};

/** The exit code for an error; any error that is no catalogue error is `unexpected`. */
export function exitCodeOf(error: unknown): number {
  const kind = (error as { exit?: unknown } | undefined)?.exit;
  return typeof kind === 'string' && kind in EXIT_CODES
    ? EXIT_CODES[kind as ExitKind]
    : EXIT_CODES.unexpected;
}

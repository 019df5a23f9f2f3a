import type { Locale } from '@city-app/core';

/** What `city-app update` says, in the town's language (see project/town-language.ts). */
export const UPDATE_MESSAGES = {
  de: {
    upToDate: (version: string) => `Auf dem Stand der Vorlagen ${version}.`,
    summary: (from: string, to: string, files: number, written: boolean) =>
      `Vorlagen ${from} → ${to}: ${files === 1 ? '1 Datei' : `${files} Dateien`} ${written ? 'geändert' : 'würden geändert'}.`,
    updated: 'aktualisiert',
    added: 'hinzugefügt',
    removed: 'entfernt',
    merged: 'mit Ihren Änderungen zusammengeführt',
    notApplied: (path: string, reason: string) => `  nicht übernommen: ${path} – ${reason}`,
    changedHere: 'die Vorlagen haben sie nicht mehr, sie wurde hier aber geändert; sie bleibt',
    deletedHere: 'hier gelöscht; die Vorlagen haben sie geändert; sie wird nicht neu angelegt',
    conflicts: (files: readonly string[]) =>
      `✖ Konflikte (lösen Sie die Marken <<<<<<< … >>>>>>> auf): ${files.join(', ')}`,
    verb: 'Dateien aktualisieren',
  },
  en: {
    upToDate: (version: string) => `Up to date with the templates ${version}.`,
    summary: (from: string, to: string, files: number, written: boolean) =>
      `Templates ${from} → ${to}: ${files} file${files === 1 ? '' : 's'}${written ? '' : ' would be'} changed.`,
    updated: 'updated',
    added: 'added',
    removed: 'removed',
    merged: 'merged with your edits',
    notApplied: (path: string, reason: string) => `  not applied: ${path} — ${reason}`,
    changedHere: 'the templates no longer have it, but it was changed here; kept',
    deletedHere: 'deleted here; the templates changed it; not created again',
    conflicts: (files: readonly string[]) =>
      `✖ Conflicts (resolve the <<<<<<< … >>>>>>> markers): ${files.join(', ')}`,
    verb: 'update files',
  },
} as const satisfies Record<Locale, unknown>;

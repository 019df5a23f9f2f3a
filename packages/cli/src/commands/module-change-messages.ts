import { townLanguage } from '../project/town-language.js';

/**
 * What `city-app add` and `remove` say, in the town's main language (German unless the
 * town's first language is English), as the app itself does.
 */
export const MODULE_CHANGE_MESSAGES = {
  de: {
    dryRun: 'Probelauf: Es wurde nichts geschrieben.',
    confirm: 'Diese Änderungen schreiben?',
    installing: (pm: string) => `Installation mit ${pm} …`,
    restart: (path: string) =>
      `Starten Sie den Server neu: Die Migrationen des Moduls laufen, seine Seiten erscheinen unter ${path}.`,
    skipped: (files: readonly string[]) =>
      `Schon im Projekt, daher nicht überschrieben: ${files.join(', ')}.`,
    added: (id: string, pkg: string) => `✔ ${id} hinzugefügt (${pkg}).`,
    removed: (id: string) => `✔ ${id} aus dem Projekt entfernt.`,
    stays: 'Im Projekt bleibt:',
    tables: (tables: readonly string[]) =>
      tables.length
        ? `Daten in der Datenbank: Tabellen ${tables.join(', ')}`
        : 'Daten in der Datenbank (die Tabellen nennt das Paket des Moduls, wenn es installiert ist)',
    content: (files: readonly string[]) => `Inhalte: ${files.join(', ')}`,
    public: (files: readonly string[]) => `Bilder und Dateien: ${files.join(', ')}`,
    again: 'Wird das Modul wieder hinzugefügt, findet es all das vor.',
    howToDelete: (sql: string, folders: readonly string[]) =>
      `Zum bewussten Löschen: erst sichern. Dann in der Datenbank (psql "$DATABASE_URL" oder der PGlite-Ordner .data/db): ${sql}${folders.length ? ` Und die Ordner ${folders.join(', ')} löschen.` : ''}`,
  },
  en: {
    dryRun: 'Dry run: nothing was written.',
    confirm: 'Write these changes?',
    installing: (pm: string) => `Installing with ${pm} …`,
    restart: (path: string) =>
      `Restart the server: the module's migrations run and its screens appear at ${path}.`,
    skipped: (files: readonly string[]) =>
      `Already in the project, so not overwritten: ${files.join(', ')}.`,
    added: (id: string, pkg: string) => `✔ Added ${id} (${pkg}).`,
    removed: (id: string) => `✔ Removed ${id} from the project.`,
    stays: 'What stays in the project:',
    tables: (tables: readonly string[]) =>
      tables.length
        ? `Data in the database: tables ${tables.join(', ')}`
        : "Data in the database (the module's package names its tables when it is installed)",
    content: (files: readonly string[]) => `Content: ${files.join(', ')}`,
    public: (files: readonly string[]) => `Images and files: ${files.join(', ')}`,
    again: 'Adding the module again finds all of it there.',
    howToDelete: (sql: string, folders: readonly string[]) =>
      `To delete it deliberately: back up first. Then, in the database (psql "$DATABASE_URL", or the PGlite folder .data/db): ${sql}${folders.length ? ` And delete the folders ${folders.join(', ')}.` : ''}`,
  },
} as const;

export type ModuleChangeMessages =
  (typeof MODULE_CHANGE_MESSAGES)[keyof typeof MODULE_CHANGE_MESSAGES];

/** What writing a change says: a dry run, the question before writing, the install. */
export type ChangeWords = Pick<ModuleChangeMessages, 'dryRun' | 'confirm' | 'installing'>;

/** The messages for a town, in its language (its config as loaded, not yet checked). */
export function moduleChangeMessages(city: unknown): ModuleChangeMessages {
  return MODULE_CHANGE_MESSAGES[townLanguage(city)];
}

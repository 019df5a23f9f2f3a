import type { Locale } from '@city-app/core';

interface ImportCounts {
  created: number;
  changed: number;
  unchanged: number;
  skipped: number;
}

interface ImportMessages {
  preparing: (count: number, id: string, ids: readonly string[]) => string;
  summary: (source: string, description: string, id: string, counts: ImportCounts) => string;
  skipped: (item: string, reason: string) => string;
  /** `--list`: the module's importers. */
  importersOf: (id: string) => string;
  extensions: (endings: readonly string[]) => string;
  option: (name: string, required: boolean, values: readonly string[] | undefined) => string;
  ownSource: string;
  howTo: (id: string) => string;
}

/**
 * What `city-app import` says, in the town's language, the importer's description and why it
 * skipped an item included (the module gives both languages). What the server logs while
 * preparing the database is its own words, as its log.
 */
export const IMPORT_MESSAGES: Record<Locale, ImportMessages> = {
  de: {
    preparing: (count, id, ids) =>
      `Die Datenbank wird vorbereitet, wie es der erste Start des Servers tut (${count === 1 ? '1 Migration' : `${count} Migrationen`} von ${id}: ${ids.join(', ')}) …`,
    summary: (source, description, id, counts) =>
      `${source} (${description}) → ${id}: ${counts.created} neu, ${counts.changed} geändert, ${counts.unchanged} unverändert${counts.skipped ? `, ${counts.skipped} übersprungen` : ''}.`,
    skipped: (item, reason) => `  übersprungen: ${item}: ${reason}`,
    importersOf: (id) => `Importe des Moduls ${id}:`,
    extensions: (endings) =>
      endings.length ? `für Dateien auf ${endings.join(', ')}` : 'nur mit --format',
    option: (name, required, values) =>
      `--${name} <Wert>${required ? ' (Pflicht)' : ''}${values ? ` (eins von: ${values.join(', ')})` : ''}`,
    ownSource: 'ohne Datei: liest die Quelle, die die Stadt eingetragen hat',
    howTo: (id) => `Importieren mit: city-app import ${id} <Datei oder Adresse> [--format <Name>]`,
  },
  en: {
    preparing: (count, id, ids) =>
      `Preparing the database as the server's first start does (${count} migration${count === 1 ? '' : 's'} of ${id} (${ids.join(', ')})) …`,
    summary: (source, description, id, counts) =>
      `${source} (${description}) → ${id}: ${counts.created} new, ${counts.changed} changed, ${counts.unchanged} unchanged${counts.skipped ? `, ${counts.skipped} skipped` : ''}.`,
    skipped: (item, reason) => `  skipped ${item}: ${reason}`,
    importersOf: (id) => `Importers of module ${id}:`,
    extensions: (endings) =>
      endings.length ? `for files ending ${endings.join(', ')}` : 'only with --format',
    option: (name, required, values) =>
      `--${name} <value>${required ? ' (required)' : ''}${values ? ` (one of: ${values.join(', ')})` : ''}`,
    ownSource: 'without a file: reads the source the town configured',
    howTo: (id) => `Import with: city-app import ${id} <file or address> [--format <name>]`,
  },
};

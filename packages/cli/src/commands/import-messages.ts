import type { Locale } from '@city-app/core';

interface ImportCounts {
  created: number;
  changed: number;
  unchanged: number;
  skipped: number;
}

interface ImportMessages {
  preparing: (count: number, id: string, ids: readonly string[]) => string;
  summary: (
    source: string,
    importer: { format: string; description: string },
    id: string,
    counts: ImportCounts,
  ) => string;
  skipped: (item: string, reason: string) => string;
}

/**
 * What `city-app import` says itself, in the town's language. What the importer says (its
 * description, why it skipped an item) and what the server logs while preparing the
 * database are their own words.
 */
export const IMPORT_MESSAGES: Record<Locale, ImportMessages> = {
  de: {
    preparing: (count, id, ids) =>
      `Die Datenbank wird vorbereitet, wie es der erste Start des Servers tut (${count === 1 ? '1 Migration' : `${count} Migrationen`} von ${id}: ${ids.join(', ')}) …`,
    // The importer describes itself in English only; its format's name stands for it.
    summary: (source, { format }, id, counts) =>
      `${source} (${format}) → ${id}: ${counts.created} neu, ${counts.changed} geändert, ${counts.unchanged} unverändert${counts.skipped ? `, ${counts.skipped} übersprungen` : ''}.`,
    skipped: (item, reason) => `  übersprungen: ${item}: ${reason}`,
  },
  en: {
    preparing: (count, id, ids) =>
      `Preparing the database as the server's first start does (${count} migration${count === 1 ? '' : 's'} of ${id} (${ids.join(', ')})) …`,
    summary: (source, { description }, id, counts) =>
      `${source} (${description}) → ${id}: ${counts.created} new, ${counts.changed} changed, ${counts.unchanged} unchanged${counts.skipped ? `, ${counts.skipped} skipped` : ''}.`,
    skipped: (item, reason) => `  skipped ${item}: ${reason}`,
  },
};

import type { Locale } from '@city-app/core';

/**
 * What `city-app import` says itself, in the town's language. What the importer says (its
 * description, why it skipped an item) and what the server logs while preparing the
 * database are their own words.
 */
export const IMPORT_MESSAGES = {
  de: {
    preparing: (count: number, id: string, ids: readonly string[]) =>
      `Die Datenbank wird vorbereitet, wie es der erste Start des Servers tut (${count === 1 ? '1 Migration' : `${count} Migrationen`} von ${id}: ${ids.join(', ')}) …`,
    // The importer describes itself in English only; its format's name stands for it.
    summary: (
      source: string,
      importer: { format: string; description: string },
      id: string,
      counts: { created: number; changed: number; unchanged: number; skipped: number },
    ) =>
      `${source} (${importer.format}) → ${id}: ${counts.created} neu, ${counts.changed} geändert, ${counts.unchanged} unverändert${counts.skipped ? `, ${counts.skipped} übersprungen` : ''}.`,
    skipped: (item: string, reason: string) => `  übersprungen: ${item}: ${reason}`,
  },
  en: {
    preparing: (count: number, id: string, ids: readonly string[]) =>
      `Preparing the database as the server's first start does (${count} migration${count === 1 ? '' : 's'} of ${id} (${ids.join(', ')})) …`,
    summary: (
      source: string,
      importer: { format: string; description: string },
      id: string,
      counts: { created: number; changed: number; unchanged: number; skipped: number },
    ) =>
      `${source} (${importer.description}) → ${id}: ${counts.created} new, ${counts.changed} changed, ${counts.unchanged} unchanged${counts.skipped ? `, ${counts.skipped} skipped` : ''}.`,
    skipped: (item: string, reason: string) => `  skipped ${item}: ${reason}`,
  },
} as const satisfies Record<Locale, unknown>;

import type { Importer, ImportSummary, ModuleServerContext } from '@city-app/server';
import type { FeedImport } from '../../api/feed-import.js';
import { categoryOf, type EventsConfig } from '../../config.js';
import { eventError } from '../../errors/events.js';
import { importCalendar } from './import-calendar.js';

/** The result in the words `city-app import` prints; events removed count as changed. */
export function summaryOf(result: FeedImport): ImportSummary {
  return {
    created: result.created,
    changed: result.changed + result.removed,
    unchanged: result.unchanged,
    skipped: result.skipped.map((s) => ({ item: s.item, reason: s.reason })),
  };
}

/**
 * `city-app import events <file>`: an iCalendar file, keyed by its name, so that importing
 * a newer export of the same file changes, adds and removes what the file did.
 */
export const eventsImporters: Record<string, Importer<EventsConfig>> = {
  ics: {
    description: {
      de: 'iCalendar (RFC 5545): Veranstaltungen mit Serien, abgesagten und verschobenen Terminen',
      en: 'iCalendar (RFC 5545): events with series, cancelled and moved dates',
    },
    extensions: ['.ics', '.ical', '.ifb', '.icalendar'],
    options: [
      {
        name: 'category',
        description: {
          de: 'die Kategorie (ihre id, z. B. „kultur“) für Veranstaltungen, deren CATEGORIES zu keiner Kategorie der Stadt passen (sonst werden sie ausgelassen)',
          en: 'the category (its id, e.g. "kultur") for events whose CATEGORIES match none of the town’s (else they are left out)',
        },
      },
    ],
    async run(file, ctx: ModuleServerContext<EventsConfig>) {
      const category = file.options?.category ?? null;
      if (category !== null && !categoryOf(ctx.config, category)) {
        throw eventError(
          'events_category_unknown',
          { category, known: ctx.config.categories.map((c) => c.id).join(', ') },
          { field: 'category' },
        );
      }
      const result = await importCalendar(
        { db: ctx.db, config: ctx.config, timeZone: ctx.city.timezone },
        {
          text: file.text,
          sourceId: `file:${file.name}`,
          defaultCategory: category,
          dryRun: file.dryRun,
        },
      );
      return summaryOf(result);
    },
  },
};

import type { Importer, ImportSummary, ModuleServerContext } from '@city-app/server';
import type { ImportFormat, ImportPlan } from '../../api/import-plan.js';
import type { WasteConfig } from '../../config.js';
import { importFile } from './import-file.js';
import type { ParsedLocation } from './parsed.js';

/**
 * The street a per-street file is for, from its name as authorities name them:
 * "Bahnhofstraße.ics", "Lange_Straße.ics". A file whose events name their place keeps it.
 */
export function locationFromFileName(name: string): ParsedLocation | null {
  const base = name
    .replace(/\.[^.]*$/, '')
    .replace(/[_+]+/g, ' ')
    .trim();
  return base ? { kind: 'street', name: base.slice(0, 120) } : null;
}

/** The plan in the words `city-app import` prints: new, changed, unchanged, skipped. */
export function summaryOf(plan: ImportPlan): ImportSummary {
  return {
    created: plan.pickups.added,
    changed: plan.pickups.removed + plan.pickups.moved + plan.pickups.cancelled,
    unchanged: plan.pickups.unchanged,
    skipped: [
      ...plan.unmapped.map((u) => ({
        item: u.label,
        reason: `${u.count} pickups: no waste type is mapped to this text (map it, then import again)`,
      })),
      ...plan.warnings.map((w) => ({ item: w.ref ?? '-', reason: w.message })),
    ],
  };
}

function importer(
  format: ImportFormat,
  description: string,
  extensions: string[],
  perStreet: boolean,
): Importer<WasteConfig> {
  return {
    description,
    extensions,
    async run(file, ctx: ModuleServerContext<WasteConfig>) {
      const plan = await importFile(ctx, {
        // The command decoded the file (its --encoding); the parsers read UTF-8.
        bytes: new TextEncoder().encode(file.text),
        format,
        fileNameLocation: perStreet ? locationFromFileName(file.name) : null,
        dryRun: file.dryRun,
        source: 'cli',
        language: 'en',
      });
      return summaryOf(plan);
    },
  };
}

/**
 * `city-app import waste <file>`: the authority's calendars. A per-street calendar is put on
 * the street its file is named after; a CSV names the street on every row.
 */
export const wasteImporters: Record<ImportFormat, Importer<WasteConfig>> = {
  ics: importer(
    'ics',
    'iCalendar of one street or area (named after the file)',
    ['.ics', '.ical'],
    true,
  ),
  csv: importer('csv', 'CSV: street, house numbers, waste type, date', ['.csv'], false),
  sva: importer('sva', 'Smart Village App export of one street (named after the file)', [], true),
};

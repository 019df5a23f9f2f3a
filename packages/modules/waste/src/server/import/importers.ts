import type { Bilingual } from '@city-app/core';
import type {
  Importer,
  ImporterOption,
  ImportSummary,
  ModuleServerContext,
} from '@city-app/server';
import type { ImportFormat, ImportPlan } from '../../api/import-plan.js';
import type { WasteConfig } from '../../config.js';
import { importFile } from './import-file.js';
import { resolveLocationOption } from './importer-location.js';
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
        reason: {
          de: `${u.count === 1 ? '1 Termin' : `${u.count} Termine`}: Diesem Text ist keine Abfallart zugeordnet (ordnen Sie ihn zu, dann importieren Sie erneut)`,
          en: `${u.count} pickup${u.count === 1 ? '' : 's'}: no waste type is mapped to this text (map it, then import again)`,
        },
      })),
      ...plan.warnings.map((w) => ({ item: w.ref ?? '-', reason: w.words })),
    ],
  };
}

/** `--location`: the street or area of a per-street file, when its name does not say it. */
const LOCATION_OPTION: ImporterOption = {
  name: 'location',
  description: {
    de: 'die Straße oder das Gebiet der Datei, wie die App sie zeigt, z. B. „Bahnhofstraße, 1–19 (ungerade)“ (sonst: der Dateiname)',
    en: 'the street or area of the file as the app shows it, e.g. "Bahnhofstraße, 1–19 (odd)" (else: the file name)',
  },
};

function importer(
  format: ImportFormat,
  description: Bilingual,
  extensions: string[],
  perStreet: boolean,
): Importer<WasteConfig> {
  return {
    description,
    extensions,
    options: perStreet ? [LOCATION_OPTION] : [],
    async run(file, ctx: ModuleServerContext<WasteConfig>) {
      const named = file.options?.location;
      const target = named ? await resolveLocationOption(ctx.db, named, 'en') : null;
      const plan = await importFile(ctx, {
        // The bytes as read: the parsers detect ISO-8859-1, Windows-1252 and UTF-16 themselves.
        bytes: file.bytes ?? new TextEncoder().encode(file.text),
        ...(file.encoding ? { charset: file.encoding } : {}),
        format,
        target,
        fileNameLocation: perStreet && !target ? locationFromFileName(file.name) : null,
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
 * the street `--location` names, else the one its file is named after; a CSV names the
 * street on every row.
 */
export const wasteImporters: Record<ImportFormat, Importer<WasteConfig>> = {
  ics: importer(
    'ics',
    {
      de: 'iCalendar einer Straße oder eines Gebiets (nach dem Dateinamen benannt)',
      en: 'iCalendar of one street or area (named after the file)',
    },
    ['.ics', '.ical'],
    true,
  ),
  csv: importer(
    'csv',
    {
      de: 'CSV: Straße, Hausnummern, Abfallart, Datum',
      en: 'CSV: street, house numbers, waste type, date',
    },
    ['.csv'],
    false,
  ),
  sva: importer(
    'sva',
    {
      de: 'Export der Smart Village App für eine Straße (nach dem Dateinamen benannt)',
      en: 'Smart Village App export of one street (named after the file)',
    },
    [],
    true,
  ),
};

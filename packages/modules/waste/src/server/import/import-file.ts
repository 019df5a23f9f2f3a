import type { ModuleServerContext } from '@city-app/server';
import type { ImportPlan } from '../../api/import-plan.js';
import type { WasteConfig } from '../../config.js';
import { runImport } from './apply.js';
import { parseCalendar } from './parse/index.js';
import type { ParsedLocation } from './parsed.js';
import type { ImportRequest } from './plan.js';

/** A file of the authority as bytes, and what to do with it. */
export interface ImportFile extends Omit<ImportRequest, 'calendar'> {
  bytes: Uint8Array;
  dryRun: boolean;
  /** Where it came from, kept as the pickups' origin: "upload", "source:3", "cli". */
  source: string;
  /** The street a per-street file is named after, when neither staff nor the file say. */
  fileNameLocation?: ParsedLocation | null;
}

/** Reads the file in the town's time zone, then plans (dry run) or applies the import. */
export async function importFile(
  ctx: ModuleServerContext<WasteConfig>,
  file: ImportFile,
): Promise<ImportPlan> {
  const { bytes, fileNameLocation, ...request } = file;
  const calendar = parseCalendar(bytes, file.format, { timezone: ctx.city.timezone });
  // Staff's choice first, then the calendar's own name (X-WR-CALNAME), then the file's name.
  const named: ParsedLocation | null | undefined = calendar.calendarName
    ? { kind: 'street', name: calendar.calendarName }
    : fileNameLocation;
  const target = request.target ?? (named ? { location: named } : null);
  return runImport(ctx.db, ctx.config.types, { ...request, target, calendar });
}

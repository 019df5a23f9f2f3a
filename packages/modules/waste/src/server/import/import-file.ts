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
  /** The charset the sender named (`--encoding`); detected from the bytes when absent. */
  charset?: string;
  /** The street a per-street file is named after, when neither staff nor the file say. */
  fileNameLocation?: ParsedLocation | null;
}

/** Reads the file in the town's time zone, then plans (dry run) or applies the import. */
export async function importFile(
  ctx: ModuleServerContext<WasteConfig>,
  file: ImportFile,
): Promise<ImportPlan> {
  const { bytes, fileNameLocation, charset, ...request } = file;
  const calendar = parseCalendar(bytes, file.format, { timezone: ctx.city.timezone, charset });
  // A per-street file goes to the street staff chose, else (the command) the one it is named after.
  const named = fileNameLocation ? { location: fileNameLocation } : null;
  const target = request.target ?? named;
  return runImport(ctx.db, ctx.config.types, { ...request, target, calendar });
}

import type { ModuleServerContext } from '@city-app/server';
import type { ImportPlan } from '../../api/import-plan.js';
import type { WasteConfig } from '../../config.js';
import { runImport } from './apply.js';
import { parseCalendar } from './parse/index.js';
import type { ImportRequest } from './plan.js';

/** A file of the authority as bytes, and what to do with it. */
export interface ImportFile extends Omit<ImportRequest, 'calendar'> {
  bytes: Uint8Array;
  dryRun: boolean;
  /** Where it came from, kept as the pickups' origin: "upload", "source:3", "cli". */
  source: string;
}

/** Reads the file in the town's time zone, then plans (dry run) or applies the import. */
export async function importFile(
  ctx: ModuleServerContext<WasteConfig>,
  file: ImportFile,
): Promise<ImportPlan> {
  const { bytes, ...request } = file;
  const calendar = parseCalendar(bytes, file.format, { timezone: ctx.city.timezone });
  return runImport(ctx.db, ctx.config.types, { ...request, calendar });
}

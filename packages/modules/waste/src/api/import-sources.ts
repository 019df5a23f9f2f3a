import { z } from 'zod';
import { IMPORT_FORMATS } from './import-plan.js';

/**
 * A calendar address imported again on a schedule, with its health: the answer of
 * `GET /api/waste/admin/sources` (as `{ sources }`) and of creating or changing one.
 */
export const importSourceSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  format: z.enum(IMPORT_FORMATS),
  url: z.string(),
  /** The street or area of a per-street calendar; null when the file names its own. */
  locationId: z.number().int().nullable(),
  active: z.boolean(),
  lastCheckedAt: z.string().nullable(),
  lastSuccessAt: z.string().nullable(),
  /** Why the last run failed (at most 500 characters), null after a success. */
  lastError: z.string().nullable(),
  /** The counts of the last import that changed something. */
  lastSummary: z
    .object({
      added: z.number().int(),
      removed: z.number().int(),
      moved: z.number().int(),
      cancelled: z.number().int(),
      unchanged: z.number().int(),
    })
    .nullable(),
  /** Failed runs since the last success. */
  failures: z.number().int(),
});
export type ImportSource = z.output<typeof importSourceSchema>;

/** `GET /api/waste/admin/mappings`: the mapping table, and texts seen in imports that name no type. */
export const mappingListSchema = z.object({
  mappings: z.array(
    z.object({ textKey: z.string(), label: z.string(), typeId: z.string().nullable() }),
  ),
  seen: z.array(z.object({ textKey: z.string(), label: z.string(), count: z.number().int() })),
});
export type MappingList = z.output<typeof mappingListSchema>;

import { z } from 'zod';

/**
 * What an import of the authority's calendar does, or would do in a dry run: the answer of
 * `POST /api/waste/admin/import` and of `city-app import waste`, and what staff see before
 * they apply it.
 */
export const IMPORT_FORMATS = ['ics', 'csv', 'sva'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

const changeSchema = z.object({
  /** The location as residents see it: "Bahnhofstraße 1–19 (ungerade)", "Granzin". */
  location: z.string(),
  typeId: z.string(),
  kind: z.enum(['added', 'removed', 'moved', 'cancelled']),
  oldDate: z.string().nullable(),
  newDate: z.string().nullable(),
});
export type ImportChange = z.output<typeof changeSchema>;

export const importPlanSchema = z.object({
  dryRun: z.boolean(),
  format: z.enum(IMPORT_FORMATS),
  /** The first and last date the file covers; pickups of its locations in this range are replaced. */
  range: z.object({ from: z.string().nullable(), to: z.string().nullable() }),
  locations: z.object({ added: z.number().int(), matched: z.number().int() }),
  pickups: z.object({
    added: z.number().int(),
    removed: z.number().int(),
    moved: z.number().int(),
    cancelled: z.number().int(),
    unchanged: z.number().int(),
  }),
  /** The changes one by one, at most 500 (the counts above are complete). */
  changes: z.array(changeSchema),
  /** Texts in the file that name no waste type yet: staff map them, then import again. */
  unmapped: z.array(z.object({ label: z.string(), count: z.number().int() })),
  /**
   * What was skipped and why, in the request's language (e.g. an event without a date), and in
   * both (`words`): `city-app import` prints the town's.
   */
  warnings: z.array(
    z.object({
      message: z.string(),
      words: z.object({ de: z.string(), en: z.string() }),
      ref: z.string().optional(),
    }),
  ),
});
export type ImportPlan = z.output<typeof importPlanSchema>;

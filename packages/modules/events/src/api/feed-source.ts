import { plainText, webLink } from '@city-app/core';
import { z } from 'zod';
import { feedImportSchema } from './feed-import.js';

const sourceFields = {
  name: plainText().trim().min(2).max(120),
  url: webLink().describe('The calendar’s http(s) address (its ICS/iCal subscription link).'),
  /** Or another module of this app whose public dates are mirrored (`GET …/admin/sources`: `modules`). */
  module: z
    .string()
    .regex(/^[a-z][a-z0-9-]{1,39}$/)
    .describe(
      'The id of another module of this app that offers public dates, e.g. `experiment-space`.',
    ),
  /** For events whose CATEGORIES match none of the town's; none: such events are left out. */
  defaultCategory: z.string().min(1).max(31).nullable(),
  /** The feed's own category words → the town's category ids, e.g. `{ "Fußball": "sport" }`. */
  categoryMap: z
    .record(plainText().trim().min(1).max(80), z.string().min(1).max(31))
    .refine((map) => Object.keys(map).length <= 50, { message: 'At most 50 entries.' }),
  active: z.boolean(),
};

/**
 * A calendar address staff subscribe to (the town website's, a club's Nextcloud or Google
 * one), or another module of the app whose public dates are mirrored: `url` or `module`.
 */
export const feedSourceInputSchema = z.strictObject({
  ...sourceFields,
  url: sourceFields.url.optional(),
  module: sourceFields.module.optional(),
  defaultCategory: sourceFields.defaultCategory.default(null),
  categoryMap: sourceFields.categoryMap.default({}),
  active: sourceFields.active.default(true),
});

/** A change to a source: only the fields given change; a module source keeps its module. */
export const feedSourcePatchSchema = z.strictObject(sourceFields).omit({ module: true }).partial();

export type FeedSourceInput = z.output<typeof feedSourceInputSchema>;

/** A subscribed calendar with its health: when it was last read, and how that went. */
export const feedSourceSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** The calendar's address; null for a module's dates. */
  url: z.string().nullable(),
  /** The module whose public dates it mirrors; null for a calendar address. */
  module: z.string().nullable(),
  defaultCategory: z.string().nullable(),
  categoryMap: z.record(z.string(), z.string()),
  active: z.boolean(),
  lastCheckedAt: z.string().nullable(),
  lastSuccessAt: z.string().nullable(),
  /** Why the last sync failed, in German (staff's screens show it as written). */
  lastError: z.string().nullable(),
  /** What the last sync that read the calendar did. */
  lastResult: feedImportSchema.nullable(),
  /** Failed syncs since the last success. */
  failures: z.number().int(),
});

export type FeedSource = z.output<typeof feedSourceSchema>;

export const feedSourceListSchema = z.object({
  sources: z.array(feedSourceSchema),
  /** The app's other modules that offer public dates, for a new source. */
  modules: z.array(
    z.object({ id: z.string(), title: z.object({ de: z.string(), en: z.string().optional() }) }),
  ),
});

/** "Sync now", or see what it would do. */
export const feedSyncSchema = z.strictObject({ dryRun: z.boolean().default(false) });

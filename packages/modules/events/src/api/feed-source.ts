import { plainText, webLink } from '@city-app/core';
import { z } from 'zod';
import { feedImportSchema } from './feed-import.js';

const sourceFields = {
  name: plainText().trim().min(2).max(120),
  url: webLink().describe('The calendar’s http(s) address (its ICS/iCal subscription link).'),
  /** For events whose CATEGORIES match none of the town's; none: such events are left out. */
  defaultCategory: z.string().min(1).max(31).nullable(),
  /** The feed's own category words → the town's category ids, e.g. `{ "Fußball": "sport" }`. */
  categoryMap: z
    .record(plainText().trim().min(1).max(80), z.string().min(1).max(31))
    .refine((map) => Object.keys(map).length <= 50, { message: 'At most 50 entries.' }),
  active: z.boolean(),
};

/** A calendar address staff subscribe to: the town website's, a club's Nextcloud or Google one. */
export const feedSourceInputSchema = z.strictObject({
  ...sourceFields,
  defaultCategory: sourceFields.defaultCategory.default(null),
  categoryMap: sourceFields.categoryMap.default({}),
  active: sourceFields.active.default(true),
});

/** A change to a source: only the fields given change. */
export const feedSourcePatchSchema = z.strictObject(sourceFields).partial();

export type FeedSourceInput = z.output<typeof feedSourceInputSchema>;

/** A subscribed calendar with its health: when it was last read, and how that went. */
export const feedSourceSchema = z.object({
  id: z.string(),
  name: z.string(),
  url: z.string(),
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

export const feedSourceListSchema = z.object({ sources: z.array(feedSourceSchema) });

/** "Sync now", or see what it would do. */
export const feedSyncSchema = z.strictObject({ dryRun: z.boolean().default(false) });

import { z } from 'zod';

const localizedText = z.object({ de: z.string(), en: z.string() });

/**
 * What an import of an iCalendar file or feed did (or, in a dry run, would do): events new,
 * changed, the same, removed because the feed no longer has them, and those gone from the
 * feed that stay because they already took place; what was left out, and why.
 */
export const feedImportSchema = z.object({
  dryRun: z.boolean(),
  created: z.number().int(),
  changed: z.number().int(),
  unchanged: z.number().int(),
  removed: z.number().int(),
  keptPast: z.number().int(),
  skipped: z.array(z.object({ item: z.string(), reason: localizedText })),
  notes: z.array(z.object({ item: z.string(), note: localizedText })),
});

export type FeedImport = z.output<typeof feedImportSchema>;

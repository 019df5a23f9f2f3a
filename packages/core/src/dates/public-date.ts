import { z } from 'zod';
import { datedEntryFields, withDatedTimes } from './dated-entry.js';

const longText = z.object({
  de: z.string().max(8000),
  en: z.string().max(8000).optional(),
});

/**
 * One date a module shows to everyone and lets other modules show too (a course of the
 * library's experiment space among the town's events). The kernel hands them from module to
 * module (`ctx.publicDates`); the module that owns a date stays its only source: others mirror
 * it, link to `path` and follow its changes. Unlike a "Meine Termine" entry it never holds a
 * private link or anything about a person.
 */
export const publicDateSchema = withDatedTimes(
  z.object({
    ...datedEntryFields,
    description: longText.optional(),
    /** Who holds it, as residents know them ("Stadtbibliothek Hagenow"). */
    organiser: z.string().min(1).max(120).optional(),
    /** Words that say what kind of date it is ("Kurs"); the receiving module maps them. */
    categories: z.array(z.string().min(1).max(80)).max(10).default([]),
    /** Free of charge, when the module knows. */
    free: z.boolean().optional(),
  }),
);

export type PublicDate = z.output<typeof publicDateSchema>;

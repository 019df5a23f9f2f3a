import { z } from 'zod';
import { DEFAULT_CATEGORIES, DEFAULT_PER_PAGE } from './defaults.js';

export { DEFAULT_CATEGORIES };

/** The news module's options under `modules.news` in the town config. */
export const newsConfigSchema = z
  .strictObject({
    perPage: z
      .number()
      .int()
      .min(1)
      .max(50)
      .default(DEFAULT_PER_PAGE)
      .describe('Articles per page in the news list, 1–50.'),
    categories: z
      .array(z.string().trim().min(1).max(40))
      .min(1)
      .default(DEFAULT_CATEGORIES)
      .refine((list) => new Set(list).size === list.length, {
        message: 'Each category may appear only once.',
      })
      .describe('Categories editors choose from, e.g. "Rathaus", "Baustellen".'),
    feedTitle: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .optional()
      .describe('Title of the Atom feed; defaults to "<app name> – Aktuelles".'),
  })
  .describe('News: editors publish, residents read.');

export type NewsConfig = z.output<typeof newsConfigSchema>;

/**
 * The news options of a town config with defaults filled, for server-side tools and tests that
 * hold a whole town config. Screens get their resolved options from `useModule()`.
 */
export function newsConfigOf(city: { modules: Record<string, unknown> }): NewsConfig {
  const {
    enabled: _enabled,
    package: _package,
    ...options
  } = (city.modules.news ?? {}) as Record<string, unknown>;
  const parsed = newsConfigSchema.safeParse(options);
  return parsed.success ? parsed.data : newsConfigSchema.parse({});
}

import { instant, isSameOriginPath, plainText } from '@city-app/core';
import { z } from 'zod';
import { isAllowedImageUrl, LIMITS } from './article-limits.js';
import type { NewsConfig } from './config.js';

export { isAllowedImageUrl, LIMITS };

const optionalText = (max: number, message: string) =>
  plainText()
    .trim()
    .max(max, message)
    .nullish()
    .transform((value) => value || null);

/**
 * What an editor sends to create or replace an article. Categories and areas come from the
 * town config, so the schema is made per town. Messages say what to do; the API sends the
 * first issue's path as `field`.
 */
export function articleInputSchema(
  config: Pick<NewsConfig, 'categories'>,
  areaIds: readonly string[],
) {
  return z
    .strictObject({
      title: plainText()
        .trim()
        .min(1, 'Give the article a title.')
        .max(LIMITS.title, `Shorten the title to at most ${LIMITS.title} characters.`),
      teaser: plainText()
        .trim()
        .max(LIMITS.teaser, `Shorten the teaser to at most ${LIMITS.teaser} characters.`)
        .default(''),
      body: plainText()
        .max(LIMITS.body, `Shorten the text to at most ${LIMITS.body} characters.`)
        .default(''),
      imageUrl: optionalText(LIMITS.imageUrl, 'The image address is too long.').refine(
        (url) => url === null || isSameOriginPath(url),
        "Use a path on this site starting with /, e.g. /bilder/rathaus.jpg (images from other sites are not loaded, to protect residents' privacy).",
      ),
      imageAlt: optionalText(
        LIMITS.imageAlt,
        `Shorten the alt text to at most ${LIMITS.imageAlt} characters.`,
      ),
      category: z.enum(config.categories as [string, ...string[]], {
        message: `Choose one of the categories: ${config.categories.join(', ')}.`,
      }),
      area: z
        .string()
        .nullish()
        .transform((value) => value || null)
        .refine((area) => area === null || areaIds.includes(area), {
          message: areaIds.length
            ? `Choose one of the areas (${areaIds.join(', ')}) or none.`
            : 'This town has no areas configured; leave the area empty.',
        }),
      // Every part checked and the year in range: `new Date()` below must never see 2026-02-30.
      publishAt: z
        .union([instant(), z.literal(''), z.null()], {
          message: 'Give the publication time as an ISO date-time, e.g. 2025-03-01T09:00:00+01:00.',
        })
        .optional()
        .transform((value) => (value ? new Date(value).toISOString() : null)),
    })
    .superRefine((input, ctx) => {
      if (input.imageUrl && !input.imageAlt) {
        ctx.addIssue({
          code: 'custom',
          path: ['imageAlt'],
          message:
            'Describe the image for people who cannot see it (alt text); it is required when there is an image.',
        });
      }
    });
}

export type ValidArticleInput = z.output<ReturnType<typeof articleInputSchema>>;

export function listQuerySchema(config: Pick<NewsConfig, 'perPage'>) {
  return z.object({
    limit: z.coerce
      .number()
      .int()
      .min(1, 'limit must be at least 1.')
      .max(100, 'limit may be at most 100.')
      .default(config.perPage),
    offset: z.coerce.number().int().min(0, 'offset must be 0 or more.').default(0),
    category: plainText().trim().min(1).max(40).optional(),
  });
}

/** Addresses that cannot exist are answered 404 like any missing article, not 400. */
export const slugParamsSchema = z.object({
  slug: plainText().describe('The article\'s address, e.g. "baustelle-lange-strasse".'),
});

export const idParamsSchema = z.object({
  id: plainText().max(100).describe("The article's UUID."),
});

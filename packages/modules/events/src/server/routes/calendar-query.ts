import { type Locale, localeFromAcceptLanguage, plainText } from '@city-app/core';
import type { ModuleServerContext } from '@city-app/server';
import type { Context } from 'hono';
import { z } from 'zod';
import type { EventsConfig } from '../../config.js';
import { eventError } from '../../errors/events.js';

/** What the calendar and RSS feeds take: categories to keep, and the language. */
export const feedQuery = z.strictObject({
  category: plainText()
    .max(400)
    .optional()
    .describe('Category ids separated by commas (default: every category), e.g. `sport,kultur`.'),
  lang: z.enum(['de', 'en']).optional().describe('Language of the texts (default: the request’s).'),
});

export type FeedQuery = z.output<typeof feedQuery>;

/** The categories asked for, each checked against the town's; none asked: all of them. */
export function chosenCategories(asked: string | undefined, config: EventsConfig): string[] {
  const known = config.categories.map((c) => c.id);
  const ids = [
    ...new Set(
      (asked ?? '')
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    ),
  ];
  if (!ids.length) return known;
  for (const category of ids) {
    if (!known.includes(category)) {
      throw eventError(
        'events_category_unknown',
        { category: category.slice(0, 40), known: known.join(', ') },
        { field: 'category' },
      );
    }
  }
  return ids;
}

/** The language of a feed: `?lang=`, else the request's. */
export const feedLocale = (c: Context, lang: Locale | undefined): Locale =>
  lang ?? localeFromAcceptLanguage(c.req.header('accept-language'));

/** The app's own address: the configured public one, else the request's. */
export function appOrigin(c: Context, ctx: Pick<ModuleServerContext, 'env'>): string {
  return new URL(ctx.env?.CITY_APP_PUBLIC_URL ?? c.req.url).origin;
}

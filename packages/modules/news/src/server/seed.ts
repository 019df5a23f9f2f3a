import type { ModuleServerContext } from '@city-app/server';
import type { NewsConfig } from '../config.js';
import { readNewsContent } from './content.js';
import { ArticleRepository } from './repository.js';

/**
 * Loads the town's starting news (`content/news/*.md`) as published articles, those marked
 * `sample: true` as drafts. Every file is
 * checked before the first insert, and all are inserted in one transaction, so a mistake in
 * one file leaves the database as it was.
 */
export async function seedNews(ctx: ModuleServerContext<NewsConfig>): Promise<void> {
  if (!ctx.contentDir) return;
  const content = await readNewsContent(ctx.contentDir, {
    config: ctx.config,
    areaIds: ctx.city.areas.map((area) => area.id),
    timeZone: ctx.city.timezone,
  });
  if (!content.length) return;
  await ctx.db.transaction(async (tx) => {
    const articles = new ArticleRepository(tx, ctx.city.timezone);
    for (const item of content) {
      await articles.create(item.input, {
        createdBy: null,
        // A sample stays a draft: editors see it to replace, residents never do.
        status: item.sample ? 'draft' : 'published',
        publishAt: item.publishedAt,
      });
    }
  });
  ctx.log.info('News seeded from content files', { count: content.length });
}

import { localDateOf } from '@city-app/core';
import { type CityEnv, describeRoute, type Queryable, validated } from '@city-app/server';
import { Hono } from 'hono';
import type { z } from 'zod';
import { type ArticlePreview, articlePreviewSchema } from '../article.js';
import type { ValidArticleInput } from '../article-input.js';
import { checkArticleImage } from './image.js';
import { renderMarkdown } from './markdown.js';

/**
 * `POST /admin/preview`: the editor's form as residents will see the article, rendered by the
 * same Markdown renderer and sanitiser as the published page, checked by the same rules as
 * saving. Nothing is stored: a draft can be previewed before it is saved, a change before
 * it replaces what residents read.
 */
export function previewRoutes(options: {
  input: z.ZodType;
  timeZone: string;
  role: string;
  tags: string[];
  invalid: { description: string; schema: z.ZodType };
  /** Where the image store is checked (see checkArticleImage). */
  db: Queryable;
  now?: () => Date;
}): Hono<CityEnv> {
  const now = options.now ?? (() => new Date());
  const app = new Hono<CityEnv>();
  app.post(
    '/admin/preview',
    describeRoute({
      tags: options.tags,
      role: options.role,
      summary: 'Show an article as residents will see it, without saving or publishing it',
      body: options.input,
      responses: {
        200: { description: 'The article as its page shows it.', schema: articlePreviewSchema },
        400: options.invalid,
      },
    }),
    async (c) => {
      const article = validated<ValidArticleInput>(c, 'body');
      await checkArticleImage(options.db, article.imageUrl);
      // Shown with the day it will carry: the planned time, else now (published now).
      const published = article.publishAt ? new Date(article.publishAt) : now();
      const preview: ArticlePreview = {
        title: article.title,
        teaser: article.teaser,
        category: article.category,
        area: article.area ?? null,
        imageUrl: article.imageUrl ?? null,
        imageAlt: article.imageAlt ?? null,
        publishedAt: published.toISOString(),
        publishedOn: localDateOf(published, options.timeZone),
        bodyHtml: renderMarkdown(article.body),
      };
      return c.json(preview);
    },
  );
  return app;
}

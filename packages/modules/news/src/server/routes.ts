import { errors, localize } from '@city-app/core';
import { type CityEnv, describeRoute, type ModuleServerContext, validated } from '@city-app/server';
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import {
  type ArticlePage,
  articlePageSchema,
  type EditorArticle,
  type EditorArticlePage,
  editorArticlePageSchema,
  editorArticleSchema,
  type PublishedArticle,
  publishedArticleSchema,
} from '../article.js';
import {
  articleInputSchema,
  idParamsSchema,
  listQuerySchema,
  slugParamsSchema,
  type ValidArticleInput,
} from '../article-input.js';
import type { NewsConfig } from '../config.js';
import { atomFeed } from './feed.js';
import { newsArticleJsonLd } from './json-ld.js';
import type { SiteLinks } from './links.js';
import { renderMarkdown } from './markdown.js';
import { ArticleRepository } from './repository.js';

const FEED_SIZE = 20;
const EDITOR_ROLE = 'editor';
const TAGS = ['news'];

const notFound = () => errors.notFound('The article');
const errorSchema = z.object({
  code: z.string(),
  message: z.string(),
  field: z.string().optional(),
});
const notFoundResponse = {
  description: 'No such article (code `not_found`).',
  schema: errorSchema,
};
const invalidResponse = {
  description: 'Invalid input (code `validation_failed`, `field` names it).',
  schema: errorSchema,
};

/** The news API under `/api/news`: public reading, and the editors' area under `/admin`. */
export function newsRoutes(ctx: ModuleServerContext<NewsConfig>): Hono<CityEnv> {
  const { city, config, manifest } = ctx;
  const articles = new ArticleRepository(ctx.db);
  const input = articleInputSchema(
    config,
    city.areas.map((area) => area.id),
  );
  const siteOf = (c: Context): SiteLinks => ({
    origin: new URL(c.req.url).origin,
    webPath: manifest.path,
  });
  const publisher = {
    publisher: city.town.name,
    ...(city.town.website ? { publisherUrl: city.town.website } : {}),
  };

  const app = new Hono<CityEnv>();

  app.get(
    '/',
    describeRoute({
      summary: 'Published news, newest first',
      tags: TAGS,
      query: listQuerySchema(config),
      responses: {
        200: { description: 'One page of articles and the total.', schema: articlePageSchema },
      },
    }),
    async (c) => {
      const query = validated<z.output<ReturnType<typeof listQuerySchema>>>(c, 'query');
      const page: ArticlePage = await articles.listPublished(query);
      return c.json(page);
    },
  );

  app.get(
    '/articles/:slug',
    describeRoute({
      summary: 'One published article with its body as sanitised HTML and JSON-LD',
      tags: TAGS,
      params: slugParamsSchema,
      responses: {
        200: { description: 'The article.', schema: publishedArticleSchema },
        404: notFoundResponse,
      },
    }),
    async (c) => {
      const { slug } = validated<{ slug: string }>(c, 'params');
      const stored = await articles.findPublishedBySlug(slug);
      if (!stored) throw notFound();
      const { body, ...article } = stored;
      const result: PublishedArticle = {
        ...article,
        bodyHtml: renderMarkdown(body),
        jsonLd: newsArticleJsonLd(article, { ...siteOf(c), ...publisher }),
      };
      return c.json(result);
    },
  );

  app.get(
    '/feed.atom',
    describeRoute({
      summary: 'Atom feed of the latest published news',
      tags: TAGS,
      responses: {
        200: { description: 'Atom 1.0 (RFC 4287).', contentType: 'application/atom+xml' },
      },
    }),
    async (c) => {
      const latest = await articles.latestPublished(FEED_SIZE);
      const url = new URL(c.req.url);
      const xml = atomFeed(
        latest.map(({ body, ...article }) => ({ ...article, bodyHtml: renderMarkdown(body) })),
        {
          ...siteOf(c),
          selfUrl: `${url.origin}${url.pathname}`,
          title: config.feedTitle ?? `${city.branding.appName} – ${localize(manifest.title, 'de')}`,
          author: city.town.name,
          now: new Date(),
        },
      );
      return c.body(xml, 200, { 'Content-Type': 'application/atom+xml; charset=utf-8' });
    },
  );

  // The editors' area. describeRoute's `role` answers 401 without a login, 403 without the role.
  const idParams = { params: idParamsSchema };
  const editor = { tags: TAGS, role: EDITOR_ROLE };
  const one = (description: string) => ({ description, schema: editorArticleSchema });

  app.get(
    '/admin/articles',
    describeRoute({
      ...editor,
      summary: 'All articles, drafts and scheduled ones included, newest first',
      query: z.object({
        limit: z.coerce.number().int().min(1).max(200).default(50),
        offset: z.coerce.number().int().min(0).default(0),
      }),
      responses: { 200: { description: 'One page of articles.', schema: editorArticlePageSchema } },
    }),
    async (c) => {
      const page: EditorArticlePage = await articles.listAll(validated(c, 'query'));
      return c.json(page);
    },
  );

  app.post(
    '/admin/articles',
    describeRoute({
      ...editor,
      summary: 'Create an article as a draft',
      body: input,
      responses: { 201: one('The new draft, with its slug.'), 400: invalidResponse },
    }),
    async (c) => {
      const created = await articles.create(validated<ValidArticleInput>(c, 'body'), {
        createdBy: c.get('user')?.id ?? null,
      });
      ctx.log.info('News article created', { id: created.id, slug: created.slug });
      return c.json(created, 201);
    },
  );

  app.get(
    '/admin/articles/:id',
    describeRoute({
      ...editor,
      ...idParams,
      summary: 'One article as editors see it',
      responses: { 200: one('The article.'), 404: notFoundResponse },
    }),
    async (c) => c.json(found(await articles.findById(param(c)))),
  );

  app.put(
    '/admin/articles/:id',
    describeRoute({
      ...editor,
      ...idParams,
      summary: 'Replace an article’s content (its slug stays)',
      body: input,
      responses: { 200: one('The article as saved.'), 400: invalidResponse, 404: notFoundResponse },
    }),
    async (c) =>
      c.json(found(await articles.update(param(c), validated<ValidArticleInput>(c, 'body')))),
  );

  app.post(
    '/admin/articles/:id/publish',
    describeRoute({
      ...editor,
      ...idParams,
      summary: 'Publish now, or at the article’s publishAt when that lies ahead',
      responses: { 200: one('The published (or scheduled) article.'), 404: notFoundResponse },
    }),
    async (c) => {
      const article = found(await articles.publish(param(c)));
      ctx.log.info('News article published', { id: article.id, scheduled: article.scheduled });
      return c.json(article);
    },
  );

  app.post(
    '/admin/articles/:id/unpublish',
    describeRoute({
      ...editor,
      ...idParams,
      summary: 'Take an article back to draft',
      responses: { 200: one('The article, now a draft.'), 404: notFoundResponse },
    }),
    async (c) => c.json(found(await articles.unpublish(param(c)))),
  );

  app.delete(
    '/admin/articles/:id',
    describeRoute({
      ...editor,
      ...idParams,
      summary: 'Delete an article for good',
      responses: { 204: { description: 'Deleted.' }, 404: notFoundResponse },
    }),
    async (c) => {
      if (!(await articles.delete(param(c)))) throw notFound();
      return c.body(null, 204);
    },
  );

  return app;
}

function param(c: Context): string {
  return validated<{ id: string }>(c, 'params').id;
}

function found(article: EditorArticle | null): EditorArticle {
  if (!article) throw notFound();
  return article;
}

import { cityError, errors, localize, validationMessage } from '@city-app/core';
import {
  type CityEnv,
  describeRoute,
  type ModuleNotify,
  type ModuleServerContext,
  validated,
} from '@city-app/server';
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
import { categoryTopic } from '../topics.js';
import { atomFeed } from './feed.js';
import { checkArticleImage } from './image.js';
import { newsArticleJsonLd } from './json-ld.js';
import type { SiteLinks } from './links.js';
import { renderMarkdown } from './markdown.js';
import { previewRoutes } from './preview.js';
import { ArticleRepository } from './repository.js';

type SendInput = Parameters<ModuleNotify['send']>[1];

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
  const articles = new ArticleRepository(ctx.db, ctx.city.timezone);
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
      publicContent: true,
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
      publicContent: true,
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
      const article = validated<ValidArticleInput>(c, 'body');
      await checkArticleImage(ctx.db, article.imageUrl);
      const created = await articles.create(article, {
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
    async (c) => {
      const article = validated<ValidArticleInput>(c, 'body');
      await checkArticleImage(ctx.db, article.imageUrl);
      return c.json(found(await articles.update(param(c), article)));
    },
  );

  app.post(
    '/admin/articles/:id/publish',
    describeRoute({
      ...editor,
      ...idParams,
      summary: 'Publish now, or at the article’s publishAt when that lies ahead',
      description:
        'Optional JSON body `{ "notify": true }`: also send a push notification to residents who follow news or the article’s category (once per article, however often it is published again). Not for scheduled articles.',
      responses: {
        200: {
          description:
            'The published (or scheduled) article; `notification` when one was asked for.',
          schema: publishedResultSchema,
        },
        400: invalidResponse,
        404: notFoundResponse,
      },
    }),
    async (c) => {
      const { notify } = await publishOptions(c);
      if (notify && !ctx.notify) throw notificationsUnavailable();
      // Publication and notification commit together, or neither does.
      const result = await ctx.db.transaction(async (tx) => {
        const article = found(await new ArticleRepository(tx, ctx.city.timezone).publish(param(c)));
        if (!notify || !ctx.notify) return article;
        if (article.scheduled) throw scheduledCannotNotify();
        const notification = await ctx.notify.send(tx, announcement(article, manifest.path, city));
        return { ...article, notification };
      });
      ctx.log.info('News article published', {
        id: result.id,
        scheduled: result.scheduled,
        ...('notification' in result ? { dispatch: result.notification.dispatchId } : {}),
      });
      return c.json(result);
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

  app.route(
    '/',
    previewRoutes({
      ...editor,
      input,
      timeZone: city.timezone,
      invalid: invalidResponse,
      db: ctx.db,
    }),
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

const publishOptionsSchema = z.strictObject({
  notify: z.boolean({ message: 'notify must be true or false.' }).default(false),
});
const publishedResultSchema = editorArticleSchema.extend({
  notification: z
    .object({
      dispatchId: z.string(),
      created: z.boolean().describe('false: residents were notified of this article before.'),
    })
    .optional(),
});

/** The publish body is optional: none (or `{}`) publishes without a notification. */
async function publishOptions(c: Context): Promise<z.output<typeof publishOptionsSchema>> {
  const text = await c.req.text();
  let raw: unknown = {};
  if (text.trim()) {
    try {
      raw = JSON.parse(text);
    } catch {
      throw cityError('news_publish_body_not_json', {}, { field: 'body' });
    }
  }
  const parsed = publishOptionsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || 'body';
    // The schema's own words for English readers, the validation catalogue's for German ones.
    const problem = (locale: 'de' | 'en') => {
      const text = issue ? validationMessage(issue, locale, issue.message) : '';
      return field === 'body' ? text : `${field}: ${text}`;
    };
    throw cityError(
      'news_publish_body_invalid',
      { problem: { de: problem('de'), en: problem('en') } },
      { field },
    );
  }
  return parsed.data;
}

const notificationsUnavailable = () =>
  cityError('news_notifications_unavailable', {}, { field: 'notify' });

const scheduledCannotNotify = () =>
  cityError('news_scheduled_cannot_notify', {}, { field: 'notify' });

/**
 * The push message for an article: its title and teaser, its page, its area; to everyone
 * following news and to those following its category, each resident once.
 */
export function announcement(
  article: EditorArticle,
  webPath: string,
  city: { town: { name: string } },
): SendInput {
  const category = categoryTopic(article.category);
  return {
    topic: 'news',
    ...(category ? { alsoTopics: [category] } : {}),
    ...(article.area ? { area: article.area } : {}),
    title: article.title,
    body: article.teaser || {
      de: `Neue Nachricht aus ${city.town.name}`,
      en: `News from ${city.town.name}`,
    },
    url: `${webPath}/${encodeURIComponent(article.slug)}`,
    collapseKey: `news-${article.id}`,
    idempotencyKey: `news:${article.id}:publish`,
  };
}

function param(c: Context): string {
  return validated<{ id: string }>(c, 'params').id;
}

function found(article: EditorArticle | null): EditorArticle {
  if (!article) throw notFound();
  return article;
}

import { z } from 'zod';
import type { articleInputSchema } from './article-input.js';

/**
 * The shapes the news API sends. One zod schema each: the OpenAPI document is generated
 * from them and the TypeScript types the web screens use are inferred from them. Dates are
 * ISO 8601 strings in UTC.
 */

const isoDate = z.iso.datetime();

export const articleStatusSchema = z.enum(['draft', 'published']);
export type ArticleStatus = z.output<typeof articleStatusSchema>;

/** One item of the public list and the home widget. */
export const articleSummarySchema = z.object({
  id: z.uuid(),
  slug: z.string().describe('Address of the article, e.g. "baustelle-lange-strasse".'),
  title: z.string(),
  teaser: z.string(),
  category: z.string(),
  area: z
    .string()
    .nullable()
    .describe('Id of the Ortsteil it concerns, or null for the whole town.'),
  imageUrl: z.string().nullable(),
  imageAlt: z.string().nullable(),
  publishedAt: isoDate,
  publishedOn: z.iso
    .date()
    .describe('The day of publication in the town’s time zone (YYYY-MM-DD), ready to show.'),
});
export type ArticleSummary = z.output<typeof articleSummarySchema>;

/** `GET /api/news/` */
export const articlePageSchema = z.object({
  items: z.array(articleSummarySchema),
  total: z.number().int(),
});
export type ArticlePage = z.output<typeof articlePageSchema>;

/** schema.org NewsArticle as JSON-LD (https://schema.org/NewsArticle). */
const organisationSchema = z.object({
  '@type': z.literal('Organization'),
  name: z.string(),
  url: z.string().optional(),
});
export const newsArticleJsonLdSchema = z.object({
  '@context': z.literal('https://schema.org'),
  '@type': z.literal('NewsArticle'),
  headline: z.string(),
  description: z.string().optional(),
  datePublished: isoDate,
  dateModified: isoDate,
  inLanguage: z.string(),
  image: z.array(z.string()).optional(),
  articleSection: z.string().optional(),
  mainEntityOfPage: z.string(),
  url: z.string(),
  publisher: organisationSchema,
  author: organisationSchema,
});
export type NewsArticleJsonLd = z.output<typeof newsArticleJsonLdSchema>;

/** `GET /api/news/articles/:slug`: the article with its body rendered and sanitised. */
export const publishedArticleSchema = articleSummarySchema.extend({
  bodyHtml: z
    .string()
    .describe('The body as HTML, sanitised on the server; safe to insert as it is.'),
  updatedAt: isoDate,
  jsonLd: newsArticleJsonLdSchema,
});
export type PublishedArticle = z.output<typeof publishedArticleSchema>;

/**
 * `POST /api/news/admin/preview`: an article as residents will see it, from what the editor's
 * form holds (saved or not), before it is published.
 */
export const articlePreviewSchema = publishedArticleSchema.pick({
  title: true,
  teaser: true,
  category: true,
  area: true,
  imageUrl: true,
  imageAlt: true,
  publishedAt: true,
  publishedOn: true,
  bodyHtml: true,
});
export type ArticlePreview = z.output<typeof articlePreviewSchema>;

/** What editors see and edit (`/api/news/admin/articles…`). */
export const editorArticleSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  title: z.string(),
  teaser: z.string(),
  body: z.string().describe('Markdown.'),
  imageUrl: z.string().nullable(),
  imageAlt: z.string().nullable(),
  category: z.string(),
  area: z.string().nullable(),
  status: articleStatusSchema,
  publishAt: isoDate
    .nullable()
    .describe('When residents may see it; null for a draft never scheduled or published.'),
  scheduled: z.boolean().describe('Published, but publishAt lies in the future.'),
  createdAt: isoDate,
  updatedAt: isoDate,
  createdBy: z.string().nullable(),
});
export type EditorArticle = z.output<typeof editorArticleSchema>;

export const editorArticlePageSchema = z.object({
  items: z.array(editorArticleSchema),
  total: z.number().int(),
});
export type EditorArticlePage = z.output<typeof editorArticlePageSchema>;

/** What an editor sends to create or replace an article (checked by `articleInputSchema`). */
export type ArticleInput = z.input<ReturnType<typeof articleInputSchema>>;

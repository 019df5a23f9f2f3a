import { defineModule } from '@city-app/core';
import { newsConfigSchema } from './config.js';
import { meta } from './meta.js';

/**
 * The news module's manifest: what the kernel, the CLI and the web shell know about it
 * without loading its server or browser code.
 */
const manifest = defineModule({
  ...meta,
  configSchema: newsConfigSchema,
  // Its starting articles (starter/news/*.md.hbs, rendered with the town's answers), loaded
  // into an empty database at the first start.
  starter: [{ from: 'news', to: 'content/news' }],
});

export default manifest;

export type {
  ArticleInput,
  ArticlePage,
  ArticleStatus,
  ArticleSummary,
  EditorArticle,
  EditorArticlePage,
  NewsArticleJsonLd,
  PublishedArticle,
} from './article.js';
export { DEFAULT_CATEGORIES, type NewsConfig, newsConfigOf, newsConfigSchema } from './config.js';
export { serializeJsonLd } from './json-ld.js';
export { meta } from './meta.js';
export { categoryTopic } from './topics.js';

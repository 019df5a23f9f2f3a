import { defineModule } from '@city-app/core';
import { newsConfigSchema } from './config.js';
import { messages } from './messages.js';
import { topics } from './topics.js';

/**
 * The news module's manifest: what the kernel, the CLI and the web shell know about it
 * without loading its server or browser code.
 */
const manifest = defineModule({
  id: 'news',
  title: { de: 'Aktuelles', en: 'News' },
  description: {
    de: 'Nachrichten aus Rathaus und Stadt: Redaktion im Rathaus, Liste, Feed und Startseite.',
    en: 'News from the town hall and the town: editing, list, feed and home screen.',
  },
  field: 'administration',
  configSchema: newsConfigSchema,
  topics,
  messages,
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
export { categoryTopic } from './topics.js';

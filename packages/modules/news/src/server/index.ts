import { defineServerModule } from '@city-app/server';
import manifest from '../index.js';
import { feedImporter } from './import-feed.js';
import { migrations } from './migrations.js';
import { newsRoutes } from './routes.js';
import { seedNews } from './seed.js';

/** The server part of the news module: its table, its API under `/api/news`, its seed, its feed importer. */
export default defineServerModule({
  manifest,
  migrations,
  routes: newsRoutes,
  seed: seedNews,
  importers: { feed: feedImporter },
});

export { renderMarkdown } from './markdown.js';

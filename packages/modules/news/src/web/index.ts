import { defineHomeWidget, defineWebModule } from '@city-app/web/module';
import type { ArticlePage } from '../article.js';
import { meta } from '../meta.js';
import { paths } from './paths.js';
import * as latestNews from './widget/latest-news.js';

/** How many articles the home widget shows. */
const WIDGET_SIZE = 3;

/**
 * The browser part of the news module. Every screen loads on demand; only this file, the
 * home widget and the module's plain-data meta ship with the home screen.
 */
export default defineWebModule({
  manifest: meta,
  screens: {
    '': () => import('./screens/news-list.js'),
    ':slug': () => import('./screens/news-detail.js'),
  },
  admin: {
    role: 'editor',
    screens: {
      '': () => import('./admin/article-list.js'),
      new: () => import('./admin/article-editor.js'),
      ':id': () => import('./admin/article-editor.js'),
    },
  },
  // The home screen shows the widget at once: its code ships with the first script, and the
  // shell loads its articles as the app opens, before the first render.
  homeWidget: defineHomeWidget({
    data: (api) => api.get<ArticlePage>(`${paths.api}?limit=${WIDGET_SIZE}`),
    component: () => Promise.resolve(latestNews),
    // The latest three articles' teasers.
    usualHeight: 'tall',
  }),
});

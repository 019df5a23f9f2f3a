import { defineWebModule } from '@city-app/web/module';
import { meta } from '../meta.js';
import * as latestNews from './widget/latest-news.js';

/**
 * The browser part of the news module. Every screen loads on demand; only this file, the
 * home widget and the module's plain-data meta ship with the home screen.
 */
export default defineWebModule({
  manifest: meta,
  routes: [
    { path: '', screen: () => import('./screens/news-list.js') },
    { path: ':slug', screen: () => import('./screens/news-detail.js') },
  ],
  admin: {
    role: 'editor',
    routes: [
      { path: '', screen: () => import('./admin/article-list.js') },
      { path: 'new', screen: () => import('./admin/article-editor.js') },
      { path: ':id', screen: () => import('./admin/article-editor.js') },
    ],
  },
  // The home screen shows the widget at once: it ships with the first script instead of
  // costing another round trip and a spinner.
  homeWidget: () => Promise.resolve(latestNews),
});

import { defineHomeWidget, defineWebModule } from '@city-app/web/module';
import { meta } from '../meta.js';
import type { EntryList } from '../server/routes.js';
import * as widget from './widget.js';

/** The browser part: one screen under `/{{id}}`, loaded on demand, and a home widget. */
export default defineWebModule({
  manifest: meta,
  // One screen for each pattern the meta declares (screens.resident).
  screens: { '': () => import('./screen.js') },
  // The home screen shows the widget at once: its code ships with the first script, and the
  // shell loads its data as the app opens, before the first render.
  homeWidget: defineHomeWidget({
    data: (api) => api.get<EntryList>('/api/{{id}}'),
    component: () => Promise.resolve(widget),
  }),
});

import { defineWebModule } from '@city-app/web/module';
import { meta } from '../meta.js';
import * as widget from './widget.js';

/** The browser part: one screen under `/{{id}}`, loaded on demand, and a home widget. */
export default defineWebModule({
  manifest: meta,
  routes: [{ path: '', screen: () => import('./screen.js') }],
  // The home screen shows the widget at once: it ships with the first script instead of
  // costing another round trip and a spinner.
  homeWidget: () => Promise.resolve(widget),
});

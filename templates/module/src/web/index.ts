import { defineWebModule } from '@city-app/web/module';
import { meta } from '../meta.js';

/** The browser part: one screen under `/{{id}}` and a home widget, both loaded on demand. */
export default defineWebModule({
  manifest: meta,
  routes: [{ path: '', screen: () => import('./screen.js') }],
  homeWidget: () => import('./widget.js'),
});

import { defineWebModule } from '@city-app/web/module';
import { meta, REPORTS_ROLE } from '../meta.js';
import { adminScreens } from './admin/screens.js';

/**
 * The browser part of the reports module (Mängelmelder). Every screen loads on demand; only
 * this file and the module's plain-data meta ship with the home screen.
 */
export default defineWebModule({
  manifest: meta,
  screens: {
    '': () => import('./screens/start.js'),
    melden: () => import('./screens/new-report.js'),
    ':id': () => import('./screens/report.js'),
  },
  admin: { role: REPORTS_ROLE, screens: adminScreens },
});

import { defineWebModule } from '@city-app/web/module';
import { meta } from '../meta.js';

/**
 * The browser part of the waste calendar. Every screen loads on demand; only this file, the
 * home widget and the module's plain-data meta ship with the home screen.
 */
export default defineWebModule({
  manifest: meta,
  screens: {
    '': () => import('./screens/calendar.js'),
    monat: () => import('./screens/calendar.js'),
    strasse: () => import('./screens/calendar.js'),
  },
  admin: {
    role: 'waste',
    screens: {
      '': () => import('./admin/overview.js'),
      import: () => import('./admin/overview.js'),
      zuordnung: () => import('./admin/overview.js'),
      quellen: () => import('./admin/overview.js'),
      strassen: () => import('./admin/overview.js'),
      'strassen/:id': () => import('./admin/overview.js'),
      'touren/:id': () => import('./admin/overview.js'),
    },
  },
});

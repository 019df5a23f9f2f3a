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
      import: () => import('./admin/import.js'),
      zuordnung: () => import('./admin/mappings.js'),
      quellen: () => import('./admin/sources.js'),
      strassen: () => import('./admin/locations.js'),
      'strassen/:id': () => import('./admin/location.js'),
      'touren/:id': () => import('./admin/tour.js'),
    },
  },
});

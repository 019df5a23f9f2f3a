import { defineHomeWidget, defineWebModule } from '@city-app/web/module';
import { residentMessages } from '../messages/resident.js';
import { meta } from '../meta.js';
import { nextPickupData } from './widget/data.js';
import * as nextPickup from './widget/next-pickup.js';

/**
 * The browser part of the waste calendar. Every screen loads on demand; only this file, the
 * home widget and the module's plain-data meta ship with the home screen.
 */
export default defineWebModule({
  manifest: meta,
  screens: {
    '': () => import('./screens/calendar.js'),
    monat: () => import('./screens/month.js'),
    strasse: () => import('./screens/street.js'),
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
  // "Nächste Abholung": the shell loads the chosen street's pickups as the app opens.
  homeWidget: defineHomeWidget({
    data: nextPickupData,
    component: () => Promise.resolve(nextPickup),
    title: {
      de: residentMessages.de['waste.next.heading'],
      en: residentMessages.en['waste.next.heading'],
    },
  }),
  settings: {
    title: {
      de: residentMessages.de['waste.settings.title'],
      en: residentMessages.en['waste.settings.title'],
    },
    panel: () => import('./settings/settings.js'),
  },
});

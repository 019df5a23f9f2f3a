import { defineHomeWidget, defineWebModule } from '@city-app/web/module';
import { deviceMessages } from '../messages/device.js';
import { residentMessages } from '../messages/resident.js';
import { EVENTS_ROLE, meta } from '../meta.js';
import { upcomingData } from './widget/data.js';
import * as upcoming from './widget/upcoming.js';

/**
 * The browser part of the events module. Every screen loads on demand; only this file, the
 * home widget and the module's plain-data meta ship with the home screen.
 */
export default defineWebModule({
  manifest: meta,
  screens: {
    '': () => import('./screens/list.js'),
    monat: () => import('./screens/month.js'),
    eintragen: () => import('./screens/submit.js'),
    'eintragen/bestaetigen': () => import('./screens/confirm.js'),
    ':id': () => import('./screens/event.js'),
  },
  admin: {
    role: EVENTS_ROLE,
    screens: {
      '': () => import('./admin/events.js'),
      neu: () => import('./admin/new-event.js'),
      ':id': () => import('./admin/event.js'),
      orte: () => import('./admin/venues.js'),
      pruefen: () => import('./admin/review.js'),
      veranstalter: () => import('./admin/organisers.js'),
      quellen: () => import('./admin/sources.js'),
    },
  },
  // "Demnächst in <town>": the shell loads the next dates as the app opens.
  homeWidget: defineHomeWidget({
    data: upcomingData,
    component: () => Promise.resolve(upcoming),
    // Five dates, each with its time and place.
    usualHeight: 'tall',
    title: {
      de: residentMessages.de['events.upcoming.heading'],
      en: residentMessages.en['events.upcoming.heading'],
    },
  }),
  // "Meine Einstellungen": the categories this device follows.
  settings: {
    title: {
      de: deviceMessages.de['events.settings.title'],
      en: deviceMessages.en['events.settings.title'],
    },
    panel: () => import('./settings/settings.js'),
  },
});

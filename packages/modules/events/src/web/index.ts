import { defineWebModule } from '@city-app/web/module';
import { EVENTS_ROLE, meta } from '../meta.js';

/** The browser part of the events module. Every screen loads on demand. */
export default defineWebModule({
  manifest: meta,
  screens: {},
  admin: {
    role: EVENTS_ROLE,
    screens: {
      '': () => import('./admin/events.js'),
      neu: () => import('./admin/new-event.js'),
      ':id': () => import('./admin/event.js'),
      orte: () => import('./admin/venues.js'),
    },
  },
});

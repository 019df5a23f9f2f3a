import { defineWebModule } from '@city-app/web/module';
import { meta } from '../meta.js';

/**
 * The browser part of the council module. Every screen loads on demand; only this file and
 * the module's plain-data meta ship with the home screen.
 */
export default defineWebModule({
  manifest: meta,
  screens: {
    '': () => import('./screens/meetings.js'),
    gremien: () => import('./screens/committees.js'),
    'vorlage/:key': () => import('./screens/paper.js'),
    ':key': () => import('./screens/meeting.js'),
  },
});

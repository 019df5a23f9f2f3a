import { defineWebModule } from '@city-app/web/module';
import { meta, SURVEYS_ROLE } from '../meta.js';

/** The browser part of the surveys module; every screen loads on demand. */
export default defineWebModule({
  manifest: meta,
  screens: {
    '': () => import('./screens/list.js'),
    bestaetigen: () => import('./screens/confirm.js'),
    ':id': () => import('./screens/survey.js'),
  },
  admin: {
    role: SURVEYS_ROLE,
    screens: {
      '': () => import('./admin/surveys.js'),
      neu: () => import('./admin/new-survey.js'),
      ':id': () => import('./admin/survey.js'),
      ':id/ergebnisse': () => import('./admin/results.js'),
    },
  },
});

import { defineHomeWidget, defineWebModule } from '@city-app/web/module';
import { meta, SURVEYS_ROLE } from '../meta.js';
import { anyOpen, openSurveys } from './widget/data.js';
import OpenSurveysWidget from './widget/open-surveys.js';

/**
 * The browser part of the surveys module. Every screen loads on demand; only this file, the
 * home widget and the module's plain-data meta ship with the home screen.
 */
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
  // The open surveys on the home screen; no card while none is open.
  homeWidget: defineHomeWidget({
    data: openSurveys,
    component: () => Promise.resolve({ default: OpenSurveysWidget }),
    shows: anyOpen,
  }),
});

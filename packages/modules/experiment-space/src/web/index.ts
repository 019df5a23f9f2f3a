import { defineHomeWidget, defineWebModule } from '@city-app/web/module';
import type { CourseSummary } from '../api.js';
import { LIBRARY_ROLE, meta } from '../meta.js';
import { apiPaths } from './paths.js';
import * as upcomingCourses from './widget/upcoming-courses.js';

/**
 * The browser part of the experiment space. Every screen loads on demand; only this file, the
 * module's plain-data meta and the small home widget ship with the home screen.
 */
export default defineWebModule({
  manifest: meta,
  screens: {
    '': () => import('./screens/catalogue.js'),
    'buchen/:id': () => import('./screens/resource.js'),
    'bestaetigung/:token': () => import('./screens/confirmation.js'),
    'buchung/:token': () => import('./screens/my-booking.js'),
    'meine-daten': () => import('./screens/my-data.js'),
    kurse: () => import('./screens/courses.js'),
    'kurse/:id': () => import('./screens/course.js'),
  },
  admin: {
    role: LIBRARY_ROLE,
    screens: {
      '': () => import('./admin/schedule.js'),
      freigaben: () => import('./admin/approvals.js'),
      buchungen: () => import('./admin/bookings.js'),
      ressourcen: () => import('./admin/resources.js'),
      'ressourcen/neu': () => import('./admin/resource-editor.js'),
      'ressourcen/:id': () => import('./admin/resource-editor.js'),
      kurse: () => import('./admin/courses.js'),
      'kurse/:id': () => import('./admin/course-editor.js'),
      einweisungen: () => import('./admin/briefings.js'),
      kontingente: () => import('./admin/quotas.js'),
    },
  },
  // The home screen shows the widget at once: its code ships with the first script, and the
  // shell loads the courses as the app opens, before the first render.
  homeWidget: defineHomeWidget({
    data: (api) => api.get<CourseSummary[]>(`${apiPaths.root}/courses`),
    component: () => Promise.resolve(upcomingCourses),
    // Three courses, each with its time and the places left.
    usualHeight: 'tall',
  }),
});

import { defineHomeWidget, defineWebModule } from '@city-app/web/module';
import type { CourseSummary } from '../api.js';
import { LIBRARY_ROLE, meta } from '../meta.js';
import { client } from './client.js';
import * as upcomingCourses from './widget/upcoming-courses.js';

/**
 * The browser part of the experiment space. Every screen loads on demand; only this file, the
 * module's plain-data meta and the small home widget ship with the home screen.
 */
export default defineWebModule({
  manifest: meta,
  routes: [
    { path: '', screen: () => import('./screens/catalogue.js') },
    { path: 'buchen/:id', screen: () => import('./screens/resource.js') },
    { path: 'bestaetigung/:token', screen: () => import('./screens/confirmation.js') },
    { path: 'buchung/:token', screen: () => import('./screens/my-booking.js') },
    { path: 'meine-daten', screen: () => import('./screens/my-data.js') },
    { path: 'kurse', screen: () => import('./screens/courses.js') },
    { path: 'kurse/:id', screen: () => import('./screens/course.js') },
  ],
  admin: {
    role: LIBRARY_ROLE,
    routes: [
      { path: '', screen: () => import('./admin/schedule.js') },
      { path: 'freigaben', screen: () => import('./admin/approvals.js') },
      { path: 'buchungen', screen: () => import('./admin/bookings.js') },
      { path: 'ressourcen', screen: () => import('./admin/resources.js') },
      { path: 'ressourcen/neu', screen: () => import('./admin/resource-editor.js') },
      { path: 'ressourcen/:id', screen: () => import('./admin/resource-editor.js') },
      { path: 'kurse', screen: () => import('./admin/courses.js') },
      { path: 'kurse/:id', screen: () => import('./admin/course-editor.js') },
      { path: 'einweisungen', screen: () => import('./admin/briefings.js') },
      { path: 'kontingente', screen: () => import('./admin/quotas.js') },
    ],
  },
  // The home screen shows the widget at once: its code ships with the first script, and the
  // shell loads the courses as the app opens, before the first render.
  homeWidget: defineHomeWidget({
    data: () => client.get<CourseSummary[]>('/courses'),
    component: () => Promise.resolve(upcomingCourses),
  }),
});

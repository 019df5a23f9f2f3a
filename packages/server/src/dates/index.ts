export {
  type CalendarLinks,
  calendarLinks,
  forgetLinkOfDeletedInstallation,
} from './calendar-links.js';
export { collectDates, type DatesPage, type DatesSource } from './collect.js';
export { datesCalendar } from './ics.js';
export {
  type ModulePublicDates,
  PUBLIC_DATES_LIMIT,
  type PublicDatesAccess,
  type PublicDatesRange,
  publicDatesAccess,
} from './public-dates.js';
export { datesRoutes } from './routes.js';

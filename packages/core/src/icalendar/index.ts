export {
  type CalendarEvent,
  type CalendarOptions,
  type EventStatus,
  writeCalendar,
} from './calendar.js';

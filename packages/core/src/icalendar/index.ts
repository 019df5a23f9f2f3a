export {
  type CalendarEvent,
  type CalendarOptions,
  type EventStatus,
  vtimezone,
  writeCalendar,
} from './calendar.js';

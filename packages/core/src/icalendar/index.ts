export {
  type CalendarEvent,
  type CalendarOptions,
  calendarText,
  type EventStatus,
  vtimezone,
  writeCalendar,
} from './calendar.js';

export {
  daysInMonth,
  isCalendarDate,
  isInstant,
  isLocalDateTime,
  isTimeOfDay,
  isYearInRange,
  YEAR_RANGE,
} from './calendar.js';
export { validationMessage, validationMessages } from './messages.js';
export {
  type InputReason,
  instant,
  localDate,
  localDateTime,
  plainText,
  timeOfDay,
} from './schemas.js';
export { findForbiddenText, hasForbiddenCharacters } from './text.js';

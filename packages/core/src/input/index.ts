export {
  daysInMonth,
  isCalendarDate,
  isInstant,
  isLocalDateTime,
  isTimeOfDay,
  isYearInRange,
  YEAR_RANGE,
} from './calendar.js';
export { isSameOriginPage, isSameOriginPath, isWebLink, MAX_LINK_LENGTH } from './links.js';
export { validationMessage, validationMessages } from './messages.js';
export {
  type InputReason,
  instant,
  localDate,
  localDateTime,
  plainText,
  sameOriginPage,
  sameOriginPath,
  timeOfDay,
  webLink,
} from './schemas.js';
export { findForbiddenText, hasForbiddenCharacters } from './text.js';

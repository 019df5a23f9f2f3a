import { staffCommonMessages } from './staff/common.js';
import { staffDateMessages } from './staff/dates.js';
import { staffFormMessages } from './staff/form.js';
import { staffListMessages } from './staff/list.js';
import { staffModerationMessages } from './staff/moderation.js';
import { staffRepeatMessages } from './staff/repeat.js';
import { staffSourceMessages } from './staff/sources.js';
import { staffVenueMessages } from './staff/venues.js';

/**
 * What staff read on the events module's screens; keys start with `events.staff.`. One file per
 * concept: what every screen shares, the list, the form, its series part, the dates, the venues, the
 * subscribed calendars.
 */
export const staffMessages = {
  de: {
    ...staffCommonMessages.de,
    ...staffListMessages.de,
    ...staffFormMessages.de,
    ...staffRepeatMessages.de,
    ...staffDateMessages.de,
    ...staffVenueMessages.de,
    ...staffSourceMessages.de,
    ...staffModerationMessages.de,
  },
  en: {
    ...staffCommonMessages.en,
    ...staffListMessages.en,
    ...staffFormMessages.en,
    ...staffRepeatMessages.en,
    ...staffDateMessages.en,
    ...staffVenueMessages.en,
    ...staffSourceMessages.en,
    ...staffModerationMessages.en,
  },
};

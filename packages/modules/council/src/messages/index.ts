import type { MessageCatalogue } from '@city-app/core';
import { calendarMessages } from './calendar.js';
import { pushMessages } from './push.js';
import { residentMessages } from './resident.js';

/**
 * Every string the council module shows, German first; keys start with `council.`. None ship
 * with the app's first script: the screens, push and calendar each bring their own part.
 */
export const messages: MessageCatalogue = {
  de: { ...residentMessages.de, ...pushMessages.de, ...calendarMessages.de },
  en: { ...residentMessages.en, ...pushMessages.en, ...calendarMessages.en },
};

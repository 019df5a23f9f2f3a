import type { MessageCatalogue } from '@city-app/core';
import { deviceMessages } from './device.js';
import { feedMessages } from './feeds.js';
import { myDatesMessages } from './my-dates.js';
import { pushMessages } from './push.js';
import { residentMessages } from './resident.js';
import { staffMessages } from './staff.js';
import { submissionMessages } from './submissions.js';

/**
 * Every string the events module shows, German first; keys start with `events.`. One file per
 * audience, so each stays readable.
 */
export const messages: MessageCatalogue = {
  de: {
    ...residentMessages.de,
    ...deviceMessages.de,
    ...staffMessages.de,
    ...pushMessages.de,
    ...myDatesMessages.de,
    ...feedMessages.de,
    ...submissionMessages.de,
  },
  en: {
    ...residentMessages.en,
    ...deviceMessages.en,
    ...staffMessages.en,
    ...pushMessages.en,
    ...myDatesMessages.en,
    ...feedMessages.en,
    ...submissionMessages.en,
  },
};

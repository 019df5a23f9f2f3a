import type { MessageCatalogue } from '@city-app/core';
import { mailMessages } from './mail.js';
import { pushMessages } from './push.js';
import { residentMessages } from './resident.js';
import { staffMessages } from './staff.js';
import { widgetMessages } from './widget.js';

/** Every string the surveys module shows, German first; keys start with `surveys.`. */
export const messages: MessageCatalogue = {
  de: {
    ...residentMessages.de,
    ...staffMessages.de,
    ...pushMessages.de,
    ...mailMessages.de,
    ...widgetMessages.de,
  },
  en: {
    ...residentMessages.en,
    ...staffMessages.en,
    ...pushMessages.en,
    ...mailMessages.en,
    ...widgetMessages.en,
  },
};

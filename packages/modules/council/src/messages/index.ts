import type { MessageCatalogue } from '@city-app/core';
import { pushMessages } from './push.js';
import { residentMessages } from './resident.js';

/** Every string the council module shows, German first; keys start with `council.`. */
export const messages: MessageCatalogue = {
  de: { ...residentMessages.de, ...pushMessages.de },
  en: { ...residentMessages.en, ...pushMessages.en },
};

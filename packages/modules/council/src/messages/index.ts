import type { MessageCatalogue } from '@city-app/core';
import { residentMessages } from './resident.js';

/** Every string the council module shows, German first; keys start with `council.`. */
export const messages: MessageCatalogue = {
  de: { ...residentMessages.de },
  en: { ...residentMessages.en },
};

import type { MessageCatalogue } from '@city-app/core';
import { importMessages } from './import.js';
import { pushMessages } from './push.js';
import { residentMessages } from './resident.js';
import { staffMessages } from './staff/index.js';

/**
 * Every string the waste calendar shows, German first; keys start with `waste.`. One file per
 * audience, so each stays readable.
 */
export const messages: MessageCatalogue = {
  de: { ...residentMessages.de, ...staffMessages.de, ...importMessages.de, ...pushMessages.de },
  en: { ...residentMessages.en, ...staffMessages.en, ...importMessages.en, ...pushMessages.en },
};

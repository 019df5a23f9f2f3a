import type { MessageCatalogue } from '@city-app/core';
import { exportMessages } from './export.js';
import { mapMessages } from './map.js';
import { noticeMessages } from './notices.js';
import { open311Messages } from './open311.js';
import { residentMessages } from './resident.js';
import { statusMessages } from './status.js';

/**
 * Every string the reports module shows residents or sends, German first; keys start with
 * `reports.`. One file per use, so each stays readable. The staff screens' words
 * (`./staff.ts`) travel with those screens, not with the app's first load.
 */
export const messages: MessageCatalogue = {
  de: {
    ...residentMessages.de,
    ...statusMessages.de,
    ...mapMessages.de,
    ...noticeMessages.de,
    ...exportMessages.de,
    ...open311Messages.de,
  },
  en: {
    ...residentMessages.en,
    ...statusMessages.en,
    ...mapMessages.en,
    ...noticeMessages.en,
    ...exportMessages.en,
    ...open311Messages.en,
  },
};

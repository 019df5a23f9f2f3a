import type { MessageCatalogue } from '@city-app/core';
import { decisionsWords } from './staff/decisions.js';
import { forwardingWords } from './staff/forwarding.js';
import { inboxWords } from './staff/inbox.js';
import { keysWords } from './staff/keys.js';
import { photoWords } from './staff/photo.js';
import { reportWords } from './staff/report.js';
import { sharedWords } from './staff/shared.js';
import { templatesWords } from './staff/templates.js';

/**
 * The town hall's screens' words, one file per screen or decision in `./staff/`. They travel
 * with the staff screens (see `useStaff()`), not with the app's first load.
 */
export const staffMessages = {
  de: {
    ...sharedWords.de,
    ...inboxWords.de,
    ...reportWords.de,
    ...decisionsWords.de,
    ...photoWords.de,
    ...forwardingWords.de,
    ...templatesWords.de,
    ...keysWords.de,
  },
  en: {
    ...sharedWords.en,
    ...inboxWords.en,
    ...reportWords.en,
    ...decisionsWords.en,
    ...photoWords.en,
    ...forwardingWords.en,
    ...templatesWords.en,
    ...keysWords.en,
  },
} satisfies MessageCatalogue;

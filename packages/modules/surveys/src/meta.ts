import { defineModuleMeta } from '@city-app/core';
import { widgetMessages } from './messages/widget.js';
import { personalData } from './personal-data.js';
import { topics } from './topics.js';

/** The staff role this module adds: the people who ask residents. */
export const SURVEYS_ROLE = 'surveys';

/** The surveys module as plain data, for the browser bundle (no validation library). */
export const meta = defineModuleMeta({
  id: 'surveys',
  path: '/umfragen',
  title: { de: 'Umfragen', en: 'Surveys' },
  description: {
    de: 'Sagen Sie der Stadt Ihre Meinung: anonym, ohne Konto, eine Stimme je Gerät.',
    en: 'Tell the town what you think: anonymously, without an account, one vote per device.',
  },
  field: 'participation',
  // Followers of "Beteiligung" hear when a survey opens.
  uses: ['notify'],
  topics,
  roles: [{ id: SURVEYS_ROLE, title: { de: 'Umfragen', en: 'Surveys' } }],
  // Only the home widget's words on the app's first script: the screens bring the module's
  // own (`withOwnWords`).
  messages: widgetMessages,
  // Residents: the list, one survey (vote, results, comments), the mailed confirmation link.
  // Staff: the list, a new survey, one survey's editor, its results and comments.
  screens: {
    resident: ['', 'bestaetigen', ':id'],
    staff: ['', 'neu', ':id', ':id/ergebnisse'],
  },
  personalData,
});

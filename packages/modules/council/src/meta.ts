import { defineModuleMeta } from '@city-app/core';
import { personalData } from './personal-data.js';
import { topics } from './topics.js';

/**
 * The council module as plain data: the browser bundle imports this (not the manifest with its
 * config schema), so the home screen carries no validation library.
 */
export const meta = defineModuleMeta({
  id: 'council',
  path: '/rat',
  title: { de: 'Ratsinformation', en: 'Council information' },
  description: {
    de: 'Die öffentlichen Sitzungen des Stadtrats und seiner Ausschüsse mit Tagesordnung, Vorlagen und Dokumenten.',
    en: 'The public meetings of the town council and its committees, with agenda, papers and documents.',
  },
  field: 'participation',
  // News of meetings and agendas reach followers' devices through notify.
  uses: ['notify'],
  topics,
  // No words on the app's first script: the screens bring the module's own (`useCouncil`),
  // the server its push and calendar words; title, topic and privacy texts are above.
  messages: { de: {}, en: {} },
  // Residents: the coming meetings (searchable), the committees to follow, a meeting, a paper.
  screens: { resident: ['', 'gremien', 'vorlage/:key', ':key'] },
  personalData,
});

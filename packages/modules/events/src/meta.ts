import { defineModuleMeta } from '@city-app/core';
import { messages } from './messages/index.js';
import { personalData } from './personal-data.js';
import { topics } from './topics.js';

/** The staff role this module adds: the people who keep the town's event calendar. */
export const EVENTS_ROLE = 'events';

/**
 * The events module as plain data: the browser bundle imports this (not the manifest with its
 * config schema), so the home screen carries no validation library.
 */
export const meta = defineModuleMeta({
  id: 'events',
  path: '/veranstaltungen',
  title: { de: 'Veranstaltungen', en: 'Events' },
  description: {
    de: 'Was in der Stadt los ist: heute, am Wochenende und demnächst, mit allen Terminen einer Reihe.',
    en: 'What is on in town: today, at the weekend and soon, with every date of a series.',
  },
  field: 'culture',
  // Reminders and news of followed categories go to residents' devices through notify.
  uses: ['notify'],
  topics,
  roles: [{ id: EVENTS_ROLE, title: { de: 'Veranstaltungen', en: 'Events' } }],
  messages,
  // Residents: the list by day, the month, an event's page. Staff: the list, a new event, one
  // event, the venues, the subscribed calendars. Organisers submit and confirm; staff review
  // them and trust organisers.
  screens: {
    resident: ['', 'monat', 'eintragen', 'eintragen/bestaetigen', ':id'],
    staff: ['', 'neu', ':id', 'orte', 'quellen', 'pruefen', 'veranstalter'],
  },
  personalData,
});

import { defineModuleMeta } from '@city-app/core';
import { messages } from './messages/index.js';
import { personalData, placeholders } from './personal-data.js';
import { topics } from './topics.js';

/** The staff role this module adds: the people who keep the waste calendar. */
export const WASTE_ROLE = 'waste';

/**
 * The waste calendar as plain data: the browser bundle imports this (not the manifest with its
 * config schema), so the home screen carries no validation library.
 */
export const meta = defineModuleMeta({
  id: 'waste',
  path: '/abfall',
  title: { de: 'Abfallkalender', en: 'Waste calendar' },
  description: {
    de: 'Abfuhrtermine für Ihre Straße, mit Erinnerung am Vorabend und Kalender-Abo.',
    en: 'Collection days for your street, with a reminder the evening before and a calendar subscription.',
  },
  field: 'administration',
  // Reminders and changed dates go to residents' devices through notify's outbox.
  uses: ['notify'],
  roles: [{ id: WASTE_ROLE, title: { de: 'Abfallkalender', en: 'Waste calendar' } }],
  topics,
  messages,
  // Residents: the next pickups, the month view, choosing the street. Staff: overview, import,
  // mapping table, sources, streets, tours.
  screens: {
    resident: ['', 'monat', 'strasse'],
    staff: ['', 'import', 'zuordnung', 'quellen', 'strassen', 'strassen/:id', 'touren/:id'],
  },
  personalData,
  placeholders,
});

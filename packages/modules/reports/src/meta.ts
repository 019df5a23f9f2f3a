import { defineModuleMeta } from '@city-app/core';
import { statusMessages } from './messages/status.js';
import { personalData, placeholders } from './personal-data.js';

/** The staff role this module adds: the people who handle reports at the town hall. */
export const REPORTS_ROLE = 'reports';

/**
 * The defect reports module (Mängelmelder) as plain data: the browser bundle imports this, not
 * the manifest with its config schema.
 */
export const meta = defineModuleMeta({
  id: 'reports',
  path: '/maengelmelder',
  title: { de: 'Mängelmelder', en: 'Defect reports' },
  description: {
    de: 'Melden Sie, was in der Stadt kaputt ist, und verfolgen Sie, wie es behoben wird.',
    en: 'Report what is broken in town, and follow how it is fixed.',
  },
  field: 'administration',
  // A status change reaches the reporter's and the followers' devices through notify.
  uses: ['notify'],
  topics: [],
  roles: [{ id: REPORTS_ROLE, title: { de: 'Mängelmelder', en: 'Defect reports' } }],
  // Only the words other screens need too (statuses, in staff screens and the app's
  // catalogue); the residents' and staff's screens bring their own (see `useReports`).
  messages: statusMessages,
  // Residents: the start (report, the public list, this device's reports), reporting, a
  // report's page. Staff: the inbox, a report, the response templates, the Open311 keys.
  screens: {
    resident: ['', 'melden', ':id'],
    staff: ['', ':id', 'vorlagen', 'schnittstelle'],
  },
  personalData,
  placeholders,
});

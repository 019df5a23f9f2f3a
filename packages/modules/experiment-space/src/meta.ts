import { defineModuleMeta } from '@city-app/core';
import { messages } from './messages.js';
import { personalData, placeholders } from './personal-data.js';

/** The staff role this module adds: library staff manage resources, courses and bookings. */
export const LIBRARY_ROLE = 'library';

/**
 * What the experiment space is, as plain data: the browser bundle imports this (not the
 * manifest with its config schema).
 */
export const meta = defineModuleMeta({
  id: 'experiment-space',
  path: '/experimentierraum',
  title: { de: 'Digitaler Experimentierraum', en: 'Digital experiment space' },
  description: {
    de: '3D-Drucker, VR-Brillen, 360°-Kamera, Videokonferenz- und Seminarraum der Bibliothek buchen; Kurse zu digitalen Themen.',
    en: 'Book the library’s 3D printers, VR headsets, 360° camera, video-conference and seminar rooms; courses on digital topics.',
  },
  field: 'education',
  // Bookings on the booking core; confirmations and reminders to a booker's device by push.
  uses: ['booking', 'notify'],
  roles: [{ id: LIBRARY_ROLE, title: { de: 'Bibliothek', en: 'Library' } }],
  topics: [
    {
      id: 'experiment-space.courses',
      title: { de: 'Kurse im Experimentierraum', en: 'Courses in the experiment space' },
      description: {
        de: 'Neue Kurse und freie Plätze in der Bibliothek',
        en: 'New courses and free places at the library',
      },
    },
  ],
  messages,
  // Catalogue, booking, confirmation and private link, own data, courses; the library's screens.
  screens: {
    resident: [
      '',
      'buchen/:id',
      'bestaetigung/:token',
      'buchung/:token',
      'meine-daten',
      'kurse',
      'kurse/:id',
    ],
    staff: [
      '',
      'freigaben',
      'buchungen',
      'ressourcen',
      'ressourcen/neu',
      'ressourcen/:id',
      'kurse',
      'kurse/:id',
      'einweisungen',
      'kontingente',
    ],
  },
  personalData,
  placeholders,
});

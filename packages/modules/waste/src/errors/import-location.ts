import { defineErrors, errorRaiser } from '@city-app/core';

/** `city-app import waste … --location "…"` when the text names no street, or several. */
export const importLocationErrors = defineErrors({
  waste_import_location_unknown: {
    status: 400,
    exit: 'invalid_input',
    title: { de: 'Straße nicht gefunden', en: 'Street not found' },
    message: {
      de: 'Keine Straße und kein Gebiet heißt „{location}“. Ähnlich: {candidates}.',
      en: 'No street or area is called "{location}". Similar: {candidates}.',
    },
    hint: {
      de: 'Schreiben Sie die Straße so, wie die App sie zeigt, z. B. „Bahnhofstraße, 1–19 (ungerade)“. Ohne --location legt der Import die Straße an, nach der die Datei heißt.',
      en: 'Write the street as the app shows it, e.g. "Bahnhofstraße, 1–19 (odd)". Without --location the import creates the street the file is named after.',
    },
  },
  waste_import_location_ambiguous: {
    status: 400,
    exit: 'invalid_input',
    title: { de: 'Straße nicht eindeutig', en: 'Street not unique' },
    message: {
      de: '„{location}“ passt auf {count} Straßen oder Abschnitte: {candidates}.',
      en: '"{location}" matches {count} streets or parts of streets: {candidates}.',
    },
    hint: {
      de: 'Nennen Sie einen davon genau, mit Hausnummern und Ortsteil.',
      en: 'Name one of them exactly, with house numbers and district.',
    },
  },
});

export const importLocationError = errorRaiser(importLocationErrors);

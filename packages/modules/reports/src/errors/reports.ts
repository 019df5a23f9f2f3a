import { defineErrors, errorRaiser } from '@city-app/core';

/** What residents' reports and follows are refused with. */
export const reportErrors = defineErrors({
  reports_category_unknown: {
    status: 400,
    exit: 'invalid_input',
    title: { de: 'Unbekannte Kategorie', en: 'Unknown category' },
    message: {
      de: 'Die Kategorie „{category}“ gibt es in dieser Stadt nicht.',
      en: 'There is no category "{category}" in this town.',
    },
    hint: {
      de: 'Laden Sie die Seite neu und wählen Sie aus der Liste.',
      en: 'Reload the page and choose from the list.',
    },
  },
  reports_place_missing: {
    status: 400,
    exit: 'invalid_input',
    title: { de: 'Ort fehlt', en: 'Place missing' },
    message: {
      de: 'Die Meldung braucht einen Ort: einen Punkt auf der Karte oder eine Adresse.',
      en: 'The report needs a place: a point on the map or an address.',
    },
    hint: {
      de: 'Setzen Sie einen Punkt auf die Karte, nutzen Sie Ihren Standort oder tippen Sie eine Adresse ein.',
      en: 'Put a pin on the map, use your location or type an address.',
    },
  },
  reports_not_found: {
    status: 404,
    exit: 'invalid_input',
    title: { de: 'Meldung nicht gefunden', en: 'Report not found' },
    message: {
      de: 'Eine Meldung {publicId} gibt es nicht, oder sie ist nicht öffentlich.',
      en: 'There is no report {publicId}, or it is not public.',
    },
    hint: {
      de: 'Prüfen Sie die Nummer (Jahr, Bindestrich, fünf Ziffern, z. B. 2026-00042).',
      en: 'Check the number (year, hyphen, five digits, e.g. 2026-00042).',
    },
  },
  reports_no_installation: {
    status: 409,
    exit: 'invalid_input',
    title: { de: 'Benachrichtigungen nicht eingeschaltet', en: 'Notifications not switched on' },
    message: {
      de: 'Dieses Gerät ist nicht für Benachrichtigungen angemeldet; es kann keine Nachricht zur Meldung erhalten.',
      en: 'This device is not signed up for notifications; it cannot receive news of the report.',
    },
    hint: {
      de: 'Schalten Sie in den Einstellungen Benachrichtigungen ein und versuchen Sie es dann erneut.',
      en: 'Switch on notifications in the settings, then try again.',
    },
  },
  reports_limit_per_installation: {
    status: 429,
    exit: 'invalid_input',
    title: { de: 'Zu viele Meldungen', en: 'Too many reports' },
    message: {
      de: 'Von diesem Gerät kamen heute schon {max} Meldungen.',
      en: 'This device has sent {max} reports today already.',
    },
    hint: {
      de: 'Versuchen Sie es in {minutes} Minuten erneut, oder rufen Sie bei der Stadt an.',
      en: 'Try again in {minutes} minutes, or call the town hall.',
    },
  },
  reports_limit_per_address: {
    status: 429,
    exit: 'invalid_input',
    title: { de: 'Zu viele Meldungen', en: 'Too many reports' },
    message: {
      de: 'Von Ihrer IP-Adresse kamen heute schon {max} Meldungen.',
      en: 'Your IP address has sent {max} reports today already.',
    },
    hint: {
      de: 'Versuchen Sie es in {minutes} Minuten erneut, oder rufen Sie bei der Stadt an.',
      en: 'Try again in {minutes} minutes, or call the town hall.',
    },
  },
});

export const reportError = errorRaiser(reportErrors);

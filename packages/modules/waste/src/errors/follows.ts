import { defineErrors, errorRaiser } from '@city-app/core';

/** Refusals of the reminders a resident sets up (`/api/waste/follows/:installationId`). */
export const followErrors = defineErrors({
  waste_follow_unknown_location: {
    status: 400,
    exit: 'invalid_input',
    title: { de: 'Straße unbekannt', en: 'Unknown street' },
    message: {
      de: 'Die gewählte Straße oder der Ortsteil (Nummer {locationId}) steht nicht im Abfallkalender.',
      en: 'The chosen street or district (number {locationId}) is not in the waste calendar.',
    },
    hint: {
      de: 'Wählen Sie Ihre Straße im Abfallkalender noch einmal aus.',
      en: 'Choose your street in the waste calendar again.',
    },
  },
  waste_follow_unknown_type: {
    status: 400,
    exit: 'invalid_input',
    title: { de: 'Abfallart unbekannt', en: 'Unknown waste type' },
    message: {
      de: 'Die Abfallart „{typeId}“ gibt es in diesem Abfallkalender nicht.',
      en: 'The waste type "{typeId}" does not exist in this waste calendar.',
    },
    hint: {
      de: 'Laden Sie die Seite neu und wählen Sie die Abfallarten noch einmal.',
      en: 'Reload the page and choose the waste types again.',
    },
  },
  waste_follow_type_twice: {
    status: 400,
    exit: 'invalid_input',
    title: { de: 'Abfallart doppelt', en: 'Waste type twice' },
    message: {
      de: 'Die Abfallart „{typeId}“ steht zweimal in der Auswahl.',
      en: 'The waste type "{typeId}" is listed twice.',
    },
    hint: {
      de: 'Geben Sie jede Abfallart nur einmal an.',
      en: 'List each waste type only once.',
    },
  },
  waste_follow_no_installation: {
    status: 409,
    exit: 'invalid_input',
    title: { de: 'Benachrichtigungen nicht eingeschaltet', en: 'Notifications not turned on' },
    message: {
      de: 'Dieses Gerät ist nicht für Benachrichtigungen angemeldet; Erinnerungen könnten es nicht erreichen.',
      en: 'This device is not signed up for notifications; reminders could not reach it.',
    },
    hint: {
      de: 'Schalten Sie zuerst die Benachrichtigungen ein und versuchen Sie es dann noch einmal.',
      en: 'Turn on notifications first, then try again.',
    },
  },
});

/** `throw followError('waste_follow_unknown_type', { typeId }, { field: 'types.0.typeId' })`. */
export const followError = errorRaiser(followErrors);

import { defineErrors, errorRaiser } from '@city-app/core';

/** What a device's follows and reminders are refused with. */
export const followErrors = defineErrors({
  events_follow_no_installation: {
    status: 409,
    exit: 'invalid_input',
    title: { de: 'Benachrichtigungen nicht eingeschaltet', en: 'Notifications not switched on' },
    message: {
      de: 'Dieses Gerät ist nicht für Benachrichtigungen angemeldet.',
      en: 'This device is not signed up for notifications.',
    },
    hint: {
      de: 'Schalten Sie in den Einstellungen Benachrichtigungen ein und versuchen Sie es dann erneut.',
      en: 'Switch on notifications in the settings, then try again.',
    },
  },
  events_follow_unknown_category: {
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
  events_reminder_past: {
    status: 409,
    exit: 'invalid_input',
    title: { de: 'Termin vorbei', en: 'Date is over' },
    message: {
      de: 'Dieser Termin hat schon begonnen; eine Erinnerung kommt zu spät.',
      en: 'This date has begun already; a reminder would come too late.',
    },
    hint: {
      de: 'Wählen Sie einen späteren Termin der Veranstaltung.',
      en: 'Choose a later date of the event.',
    },
  },
});

export const followError = errorRaiser(followErrors);

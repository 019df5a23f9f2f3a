import { defineErrors, errorRaiser } from '@city-app/core';

/** What following a committee on a device can run into, in both languages. */
export const followErrors = defineErrors({
  council_no_installation: {
    status: 409,
    exit: 'invalid_input',
    title: { de: 'Benachrichtigungen nicht eingeschaltet', en: 'Notifications not switched on' },
    message: {
      de: 'Dieses Gerät ist nicht für Benachrichtigungen angemeldet; es kann keine Nachricht zum Gremium erhalten.',
      en: 'This device is not signed up for notifications; it cannot receive news of the committee.',
    },
    hint: {
      de: 'Schalten Sie in den Einstellungen Benachrichtigungen ein und versuchen Sie es dann erneut.',
      en: 'Switch on notifications in the settings, then try again.',
    },
  },
  council_too_many_follows: {
    status: 409,
    exit: 'invalid_input',
    title: { de: 'Zu viele Gremien', en: 'Too many committees' },
    message: {
      de: 'Dieses Gerät folgt schon {limit} Gremien; mehr sind nicht möglich.',
      en: 'This device already follows {limit} committees; no more are possible.',
    },
    hint: {
      de: 'Folgen Sie einem anderen Gremium nicht mehr, oder folgen Sie in den Einstellungen der Ratsinformation als Ganzes.',
      en: 'Stop following another committee, or follow council information as a whole in the settings.',
    },
  },
});

export const followError = errorRaiser(followErrors);

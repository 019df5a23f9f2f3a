import { defineErrors, errorRaiser } from '@city-app/core';

/** What following a committee or a word on a device can run into, in both languages. */
export const followErrors = defineErrors({
  council_no_installation: {
    status: 409,
    exit: 'invalid_input',
    title: { de: 'Benachrichtigungen nicht eingeschaltet', en: 'Notifications not switched on' },
    message: {
      de: 'Dieses Gerät ist nicht für Benachrichtigungen angemeldet; es kann keine Nachricht aus der Ratsinformation erhalten.',
      en: 'This device is not signed up for notifications; it cannot receive news from council information.',
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
  council_too_many_words: {
    status: 409,
    exit: 'invalid_input',
    title: { de: 'Zu viele Stichwörter', en: 'Too many words' },
    message: {
      de: 'Dieses Gerät folgt schon {limit} Stichwörtern; mehr sind nicht möglich.',
      en: 'This device already follows {limit} words; no more are possible.',
    },
    hint: {
      de: 'Folgen Sie einem anderen Stichwort nicht mehr.',
      en: 'Stop following another word.',
    },
  },
  council_word_invalid: {
    status: 400,
    exit: 'invalid_input',
    title: { de: 'Stichwort nicht möglich', en: 'Word not possible' },
    message: {
      de: 'Ein Stichwort hat {min} bis {max} Zeichen: Buchstaben, Ziffern, Leerzeichen, Bindestriche, Punkte oder Schrägstriche, und beginnt mit einem Buchstaben oder einer Ziffer.',
      en: 'A word has {min} to {max} characters: letters, digits, spaces, hyphens, dots or slashes, and begins with a letter or a digit.',
    },
    hint: {
      de: 'Geben Sie zum Beispiel „Radweg“ oder „Bahnhofstraße“ ein.',
      en: 'Enter, for example, “Radweg” or “Bahnhofstraße”.',
    },
  },
});

export const followError = errorRaiser(followErrors);

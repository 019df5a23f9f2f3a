import { defineErrors, errorRaiser } from '@city-app/core';

/** What organisers' submissions and staff's decisions on them are refused with. */
export const submissionErrors = defineErrors({
  events_submission_consent: {
    status: 400,
    exit: 'invalid_input',
    title: { de: 'Einwilligung fehlt', en: 'Consent missing' },
    message: {
      de: 'Ohne Ihre Einwilligung können wir Ihren Namen und Ihre E-Mail-Adresse nicht speichern und die Veranstaltung nicht annehmen.',
      en: 'Without your consent we cannot keep your name and e-mail address, nor take the event.',
    },
    hint: {
      de: 'Setzen Sie das Häkchen bei der Einwilligung und senden Sie erneut.',
      en: 'Tick the consent box and send again.',
    },
  },
  events_submission_link_unknown: {
    status: 404,
    exit: 'invalid_input',
    title: { de: 'Link unbekannt', en: 'Link unknown' },
    message: {
      de: 'Diesen Bestätigungslink gibt es nicht (mehr). Unbestätigte Einreichungen werden nach 72 Stunden gelöscht.',
      en: 'This confirmation link does not exist (any more). Unconfirmed submissions are deleted after 72 hours.',
    },
    hint: {
      de: 'Prüfen Sie, ob der Link vollständig kopiert ist, oder tragen Sie die Veranstaltung erneut ein.',
      en: 'Check that the whole link was copied, or submit the event again.',
    },
  },
  events_submission_link_expired: {
    status: 410,
    exit: 'invalid_input',
    title: { de: 'Link abgelaufen', en: 'Link expired' },
    message: {
      de: 'Dieser Bestätigungslink galt 72 Stunden und ist abgelaufen.',
      en: 'This confirmation link was valid for 72 hours and has expired.',
    },
    hint: {
      de: 'Tragen Sie die Veranstaltung bitte erneut ein; Sie erhalten einen neuen Link.',
      en: 'Please submit the event again; you will get a new link.',
    },
  },
  events_submission_link_used: {
    status: 409,
    exit: 'invalid_input',
    title: { de: 'Schon bestätigt', en: 'Already confirmed' },
    message: {
      de: 'Diese Veranstaltung ist schon bestätigt; der Link gilt nur einmal.',
      en: 'This event is confirmed already; the link works only once.',
    },
    hint: {
      de: 'Sie müssen nichts weiter tun. Sie erhalten eine E-Mail, sobald die Stadt entschieden hat.',
      en: 'There is nothing more to do. You will get an e-mail once the town has decided.',
    },
  },
  events_submission_not_pending: {
    status: 409,
    exit: 'invalid_input',
    title: { de: 'Nicht zu prüfen', en: 'Not waiting for a decision' },
    message: {
      de: 'Diese Veranstaltung wartet nicht auf eine Prüfung (Stand: {status}).',
      en: 'This event is not waiting for a decision (it is {status}).',
    },
    hint: {
      de: 'Laden Sie die Liste neu; vielleicht hat jemand anderes schon entschieden.',
      en: 'Reload the list; someone else may have decided already.',
    },
  },
});

export const submissionError = errorRaiser(submissionErrors);

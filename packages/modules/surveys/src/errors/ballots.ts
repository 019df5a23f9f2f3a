import { defineErrors, errorRaiser } from '@city-app/core';

const reload = {
  de: 'Laden Sie die Umfrage neu und wählen Sie aus den gezeigten Antworten.',
  en: 'Reload the survey and choose from the answers shown.',
};

/** What a resident's vote is refused with. */
export const ballotErrors = defineErrors({
  surveys_not_open_yet: {
    status: 409,
    exit: 'invalid_input',
    title: { de: 'Noch nicht offen', en: 'Not open yet' },
    message: {
      de: 'Diese Umfrage beginnt erst am {opensAt}.',
      en: 'This survey opens only on {opensAt}.',
    },
    hint: { de: 'Stimmen Sie ab, sobald sie offen ist.', en: 'Vote once it is open.' },
  },
  surveys_closed: {
    status: 409,
    exit: 'invalid_input',
    title: { de: 'Umfrage beendet', en: 'Survey closed' },
    message: {
      de: 'Diese Umfrage ist beendet; es zählen keine Stimmen mehr.',
      en: 'This survey has closed; no more votes count.',
    },
    hint: { de: 'Sehen Sie sich das Ergebnis an.', en: 'Have a look at the results.' },
  },
  surveys_already_voted: {
    status: 409,
    exit: 'invalid_input',
    title: { de: 'Schon abgestimmt', en: 'Voted already' },
    message: {
      de: 'Von diesem Gerät wurde in dieser Umfrage schon abgestimmt (oder eine Stimme wartet auf Bestätigung).',
      en: 'This device has voted in this survey already (or a vote is waiting for confirmation).',
    },
    hint: {
      de: 'Jedes Gerät hat eine Stimme. Eine Stimme lässt sich nicht ändern, weil sie anonym gespeichert ist.',
      en: 'Each device has one vote. A vote cannot be changed, since it is stored anonymously.',
    },
  },
  surveys_email_used: {
    status: 409,
    exit: 'invalid_input',
    title: { de: 'E-Mail-Adresse schon genutzt', en: 'E-mail address used already' },
    message: {
      de: 'Mit dieser E-Mail-Adresse wurde in dieser Umfrage schon abgestimmt.',
      en: 'This e-mail address has voted in this survey already.',
    },
    hint: {
      de: 'Jede Person hat eine Stimme. Wartet Ihre Stimme noch, folgen Sie dem Link in der E-Mail.',
      en: 'Each person has one vote. If your vote is waiting, follow the link in the e-mail.',
    },
  },
  surveys_question_unknown: {
    status: 400,
    exit: 'invalid_input',
    title: { de: 'Unbekannte Frage', en: 'Unknown question' },
    message: {
      de: 'Die Frage „{question}“ gehört nicht zu dieser Umfrage.',
      en: 'The question "{question}" is not part of this survey.',
    },
    hint: reload,
  },
  surveys_option_unknown: {
    status: 400,
    exit: 'invalid_input',
    title: { de: 'Unbekannte Antwort', en: 'Unknown answer' },
    message: {
      de: 'Die Antwort „{option}“ gehört nicht zu dieser Frage.',
      en: 'The answer "{option}" is not one of this question’s.',
    },
    hint: reload,
  },
  surveys_single_choice: {
    status: 400,
    exit: 'invalid_input',
    title: { de: 'Nur eine Antwort', en: 'One answer only' },
    message: {
      de: 'Bei dieser Frage ist nur eine Antwort möglich.',
      en: 'This question takes one answer only.',
    },
    hint: { de: 'Wählen Sie eine Antwort.', en: 'Choose one answer.' },
  },
  surveys_answer_missing: {
    status: 400,
    exit: 'invalid_input',
    title: { de: 'Antwort fehlt', en: 'Answer missing' },
    message: {
      de: 'Die Frage „{question}“ ist nicht beantwortet.',
      en: 'The question "{question}" has no answer.',
    },
    hint: {
      de: 'Wählen Sie bei jeder Frage mindestens eine Antwort.',
      en: 'Choose at least one answer to each question.',
    },
  },
  surveys_free_text_off: {
    status: 400,
    exit: 'invalid_input',
    title: { de: 'Kein Freitext', en: 'No own words' },
    message: {
      de: 'Bei dieser Frage ist keine eigene Antwort vorgesehen.',
      en: 'This question takes no answer in your own words.',
    },
    hint: reload,
  },
  surveys_email_missing: {
    status: 400,
    exit: 'invalid_input',
    title: { de: 'E-Mail-Adresse fehlt', en: 'E-mail address missing' },
    message: {
      de: 'Diese Abstimmung ist verbindlich: Ihre Stimme zählt erst, wenn Sie sie über einen Link per E-Mail bestätigen.',
      en: 'This poll is binding: your vote counts only once you confirm it through a link sent by e-mail.',
    },
    hint: {
      de: 'Geben Sie Ihre E-Mail-Adresse an. Sie wird nicht mit Ihrer Stimme gespeichert.',
      en: 'Enter your e-mail address. It is not stored with your vote.',
    },
  },
  surveys_link_unknown: {
    status: 404,
    exit: 'invalid_input',
    title: { de: 'Link unbekannt', en: 'Link unknown' },
    message: {
      de: 'Diesen Bestätigungslink gibt es nicht (mehr). Unbestätigte Stimmen werden nach 72 Stunden oder mit dem Ende der Umfrage gelöscht.',
      en: 'This confirmation link does not exist (any more). Unconfirmed votes are deleted after 72 hours or when the survey closes.',
    },
    hint: {
      de: 'Prüfen Sie, ob der Link vollständig kopiert ist, oder stimmen Sie erneut ab.',
      en: 'Check that the whole link was copied, or vote again.',
    },
  },
  surveys_link_expired: {
    status: 410,
    exit: 'invalid_input',
    title: { de: 'Link abgelaufen', en: 'Link expired' },
    message: {
      de: 'Dieser Bestätigungslink galt 72 Stunden und ist abgelaufen.',
      en: 'This confirmation link was valid for 72 hours and has expired.',
    },
    hint: {
      de: 'Stimmen Sie erneut ab, solange die Umfrage offen ist.',
      en: 'Vote again while the survey is open.',
    },
  },
  surveys_limit_votes_per_address: {
    status: 429,
    exit: 'invalid_input',
    title: { de: 'Zu viele Stimmen', en: 'Too many votes' },
    message: {
      de: 'Von Ihrem Netzwerk kamen in dieser Umfrage schon {max} Stimmen.',
      en: '{max} votes in this survey came from your network already.',
    },
    hint: {
      de: 'Versuchen Sie es in {minutes} Minuten erneut oder aus einem anderen Netz.',
      en: 'Try again in {minutes} minutes, or from another network.',
    },
  },
});

export const ballotError = errorRaiser(ballotErrors);

import { defineErrors, errorRaiser } from '@city-app/core';

/** What staff's changes to a survey, and residents' comments, are refused with. */
export const surveyErrors = defineErrors({
  surveys_locked: {
    status: 409,
    exit: 'invalid_input',
    title: { de: 'Nicht mehr änderbar', en: 'Cannot be changed any more' },
    message: {
      de: 'Zu dieser Umfrage gibt es schon Stimmen, oder sie ist beendet; ihre Fragen bleiben, wie sie sind.',
      en: 'This survey has votes already, or has closed; its questions stay as they are.',
    },
    hint: {
      de: 'Schließen Sie die Umfrage und legen Sie eine neue an.',
      en: 'Close the survey and create a new one.',
    },
  },
  surveys_not_draft: {
    status: 409,
    exit: 'invalid_input',
    title: { de: 'Schon veröffentlicht', en: 'Published already' },
    message: {
      de: 'Nur ein Entwurf lässt sich löschen oder veröffentlichen.',
      en: 'Only a draft can be deleted or published.',
    },
    hint: { de: 'Laden Sie die Seite neu.', en: 'Reload the page.' },
  },
  surveys_already_closed: {
    status: 409,
    exit: 'invalid_input',
    title: { de: 'Schon beendet', en: 'Closed already' },
    message: {
      de: 'Diese Umfrage ist schon beendet.',
      en: 'This survey has closed already.',
    },
    hint: { de: 'Laden Sie die Seite neu.', en: 'Reload the page.' },
  },
  surveys_comments_off: {
    status: 409,
    exit: 'invalid_input',
    title: { de: 'Keine Kommentare', en: 'No comments' },
    message: {
      de: 'Zu dieser Umfrage nimmt die Stadt keine Kommentare (mehr) an.',
      en: 'The town takes no comments (any more) on this survey.',
    },
    hint: {
      de: 'Schreiben Sie der Stadt über das Kontaktformular.',
      en: 'Write to the town through the feedback form.',
    },
  },
  surveys_comment_decided: {
    status: 409,
    exit: 'invalid_input',
    title: { de: 'Schon entschieden', en: 'Decided already' },
    message: {
      de: 'Über diesen Kommentar ist schon entschieden.',
      en: 'This comment has been decided on already.',
    },
    hint: { de: 'Laden Sie die Liste neu.', en: 'Reload the list.' },
  },
  surveys_limit_comments_per_address: {
    status: 429,
    exit: 'invalid_input',
    title: { de: 'Zu viele Kommentare', en: 'Too many comments' },
    message: {
      de: 'Von Ihrem Netzwerk kamen heute schon {max} Kommentare.',
      en: '{max} comments came from your network today already.',
    },
    hint: {
      de: 'Versuchen Sie es in {minutes} Minuten erneut.',
      en: 'Try again in {minutes} minutes.',
    },
  },
});

export const surveyError = errorRaiser(surveyErrors);

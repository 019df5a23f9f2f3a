import { defineErrors } from '../entry.js';

const publishRefused = {
  code: 'validation_failed',
  status: 400,
  exit: 'invalid_input',
  title: { de: 'Ungültige Eingabe', en: 'Invalid input' },
} as const;
const publishBody = {
  de: 'Senden Sie ein JSON-Objekt mit notify: true oder keinen Inhalt.',
  en: 'Send a JSON object with notify: true, or no body.',
} as const;

/** What the news module's editor routes refuse when an article is published. */
export const newsErrors = defineErrors({
  news_publish_body_not_json: {
    ...publishRefused,
    message: { de: 'Der Inhalt ist kein JSON.', en: 'The body is not JSON.' },
    hint: publishBody,
  },
  news_publish_body_invalid: {
    ...publishRefused,
    message: { de: '{problem}', en: '{problem}' },
    hint: publishBody,
  },
  news_notifications_unavailable: {
    ...publishRefused,
    message: {
      de: 'Dieser Server sendet keine Benachrichtigungen.',
      en: 'This server does not send notifications.',
    },
    hint: {
      de: 'Veröffentlichen Sie ohne notify, oder betreiben Sie die App mit dem city-app-Server.',
      en: 'Publish without notify, or run the app with the city-app server.',
    },
  },
  news_scheduled_cannot_notify: {
    ...publishRefused,
    message: {
      de: 'Ein geplanter Artikel kann Abonnenten noch nicht benachrichtigen.',
      en: 'A scheduled article cannot notify subscribers yet.',
    },
    hint: {
      de: 'Veröffentlichen Sie ihn ohne notify, oder löschen Sie die Veröffentlichungszeit, um jetzt zu veröffentlichen und zu benachrichtigen.',
      en: 'Publish it without notify, or clear its publication time to publish and notify now.',
    },
  },
  news_image_not_found: {
    code: 'validation_failed',
    status: 400,
    exit: 'invalid_input',
    title: { de: 'Ungültige Eingabe', en: 'Invalid input' },
    message: {
      de: 'Das Bild gibt es auf diesem Server nicht (mehr).',
      en: 'This image does not exist (any more) on this server.',
    },
    hint: {
      de: 'Laden Sie das Bild erneut hoch.',
      en: 'Upload the image again.',
    },
  },
});

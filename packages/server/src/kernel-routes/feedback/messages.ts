import { CityAppError, createTranslator, type Locale, type MessageCatalogue } from '@city-app/core';
import type { Context } from 'hono';
import { requestLocale } from '../../http/request-locale.js';

/** Texts of the feedback inbox a person may read (errors, the answer e-mail), German first. */
export const feedbackMessages = {
  de: {
    'notFound.message': 'Dieses Feedback gibt es nicht (mehr).',
    'notFound.hint':
      'Es wurde vielleicht gelöscht, von Hand oder nach Ablauf der Aufbewahrungszeit.',
    'noEmail.message':
      'Diese Person hat keine E-Mail-Adresse angegeben; eine Antwort ist nicht möglich.',
    'noEmail.hint':
      'Antworten Sie, falls nötig, auf anderem Weg, zum Beispiel über die Website der Stadt.',
    'mailFailed.message': 'Die Antwort konnte nicht versendet werden. Sie wurde nicht gespeichert.',
    'mailFailed.hint':
      'Bitte versuchen Sie es später erneut; bleibt der Fehler, prüfen Sie die Mail-Einstellungen des Servers.',
    'mail.subject': 'Antwort auf Ihre Nachricht an {app}',
    'mail.quote': 'Ihre Nachricht vom {date}:',
    'mail.footer':
      'Diese E-Mail beantwortet Ihr Feedback in der App {app}. Sie können auf diese E-Mail antworten.',
  },
  en: {
    'notFound.message': 'This feedback does not exist (any more).',
    'notFound.hint': 'It may have been deleted, by hand or when its retention period ended.',
    'noEmail.message': 'This person gave no e-mail address, so an answer is not possible.',
    'noEmail.hint': "Answer some other way if needed, for example on the town's website.",
    'mailFailed.message': 'The answer could not be sent. It was not saved.',
    'mailFailed.hint':
      "Please try again later; if it keeps failing, check the server's mail settings.",
    'mail.subject': 'Reply to your message to {app}',
    'mail.quote': 'Your message of {date}:',
    'mail.footer': 'This e-mail answers your feedback in the app {app}. You can reply to it.',
  },
} satisfies MessageCatalogue;

export function feedbackTranslator(locale: Locale) {
  return createTranslator(locale, feedbackMessages);
}

type ErrorKey = 'notFound' | 'noEmail' | 'mailFailed';

const ERRORS: Record<ErrorKey, { code: string; title: string; status: number; field?: string }> = {
  notFound: { code: 'feedback_not_found', title: 'Feedback not found', status: 404, field: 'id' },
  noEmail: {
    code: 'feedback_without_email',
    title: 'No address to answer',
    status: 409,
    field: 'email',
  },
  mailFailed: { code: 'mail_not_sent', title: 'Mail not sent', status: 503 },
};

/** One of the inbox's errors, worded in the request's language. */
export function feedbackError(c: Context, key: ErrorKey): CityAppError {
  const t = feedbackTranslator(requestLocale(c.req.header('accept-language')));
  return new CityAppError({
    ...ERRORS[key],
    message: t(`${key}.message`),
    hint: t(`${key}.hint`),
  });
}

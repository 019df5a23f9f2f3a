import {
  type CityAppError,
  cityError,
  createTranslator,
  type Locale,
  type MessageCatalogue,
} from '@city-app/core';

/** Texts of the answer e-mail of the feedback inbox, German first. */
export const feedbackMessages = {
  de: {
    'mail.subject': 'Antwort auf Ihre Nachricht an {app}',
    'mail.quote': 'Ihre Nachricht vom {date}:',
    'mail.footer':
      'Diese E-Mail beantwortet Ihr Feedback in der App {app}. Sie können auf diese E-Mail antworten.',
  },
  en: {
    'mail.subject': 'Reply to your message to {app}',
    'mail.quote': 'Your message of {date}:',
    'mail.footer': 'This e-mail answers your feedback in the app {app}. You can reply to it.',
  },
} satisfies MessageCatalogue;

export function feedbackTranslator(locale: Locale) {
  return createTranslator(locale, feedbackMessages);
}

/** The inbox's refusals: each an entry of the error catalogue, with the field it concerns. */
const ERRORS = {
  notFound: () => cityError('feedback_not_found', {}, { field: 'id' }),
  noEmail: () => cityError('feedback_without_email', {}, { field: 'email' }),
  mailFailed: () => cityError('mail_not_sent'),
} satisfies Record<string, () => CityAppError>;

/** One of the inbox's errors; the kernel words it in the request's language. */
export function feedbackError(key: keyof typeof ERRORS): CityAppError {
  return ERRORS[key]();
}

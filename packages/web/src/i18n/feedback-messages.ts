import type { MessageCatalogue } from '@city-app/core';

/** Words of the feedback page. Loaded with its page, not with the first screen. */
export const feedbackMessages = {
  de: {
    'feedback.title': 'Feedback geben',
    'feedback.lead':
      'Sagen Sie uns, was gut ist, was fehlt oder was nicht funktioniert. Auch Barrieren in der App können Sie hier melden.',
    'feedback.message': 'Ihre Nachricht',
    'feedback.messageHint':
      'Bitte schreiben Sie keine Gesundheitsdaten oder andere sensible Angaben.',
    'feedback.messageRequired': 'Bitte schreiben Sie eine Nachricht.',
    'feedback.messageTooLong':
      'Ihre Nachricht ist zu lang. Bitte kürzen Sie sie auf höchstens {max} Zeichen.',
    'feedback.name': 'Ihr Name',
    'feedback.email': 'Ihre E-Mail-Adresse',
    'feedback.emailHint': 'Nur nötig, wenn Sie eine Antwort möchten.',
    'feedback.emailInvalid': 'Bitte geben Sie eine E-Mail-Adresse wie name@example.de ein.',
    'feedback.optional': 'freiwillig',
    'feedback.submit': 'Feedback senden',
    'feedback.sent': 'Vielen Dank! Ihr Feedback ist angekommen.',
    'feedback.another': 'Noch ein Feedback geben',
    'feedback.privacy': 'Was mit Ihren Angaben geschieht, erklärt die Datenschutzerklärung.',
    'error.network':
      'Keine Verbindung zum Server. Bitte prüfen Sie Ihre Internetverbindung und versuchen Sie es noch einmal.',
    'error.generic': 'Das hat nicht geklappt: {message}',
  },
  en: {
    'feedback.title': 'Give feedback',
    'feedback.lead':
      'Tell us what works, what is missing or what is broken. You can also report barriers in the app here.',
    'feedback.message': 'Your message',
    'feedback.messageHint': 'Please do not write health data or other sensitive details.',
    'feedback.messageRequired': 'Please write a message.',
    'feedback.messageTooLong':
      'Your message is too long. Please shorten it to at most {max} characters.',
    'feedback.name': 'Your name',
    'feedback.email': 'Your e-mail address',
    'feedback.emailHint': 'Only needed if you would like an answer.',
    'feedback.emailInvalid': 'Please enter an e-mail address such as name@example.com.',
    'feedback.optional': 'optional',
    'feedback.submit': 'Send feedback',
    'feedback.sent': 'Thank you! Your feedback has arrived.',
    'feedback.another': 'Give more feedback',
    'feedback.privacy': 'The privacy policy explains what happens to your details.',
    'error.network':
      'No connection to the server. Please check your internet connection and try again.',
    'error.generic': 'That did not work: {message}',
  },
} satisfies MessageCatalogue;

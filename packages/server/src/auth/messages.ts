import { createTranslator, type MessageCatalogue } from '@city-app/core';
import type { Context } from 'hono';
import { requestLocale } from '../http/request-locale.js';

/**
 * Texts of logins and password resets a person may read besides errors (those are entries of
 * the error catalogue of `@city-app/core`), German first.
 */
export const authMessages: MessageCatalogue = {
  de: {
    'resetRequested.message':
      'Wenn es ein Konto mit dieser Adresse gibt, ist ein Link zum Zurücksetzen unterwegs. Er gilt {minutes} Minuten.',
    'mail.passwordReset.subject': '{app}: Passwort zurücksetzen',
    'mail.passwordReset.body':
      'Guten Tag,\n\njemand hat für Ihr Konto bei {app} ein neues Passwort angefordert. Über diesen Link können Sie es bis {expires} Uhr (UTC) einmal festlegen:\n\n{link}\n\nWaren Sie das nicht, können Sie diese E-Mail ignorieren; Ihr Passwort bleibt, wie es ist.',
    'mail.invitation.subject': '{app}: Einladung in den Bereich für Mitarbeitende',
    'mail.invitation.body':
      'Guten Tag {name},\n\n{inviter} hat für Sie ein Konto bei {app} angelegt. Über diesen Link legen Sie Ihr Passwort fest; er gilt einmal, bis {expires} Uhr (UTC):\n\n{link}\n\nDanach melden Sie sich dort mit Ihrer E-Mail-Adresse {email} an.\n\nHaben Sie diese Einladung nicht erwartet, können Sie die E-Mail ignorieren: Ohne Passwort kann niemand das Konto nutzen.',
    'mail.loginAlert.subject': '{app}: fehlgeschlagene Anmeldungen bei Ihrem Konto',
    'mail.loginAlert.body':
      'Guten Tag,\n\nbei Ihrem Konto {email} gab es in den letzten {minutes} Minuten {failures} fehlgeschlagene Anmeldungen. Weitere Versuche werden deshalb verlangsamt; Sie selbst können sich weiter anmelden.\n\nWaren Sie das nicht, versucht vielleicht jemand, Ihr Passwort zu erraten. Ein langes, nur hier benutztes Passwort schützt Sie; bei Zweifeln wenden Sie sich an die IT der Stadt.',
  },
  en: {
    'resetRequested.message':
      'If there is an account with this address, a reset link is on its way. It works for {minutes} minutes.',
    'mail.passwordReset.subject': '{app}: reset your password',
    'mail.passwordReset.body':
      'Hello,\n\nsomeone asked for a new password for your account at {app}. With this link you can set it once, until {expires} (UTC):\n\n{link}\n\nIf that was not you, ignore this e-mail; your password stays as it is.',
    'mail.invitation.subject': '{app}: invitation to the staff area',
    'mail.invitation.body':
      'Hello {name},\n\n{inviter} has created an account for you at {app}. With this link you set your password; it works once, until {expires} (UTC):\n\n{link}\n\nThen sign in there with your e-mail address {email}.\n\nIf you did not expect this invitation, ignore this e-mail: nobody can use the account without a password.',
    'mail.loginAlert.subject': '{app}: failed logins to your account',
    'mail.loginAlert.body':
      "Hello,\n\nthere were {failures} failed logins to your account {email} in the last {minutes} minutes. Further attempts are slowed down; you can still log in yourself.\n\nIf that was not you, someone may be trying to guess your password. A long password used only here protects you; if in doubt, contact the town's IT.",
  },
};

/** The auth texts in the language the request asks for. */
export function authTranslator(c: Context) {
  return createTranslator(requestLocale(c.req.header('accept-language')), authMessages);
}

import {
  type Bilingual,
  CityAppError,
  createTranslator,
  type MessageCatalogue,
} from '@city-app/core';
import type { Context } from 'hono';
import { requestLocale } from '../http/request-locale.js';

/** Every text of login, password and origin checks a person may read, German first. */
export const authMessages: MessageCatalogue = {
  de: {
    'tooManyAttempts.message':
      'Zu viele fehlgeschlagene Anmeldungen. Bitte versuchen Sie es in {minutes} Minute(n) erneut.',
    'tooManyAttempts.hint':
      'Haben Sie Ihr Passwort vergessen? Fordern Sie über „Passwort vergessen“ einen Link an.',
    'accountSlowed.message':
      'Für dieses Konto gab es gerade viele fehlgeschlagene Anmeldungen. Bitte warten Sie {seconds} Sekunde(n).',
    'invalidCredentials.message': 'E-Mail-Adresse oder Passwort ist falsch.',
    'wrongCurrentPassword.message': 'Das aktuelle Passwort ist falsch.',
    'samePassword.message': 'Das neue Passwort muss sich vom aktuellen unterscheiden.',
    'weakPassword.message':
      'Dieses Passwort ist zu leicht zu erraten ({reason}). Bitte wählen Sie ein anderes.',
    'weakPassword.hint':
      'Nehmen Sie mindestens {min} Zeichen, etwa mehrere Wörter, die nicht zusammengehören.',
    'weakPassword.reason.common': 'es steht auf der Liste häufiger Passwörter',
    'weakPassword.reason.town': 'es enthält den Namen der Stadt oder der App',
    'weakPassword.reason.email': 'es enthält Ihre E-Mail-Adresse',
    'passwordTooShort.message': 'Das Passwort braucht mindestens {min} Zeichen.',
    'resetInvalid.message': 'Dieser Link ist ungültig, abgelaufen oder wurde schon benutzt.',
    'resetInvalid.hint': 'Fordern Sie über „Passwort vergessen“ einen neuen Link an.',
    'unauthenticated.message': 'Dafür ist eine Anmeldung als Mitarbeiterin oder Mitarbeiter nötig.',
    'unauthenticated.hint': 'Melden Sie sich unter /admin an und versuchen Sie es erneut.',
    'originRefused.message': 'Anfragen von {origin} werden nicht angenommen.',
    'crossSiteRefused.message': 'Anfragen von fremden Websites werden nicht angenommen.',
    'noOriginRefused.message':
      'Eine ändernde Anfrage ohne Origin-Header muss JSON senden (Content-Type: application/json).',
    'csrfMissing.message': 'Der Header {header} fehlt.',
    'csrfMismatch.message': 'Der Header {header} passt nicht zu dieser Sitzung.',
    'csrf.hint':
      'Senden Sie den Header {header} mit dem csrfToken der Anmeldung (auch im Cookie city_app_csrf), von der Adresse der App aus.',
    'resetRequested.message':
      'Wenn es ein Konto mit dieser Adresse gibt, ist ein Link zum Zurücksetzen unterwegs. Er gilt {minutes} Minuten.',
    'resetTooOften.message':
      'Für diese Adresse wurde zu oft ein Link angefordert. Bitte versuchen Sie es in 15 Minuten erneut.',
    'mail.passwordReset.subject': '{app}: Passwort zurücksetzen',
    'mail.passwordReset.body':
      'Guten Tag,\n\njemand hat für Ihr Konto bei {app} ein neues Passwort angefordert. Über diesen Link können Sie es bis {expires} Uhr (UTC) einmal festlegen:\n\n{link}\n\nWaren Sie das nicht, können Sie diese E-Mail ignorieren; Ihr Passwort bleibt, wie es ist.',
    'mail.loginAlert.subject': '{app}: fehlgeschlagene Anmeldungen bei Ihrem Konto',
    'mail.loginAlert.body':
      'Guten Tag,\n\nbei Ihrem Konto {email} gab es in den letzten {minutes} Minuten {failures} fehlgeschlagene Anmeldungen. Weitere Versuche werden deshalb verlangsamt; Sie selbst können sich weiter anmelden.\n\nWaren Sie das nicht, versucht vielleicht jemand, Ihr Passwort zu erraten. Ein langes, nur hier benutztes Passwort schützt Sie; bei Zweifeln wenden Sie sich an die IT der Stadt.',
  },
  en: {
    'tooManyAttempts.message': 'Too many failed logins. Please try again in {minutes} minute(s).',
    'tooManyAttempts.hint': 'Forgot your password? Ask for a link with “Forgot password”.',
    'accountSlowed.message':
      'There were many failed logins for this account just now. Please wait {seconds} second(s).',
    'invalidCredentials.message': 'E-mail or password is wrong.',
    'wrongCurrentPassword.message': 'The current password is wrong.',
    'samePassword.message': 'The new password must differ from the current one.',
    'weakPassword.message': 'This password is too easy to guess ({reason}). Please choose another.',
    'weakPassword.hint':
      'Use at least {min} characters, for example several words that do not belong together.',
    'weakPassword.reason.common': 'it is on the list of common passwords',
    'weakPassword.reason.town': 'it contains the name of the town or the app',
    'weakPassword.reason.email': 'it contains your e-mail address',
    'passwordTooShort.message': 'The password needs at least {min} characters.',
    'resetInvalid.message': 'This link is invalid, has expired or was used already.',
    'resetInvalid.hint': 'Ask for a new link with “Forgot password”.',
    'unauthenticated.message': 'This needs a staff login.',
    'unauthenticated.hint': 'Log in at /admin and try again.',
    'originRefused.message': 'Requests from {origin} are not accepted.',
    'crossSiteRefused.message': 'Cross-site requests are not accepted.',
    'noOriginRefused.message':
      'A changing request without an Origin header must send JSON (Content-Type: application/json).',
    'csrfMissing.message': 'The {header} header is missing.',
    'csrfMismatch.message': 'The {header} header does not match this session.',
    'csrf.hint':
      "Send the header {header} with the csrfToken from the login (also in the city_app_csrf cookie), from the app's own origin.",
    'resetRequested.message':
      'If there is an account with this address, a reset link is on its way. It works for {minutes} minutes.',
    'resetTooOften.message':
      'A link was asked for too often for this address. Please try again in 15 minutes.',
    'mail.passwordReset.subject': '{app}: reset your password',
    'mail.passwordReset.body':
      'Hello,\n\nsomeone asked for a new password for your account at {app}. With this link you can set it once, until {expires} (UTC):\n\n{link}\n\nIf that was not you, ignore this e-mail; your password stays as it is.',
    'mail.loginAlert.subject': '{app}: failed logins to your account',
    'mail.loginAlert.body':
      "Hello,\n\nthere were {failures} failed logins to your account {email} in the last {minutes} minutes. Further attempts are slowed down; you can still log in yourself.\n\nIf that was not you, someone may be trying to guess your password. A long password used only here protects you; if in doubt, contact the town's IT.",
  },
};

/** The auth texts in the language the request asks for. */
export function authTranslator(c: Context) {
  return createTranslator(requestLocale(c.req.header('accept-language')), authMessages);
}

/** A CityAppError whose message (and hint) come from the catalogue, in the request's language. */
export function authError(
  c: Context,
  data: {
    code: string;
    title: Bilingual;
    status: number;
    field?: string;
    key: string;
    hint?: string;
  },
  params?: Record<string, string | number>,
): CityAppError {
  const t = authTranslator(c);
  return new CityAppError({
    code: data.code,
    title: data.title,
    message: t(`${data.key}.message`, params),
    ...(data.hint ? { hint: t(data.hint, params) } : {}),
    ...(data.field ? { field: data.field } : {}),
    status: data.status,
  });
}
